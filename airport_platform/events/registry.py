"""What produces events: each domain declares it at `AppConfig.ready()` in its own `events.py`
(NetBox `register_model_feature` style); the core only keeps the register and the wiring.

- `register_domain(domain)`: the domain has a stream and a channel of its own; `emit()` refuses
  any other domain. Orchestration registers this way and emits from its services.
- `publish_model(model, domain=, entity_type=, fields=, aggregate=)`: every save, soft delete
  and restore of the model emits `<entity_type>.<verb>` (created, updated, soft_deleted,
  restored) through model signals, so the admin, the API and services all produce them.
  `QuerySet.update()` sends no signal and produces no event (its change is still in the
  change history). `aggregate` puts the events on a parent's aggregate (e.g. a crisis action on
  its scenario's) so consumers see them in order; by default the row is its own aggregate.
"""

from typing import NamedTuple

from django.db.models.signals import post_save

from airport_platform.models.managers import restored, soft_deleted

from . import conf
from .services import emit


class Aggregate(NamedTuple):
    type: str  # aggregate_type of the events, e.g. "crisis_scenario"
    field: str  # the row's field holding the aggregate's id, e.g. "scenario_id"


class Publication(NamedTuple):
    domain: str
    entity_type: str
    fields: tuple[str, ...]
    aggregate: Aggregate | None


_publications: dict[type, Publication] = {}


def register_domain(domain: str) -> None:
    """Give `domain` its event stream and channel (idempotent)."""
    conf.DOMAINS.add(domain)


def publish_model(model, *, domain: str, entity_type: str, fields, aggregate: Aggregate | None = None):
    """Emit an event for every save, soft delete and restore of `model` (idempotent)."""
    register_domain(domain)
    _publications[model] = Publication(domain, entity_type, tuple(fields), aggregate)
    label = model._meta.label
    post_save.connect(_saved, sender=model, dispatch_uid=f"events-saved-{label}")
    soft_deleted.connect(_soft_deleted, sender=model, dispatch_uid=f"events-deleted-{label}")
    restored.connect(_restored, sender=model, dispatch_uid=f"events-restored-{label}")


def published_models() -> dict[type, Publication]:
    return dict(_publications)


def _publish(instance, verb: str, using: str, changed_fields=None) -> None:
    publication = _publications[type(instance)]
    payload = {"id": str(instance.pk), **{name: getattr(instance, name) for name in publication.fields}}
    payload["deleted_at"] = instance.deleted_at
    if changed_fields:
        payload["changed_fields"] = sorted(changed_fields)
    parent = publication.aggregate
    parent_id = getattr(instance, parent.field) if parent else None
    aggregate = (parent.type, parent_id) if parent_id else (publication.entity_type, instance.pk)
    emit(
        domain=publication.domain,
        event_type=f"{publication.entity_type}.{verb}",
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
