"""Operating modes: one active at a time, switched atomically and recorded."""

from django.db import transaction
from django.utils import timezone

from airport_platform.choices import EntityType
from airport_platform.exceptions import Conflict

from ..choices import OrchestrationEventType
from ..models import (
    OperatingMode,
    SystemState,
)
from .graphs import MODE_SWITCH_LOCK, _advisory_lock
from .records import actor_name, orchestration_event_record

# --- operating modes -------------------------------------------------------------------------


@transaction.atomic
def operating_mode_activate(*, mode: OperatingMode, user=None, reason: str = "") -> OperatingMode:
    """Make `mode` the one active mode (the previous one is deactivated in the same transaction)
    and record the switch as a system state."""
    actor = actor_name(user)
    # Serialize activations: a row lock alone would let two switches read "no active mode"
    # at once (each waits on the old active row, then misses the other's new one).
    _advisory_lock(MODE_SWITCH_LOCK)
    active = list(OperatingMode.objects.select_for_update().filter(is_active=True))
    mode = OperatingMode.objects.select_for_update().get(pk=mode.pk)
    if mode.is_active:
        raise Conflict(f"{mode.name} is already the active operating mode")
    for previous in active:
        previous.is_active = False
        previous.updated_by = actor
        previous.save(update_fields=["is_active", "updated_by", "updated_at"])
    mode.is_active = True
    mode.updated_by = actor
    mode.save(update_fields=["is_active", "updated_by", "updated_at"])
    last_state = SystemState.objects.order_by("-timestamp").first()
    SystemState.objects.create(
        timestamp=timezone.now(),
        operating_mode=mode,
        autonomy_levels=last_state.autonomy_levels if last_state else {},
        key_metrics=last_state.key_metrics if last_state else {},
        active_processes=last_state.active_processes if last_state else None,
        situational_assessment={
            "event": "operating_mode_changed",
            "from": [m.name for m in active],
            "to": mode.name,
            "by": actor,
            "reason": reason,
        },
        resource_status=last_state.resource_status if last_state else None,
    )
    orchestration_event_record(
        event_type=OrchestrationEventType.MODE_ACTIVATED,
        entity=mode,
        entity_type=EntityType.OPERATING_MODE,
        correlation_id=None,
        actor=actor,
        payload={"mode": mode.name, "previous": [str(m.pk) for m in active], "reason": reason},
    )
    return mode
