from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class OrchestrationConfig(AppConfig):
    name = "orchestration"
    verbose_name = "Autonomous orchestration"

    def ready(self):
        # selectors connects the invalidation of its cached reads, refusals its request hooks.
        from . import access, events, refusals, selectors  # noqa: F401

        register_entity_type(EntityType.DECISION, self.get_model("Decision"))
        register_entity_type(EntityType.ACTION, self.get_model("Action"))
        register_entity_type(EntityType.APPROVAL, self.get_model("Approval"))
        register_entity_type(EntityType.OPERATING_MODE, self.get_model("OperatingMode"))
        access.register(self)
        events.register()
