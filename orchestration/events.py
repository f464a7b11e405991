"""What orchestration publishes (docs/events.md), registered at ready().

Every orchestration event (decision created/transitioned, approval requested/decided, action
transitioned, operating mode activated) is written by `services.orchestration_event_record()`,
which calls `orchestration_event_published()`. Events of a decision, its approvals and its
actions share the decision as aggregate, so consumers see them in order.
"""

from airport_platform.events.registry import register_domain
from airport_platform.events.services import emit

DOMAIN = "orchestration"


def register() -> None:
    register_domain(DOMAIN)


def orchestration_event_published(*, event, entity) -> None:
    """Emit the real-time twin of an `orchestration_events` row (same transaction)."""
    decision_id = (
        entity.pk if event.related_entity_type == "decision" else getattr(entity, "decision_id", None)
    )
    aggregate = ("decision", decision_id) if decision_id else (event.related_entity_type, entity.pk)
    emit(
        domain=DOMAIN,
        event_type=event.event_type,
        aggregate_type=aggregate[0],
        aggregate_id=aggregate[1],
        payload={
            **event.payload,
            "entity_type": event.related_entity_type,
            "entity_id": str(entity.pk),
            "source": event.source,
            "orchestration_event_id": str(event.pk),
        },
        correlation_id=event.correlation_id,
        occurred_at=event.timestamp,
    )
