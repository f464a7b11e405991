from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning transfer"

    def ready(self):
        register_entity_type(EntityType.KNOWLEDGE_ITEM, self.get_model("KnowledgeItem"))
