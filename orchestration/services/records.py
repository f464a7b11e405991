"""What every orchestration write shares: the actor's name, `orchestration_events` rows, status
transitions (evaluated by governance in the same transaction) and appended notes."""

from django.utils import timezone

from airport_platform.choices import EntityType

from .. import approvals as governance
from ..choices import DecisionStatus, OrchestrationEventType
from ..events import orchestration_event_published
from ..lifecycle import check_decision_transition
from ..models import (
    Action,
    Decision,
    OrchestrationEvent,
)
from ..policy import Requirement, Verdict
from ..signals import decision_transitioned

PLATFORM = "platform"  # actor name for what the platform does on its own (auto-approval, expiry)
Status = DecisionStatus


def actor_name(user) -> str:
    return user.get_username() if user is not None else PLATFORM


# --- events ----------------------------------------------------------------------------------


def orchestration_event_record(
    *, event_type: str, entity, entity_type: str, correlation_id, actor: str, payload: dict
) -> OrchestrationEvent:
    """Append to `orchestration_events` and publish it as a real-time event (both in the same
    transaction as the change it describes)."""
    event = OrchestrationEvent.objects.create(
        timestamp=timezone.now(),
        event_type=event_type,
        source=actor[:100],
        related_entity_id=entity.pk,
        related_entity_type=entity_type,
        correlation_id=correlation_id,
        payload=payload,
    )
    orchestration_event_published(event=event, entity=entity)
    return event


# Transitions towards acting are refused by an enforced `forbid`; the others (reject, expire,
# cancel, fail, complete) are evaluated and audited but never blocked: stopping is always allowed.
ENFORCED_TARGETS = frozenset({Status.APPROVED, Status.EXECUTING})


def _transition(
    decision: Decision,
    target: str,
    *,
    actor: str,
    user=None,
    notes: str = "",
    override_reason: str = "",
    override_user=None,
    **payload,
) -> Verdict:
    check_decision_transition(decision.status, target)
    verdict = governance.decision_evaluate(
        decision=decision, moment=governance.TRANSITION, actor=actor, target=target
    )
    if target in ENFORCED_TARGETS:
        overridden = governance.forbidden_check(
            verdict=verdict,
            decision=decision,
            moment=governance.TRANSITION,
            user=override_user or user,
            actor=actor,
            override_reason=override_reason,
        )
        overrider = actor_name(override_user) if override_user is not None else actor
        _overrides_record(decision, overridden, actor=overrider, reason=override_reason, moment=target)
    previous = decision.status
    decision.status = target
    if target in (Status.COMPLETED, Status.FAILED, Status.CANCELLED, Status.REJECTED, Status.EXPIRED):
        decision.completed_at = timezone.now()
    decision.save(update_fields=["status", "completed_at", "updated_at"])
    orchestration_event_record(
        event_type=OrchestrationEventType.DECISION_TRANSITIONED,
        entity=decision,
        entity_type=EntityType.DECISION,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={"from": previous, "to": target, "notes": notes, **payload},
    )
    decision_transitioned.send(
        sender=Decision,
        decision=decision,
        previous=previous,
        actor=actor,
        human=user is not None,
        notes=notes,
    )
    return verdict


def _governed(
    decision: Decision, *, moment: str, actor: str, user=None, override_reason: str = "", action=None
) -> Verdict:
    """Ask governance about `moment`, refuse what an enforced policy forbids (unless a permitted
    person overrides it with a reason) and record the override; returns the verdict."""
    verdict = governance.decision_evaluate(decision=decision, moment=moment, actor=actor, action=action)
    overridden = governance.forbidden_check(
        verdict=verdict,
        decision=decision,
        moment=moment,
        user=user,
        actor=actor,
        override_reason=override_reason,
    )
    _overrides_record(decision, overridden, actor=actor, reason=override_reason, moment=moment)
    return verdict


def _overrides_record(decision: Decision, overridden: list[Requirement], *, actor, reason, moment) -> None:
    """An enforced outcome overridden by a permitted person: an event and a note on the decision."""
    if not overridden:
        return
    names = ", ".join(f"{r.source_name} (rule {r.rule})" for r in overridden)
    _decision_note_append(decision, f"Override by {actor} of {names} at {moment}: {reason.strip()}")
    orchestration_event_record(
        event_type=OrchestrationEventType.POLICY_OVERRIDDEN,
        entity=decision,
        entity_type=EntityType.DECISION,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={"moment": moment, "reason": reason.strip(), "policies": [r.as_dict() for r in overridden]},
    )


def _decision_note_append(decision: Decision, note: str) -> None:
    """Notes are appended, never rewritten."""
    decision.notes = [*(decision.notes or []), note]
    decision.save(update_fields=["notes", "updated_at"])


def _text_append(existing: str | None, note: str) -> str:
    return f"{existing}\n{note}" if existing else note


def _lock(decision: Decision) -> Decision:
    """Re-read the decision with a row lock: concurrent transitions queue up behind it."""
    return Decision.objects.select_for_update().get(pk=decision.pk)


def _action_event(action: Action, previous: str, actor: str, **payload) -> None:
    orchestration_event_record(
        event_type=OrchestrationEventType.ACTION_TRANSITIONED,
        entity=action,
        entity_type=EntityType.ACTION,
        correlation_id=action.decision.correlation_id if action.decision else None,
        actor=actor,
        payload={"decision": str(action.decision_id), "from": previous, "to": action.status, **payload},
    )
