from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class SustainabilityConfig(AppConfig):
    name = "sustainability"
    verbose_name = "Sustainability"

    def ready(self):
        register_entity_type(
            EntityType.SUSTAINABILITY_OPTIMIZATION, self.get_model("SustainabilityOptimization")
        )
