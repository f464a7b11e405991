from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class CrisisConfig(AppConfig):
    name = "crisis"
    verbose_name = "Crisis management"

    def ready(self):
        from . import events

        register_entity_type(EntityType.CRISIS_SCENARIO, self.get_model("CrisisScenario"))
        register_entity_type(EntityType.CRISIS_ACTION, self.get_model("CrisisAction"))
        register_entity_type(EntityType.CRISIS_COMMUNICATION, self.get_model("CrisisCommunication"))
        events.register()
