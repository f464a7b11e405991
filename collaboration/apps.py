from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class CollaborationConfig(AppConfig):
    name = "collaboration"
    verbose_name = "Human-AI collaboration"

    def ready(self):
        from orchestration.signals import decision_rejected

        from . import admin_panels, receivers

        admin_panels.register()
        register_entity_type(EntityType.COLLABORATION_SESSION, self.get_model("CollaborationSession"))
        decision_rejected.connect(
            receivers.decision_rejection_kept_as_feedback, dispatch_uid="collaboration-rejection-feedback"
        )
