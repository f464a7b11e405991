"""What passenger publishes (docs/events.md), registered at ready(): every save, soft delete
and restore of journey interventions, each its own aggregate."""

from airport_platform.choices import EntityType
from airport_platform.events.registry import publish_model

from .models import JourneyIntervention

DOMAIN = "passenger"


def register() -> None:
    publish_model(
        JourneyIntervention,
        domain=DOMAIN,
        entity_type=EntityType.JOURNEY_INTERVENTION.value,
        fields=(
            "intervention_type",
            "priority",
            "status",
            "scheduled_for",
            "executed_at",
            "affected_journeys",
        ),
    )
