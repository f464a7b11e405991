"""What crisis publishes (docs/events.md), registered at ready(): every save, soft delete and
restore of scenarios, actions and communications. Actions and communications belong to their
scenario's aggregate, so consumers see a scenario's events in order."""

from airport_platform.choices import EntityType
from airport_platform.events.registry import Aggregate, publish_model

from .models import CrisisAction, CrisisCommunication, CrisisScenario

DOMAIN = "crisis"
SCENARIO = Aggregate(EntityType.CRISIS_SCENARIO.value, field="scenario_id")


def register() -> None:
    publish_model(
        CrisisScenario,
        domain=DOMAIN,
        entity_type=EntityType.CRISIS_SCENARIO.value,
        fields=(
            "scenario_type",
            "severity",
            "status",
            "is_simulation",
            "affected_systems",
            "started_at",
            "ended_at",
        ),
    )
    publish_model(
        CrisisAction,
        domain=DOMAIN,
        entity_type=EntityType.CRISIS_ACTION.value,
        fields=("scenario_id", "action_type", "urgency", "status", "owner", "assigned_at", "completed_at"),
        aggregate=SCENARIO,
    )
    publish_model(
        CrisisCommunication,
        domain=DOMAIN,
        entity_type=EntityType.CRISIS_COMMUNICATION.value,
        fields=("scenario_id", "communication_type", "status", "audience", "channels", "sent_at", "sent_by"),
        aggregate=SCENARIO,
    )
