from django.apps import AppConfig

from airport_platform.access import read_only_app
from airport_platform.choices import EntityType
from airport_platform.entities import register_entity_type


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Ethics & governance"

    def ready(self):
        from orchestration.signals import decision_transitioned

        from . import receivers

        register_entity_type(EntityType.GOVERNANCE_POLICY, self.get_model("GovernancePolicy"))
        read_only_app(self.label)  # operators and services only read governance
        decision_transitioned.connect(
            receivers.decision_transition_audited, dispatch_uid="governance-decision-audit"
        )
