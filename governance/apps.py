from django.apps import AppConfig

from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Ethics & governance"

    def ready(self):
        from orchestration.signals import decision_evaluating

        from . import access, admin_panels, receivers
        from .api.related import register_decision_routes

        register_entity_type(EntityType.GOVERNANCE_POLICY, self.get_model("GovernancePolicy"))
        access.register(self)
        # The policy engine answers every evaluation orchestration asks for (and audits it).
        decision_evaluating.connect(receivers.decision_evaluated, dispatch_uid="governance-policy-engine")
        admin_panels.register()
        register_decision_routes()
