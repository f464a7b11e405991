from django.apps import AppConfig

from airport_platform.access import grant_to_group
from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class OrchestrationConfig(AppConfig):
    name = "orchestration"
    verbose_name = "Autonomous orchestration"

    def ready(self):
        from . import events, selectors  # noqa: F401  (selectors connects the invalidation of its cached reads)

        register_entity_type(EntityType.DECISION, self.get_model("Decision"))
        register_entity_type(EntityType.ACTION, self.get_model("Action"))
        register_entity_type(EntityType.APPROVAL, self.get_model("Approval"))
        register_entity_type(EntityType.OPERATING_MODE, self.get_model("OperatingMode"))
        grant_to_group("operators", "orchestration.approve_decision")
        events.register()
