"""What produces events, in one place.

- Orchestration: `orchestration_event_published()`, called by
  `orchestration.services.orchestration_event_record()`, the single place every orchestration
  event (decision created/transitioned, approval requested/decided, action transitioned,
  operating mode activated) is written. Events of a decision, its approvals and its actions
  share the decision as aggregate, so consumers see them in order.
- Crisis scenarios, actions and communications, and journey interventions: model signals
  (`post_save`, and the soft-delete/restore signals of the platform's querysets), so the admin,
  the API and services all produce them. Actions and communications belong to their
  scenario's aggregate. `QuerySet.update()` sends no signal and produces no event (its change
  is still in the change history).
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from airport_platform.models.managers import restored, soft_deleted
from crisis.models import CrisisAction, CrisisCommunication, CrisisScenario
from passenger.models import JourneyIntervention

from .services import emit

# model -> (domain, entity type, fields in the payload, aggregate field or None for the row itself)
PUBLISHED_MODELS = {
    CrisisScenario: (
        "crisis",
        "crisis_scenario",
        (
            "scenario_type",
            "severity",
            "status",
            "is_simulation",
            "affected_systems",
            "started_at",
            "ended_at",
        ),
        None,
    ),
    CrisisAction: (
        "crisis",
        "crisis_action",
        ("scenario_id", "action_type", "urgency", "status", "owner", "assigned_at", "completed_at"),
        "scenario_id",
    ),
    CrisisCommunication: (
        "crisis",
        "crisis_communication",
        ("scenario_id", "communication_type", "status", "audience", "channels", "sent_at", "sent_by"),
        "scenario_id",
    ),
    JourneyIntervention: (
        "passenger",
        "journey_intervention",
        ("intervention_type", "priority", "status", "scheduled_for", "executed_at", "affected_journeys"),
        None,
    ),
}
AGGREGATE_TYPES = {"scenario_id": "crisis_scenario"}


def orchestration_event_published(*, event, entity) -> None:
    """Emit the real-time twin of an `orchestration_events` row (same transaction)."""
    decision_id = (
        entity.pk if event.related_entity_type == "decision" else getattr(entity, "decision_id", None)
    )
    aggregate = ("decision", decision_id) if decision_id else (event.related_entity_type, entity.pk)
    emit(
        domain="orchestration",
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


def _publish(instance, verb: str, using: str, changed_fields=None) -> None:
    domain, entity_type, fields, aggregate_field = PUBLISHED_MODELS[type(instance)]
    payload = {"id": str(instance.pk), **{name: getattr(instance, name) for name in fields}}
    payload["deleted_at"] = instance.deleted_at
    if changed_fields:
        payload["changed_fields"] = sorted(changed_fields)
    aggregate_id = getattr(instance, aggregate_field) if aggregate_field else None
    if aggregate_id:
        aggregate = (AGGREGATE_TYPES[aggregate_field], aggregate_id)
    else:
        aggregate = (entity_type, instance.pk)
    emit(
        domain=domain,
        event_type=f"{entity_type}.{verb}",
        aggregate_type=aggregate[0],
        aggregate_id=aggregate[1],
        payload=payload,
        using=using,
    )


def _saved(sender, instance, created, using, update_fields=None, raw=False, **kwargs):
    if raw:  # fixtures
        return
    _publish(instance, "created" if created else "updated", using, update_fields)


def _soft_deleted(sender, pks, using, **kwargs):
    for instance in sender.all_objects.using(using).filter(pk__in=pks).order_by("pk"):
        _publish(instance, "soft_deleted", using)


def _restored(sender, pks, using, **kwargs):
    for instance in sender.all_objects.using(using).filter(pk__in=pks).order_by("pk"):
        _publish(instance, "restored", using)


for _model in PUBLISHED_MODELS:
    receiver(post_save, sender=_model, dispatch_uid=f"events-saved-{_model._meta.label}")(_saved)
    receiver(soft_deleted, sender=_model, dispatch_uid=f"events-deleted-{_model._meta.label}")(_soft_deleted)
    receiver(restored, sender=_model, dispatch_uid=f"events-restored-{_model._meta.label}")(_restored)
