"""Orchestration business rules (writes). The admin and the API call these functions, so a
decision behaves the same whichever way it is approved, started or cancelled.

Every function runs in one transaction: the status change, the approval record, the
`orchestration_events` row and what other domains write on the signals sent here
(`orchestration.signals`: governance's `decision_audits` row, collaboration's rejection
feedback) are written together or not at all.
"""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from airport_platform.choices import EntityType
from airport_platform.exceptions import Conflict

from .choices import ActionStatus, ApprovalStatus, DecisionStatus, OrchestrationEventType
from .events import orchestration_event_published
from .lifecycle import FINISHED_ACTION_STATES, check_action_transition, check_decision_transition
from .models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)
from .schemas import DEFAULT_APPROVAL_TIMEOUT_MINUTES
from .signals import decision_rejected, decision_transitioned

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


def _transition(
    decision: Decision, target: str, *, actor: str, user=None, notes: str = "", **payload
) -> None:
    check_decision_transition(decision.status, target)
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


def _lock(decision: Decision) -> Decision:
    """Re-read the decision with a row lock: concurrent transitions queue up behind it."""
    return Decision.objects.select_for_update().get(pk=decision.pk)


# --- approval thresholds ---------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalRequirement:
    needs_human: bool
    reasons: list[str] = field(default_factory=list)
    timeout: dt.timedelta = dt.timedelta(minutes=DEFAULT_APPROVAL_TIMEOUT_MINUTES)


def approval_requirement(
    *, risk: Decimal, confidence: Decimal, priority: str, mode: OperatingMode | None
) -> ApprovalRequirement:
    """Does a decision with these figures need a human, under `mode`'s decision_thresholds?"""
    if mode is None:
        return ApprovalRequirement(True, ["no active operating mode: every decision needs a human"])
    thresholds = mode.decision_thresholds
    timeout = dt.timedelta(
        minutes=thresholds.get("approval_timeout_minutes", DEFAULT_APPROVAL_TIMEOUT_MINUTES)
    )
    reasons = []
    max_risk = Decimal(str(thresholds["auto_approve_max_risk"]))
    min_confidence = Decimal(str(thresholds["auto_approve_min_confidence"]))
    if risk > max_risk:
        reasons.append(f"risk {risk} is above {max_risk}")
    if confidence < min_confidence:
        reasons.append(f"confidence {confidence} is below {min_confidence}")
    if priority in thresholds.get("always_require_approval_priorities", []):
        reasons.append(f"{priority} priority always needs a human in {mode.name}")
    return ApprovalRequirement(bool(reasons), reasons, timeout)


# --- decisions -------------------------------------------------------------------------------


@transaction.atomic
def decision_propose(*, user=None, operating_mode: OperatingMode | None = None, **fields) -> Decision:
    """Record a decision an AI service proposes and decide whether a human must approve it.

    Inside the active mode's thresholds it is approved at once (the approval record says so);
    otherwise it waits in `pending_approval` with an approval that expires.
    """
    actor = actor_name(user)
    mode = operating_mode or OperatingMode.objects.filter(is_active=True).first()
    fields.update(
        status=Status.PROPOSED,
        operating_mode=mode,
        requested_by=actor,
        correlation_id=fields.get("correlation_id") or uuid.uuid4(),
    )
    decision = Decision.objects.create(**fields)
    orchestration_event_record(
        event_type=OrchestrationEventType.DECISION_CREATED,
        entity=decision,
        entity_type=EntityType.DECISION,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={
            "type": decision.type,
            "priority": decision.priority,
            "risk": str(decision.risk),
            "confidence": str(decision.confidence),
            "operating_mode": mode.name if mode else None,
        },
    )
    requirement = approval_requirement(
        risk=decision.risk, confidence=decision.confidence, priority=decision.priority, mode=mode
    )
    now = timezone.now()
    if requirement.needs_human:
        approval = Approval.objects.create(
            decision=decision,
            status=ApprovalStatus.PENDING,
            expires_at=now + requirement.timeout,
            notes="Needs a human: " + "; ".join(requirement.reasons),
        )
        _transition(decision, Status.PENDING_APPROVAL, actor=actor, reasons=requirement.reasons)
        orchestration_event_record(
            event_type=OrchestrationEventType.APPROVAL_REQUESTED,
            entity=approval,
            entity_type=EntityType.APPROVAL,
            correlation_id=decision.correlation_id,
            actor=actor,
            payload={
                "decision": str(decision.pk),
                "expires_at": approval.expires_at.isoformat(),
                "reasons": requirement.reasons,
            },
        )
    else:
        Approval.objects.create(
            decision=decision,
            status=ApprovalStatus.AUTO_APPROVED,
            approved_by=PLATFORM,
            approved_at=now,
            notes=f"Approved automatically: within the thresholds of {mode.name}",
        )
        _transition(decision, Status.APPROVED, actor=PLATFORM, automatic=True)
    return decision


def _pending_approval(decision: Decision) -> Approval:
    approval = decision.approvals.select_for_update().filter(status=ApprovalStatus.PENDING).first()
    if approval is None:
        raise Conflict(f"decision {decision.pk} has no pending approval (it is {decision.status})")
    return approval


def _decide(decision: Decision, *, user, notes: str, approve: bool) -> Decision:
    decision = _lock(decision)
    if decision.status != Status.PENDING_APPROVAL:
        last = decision.approvals.exclude(status=ApprovalStatus.PENDING).order_by("-approved_at").first()
        by = f" by {last.approved_by}" if last and last.approved_by else ""
        raise Conflict(f"decision {decision.pk} is no longer pending approval: it is {decision.status}{by}")
    approval = _pending_approval(decision)
    now = timezone.now()
    if approval.expires_at and approval.expires_at <= now:
        raise Conflict(
            f"the approval of decision {decision.pk} expired at {approval.expires_at:%Y-%m-%d %H:%M:%S %Z}"
        )
    actor = actor_name(user)
    approval.status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
    approval.approved_by, approval.approved_at = actor, now
    approval.notes = notes or approval.notes
    approval.save(update_fields=["status", "approved_by", "approved_at", "notes", "updated_at"])
    orchestration_event_record(
        event_type=OrchestrationEventType.APPROVAL_DECIDED,
        entity=approval,
        entity_type=EntityType.APPROVAL,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={"decision": str(decision.pk), "status": approval.status, "notes": notes},
    )
    _transition(
        decision, Status.APPROVED if approve else Status.REJECTED, actor=actor, user=user, notes=notes
    )
    return decision


@transaction.atomic
def decision_approve(*, decision: Decision, user, notes: str = "") -> Decision:
    """A human approves a pending decision. Exactly one of two simultaneous approvals wins."""
    return _decide(decision, user=user, notes=notes, approve=True)


@transaction.atomic
def decision_reject(*, decision: Decision, user, notes: str) -> Decision:
    """A human rejects a pending decision; the reason is also sent on `decision_rejected`
    (collaboration keeps it as human feedback for the AI)."""
    if not notes or not notes.strip():
        raise Conflict("a rejection needs a reason (notes)")
    decision = _decide(decision, user=user, notes=notes, approve=False)
    decision_rejected.send(sender=Decision, decision=decision, actor=actor_name(user), notes=notes)
    return decision


@transaction.atomic
def approvals_expire(*, now: dt.datetime | None = None) -> int:
    """Expire pending approvals past their deadline, and their decisions. Returns how many."""
    now = now or timezone.now()
    expired = 0
    overdue = Approval.objects.select_for_update(skip_locked=True, of=("self",)).filter(
        status=ApprovalStatus.PENDING, expires_at__lte=now
    )
    for approval in overdue.select_related("decision"):
        approval.status = ApprovalStatus.EXPIRED
        approval.save(update_fields=["status", "updated_at"])
        decision = _lock(approval.decision)
        if decision.status == Status.PENDING_APPROVAL:
            _transition(
                decision,
                Status.EXPIRED,
                actor=PLATFORM,
                notes=f"approval expired at {approval.expires_at.isoformat()}",
            )
        expired += 1
    return expired


def _unmet_dependencies(decision: Decision) -> list[str]:
    unmet = []
    for edge in decision.dependencies.select_related("dependency_decision"):
        upstream = edge.dependency_decision
        ready = (
            (Status.EXECUTING, Status.COMPLETED)
            if edge.dependency_type == "start_to_start"
            else (Status.COMPLETED,)
        )
        if upstream.status not in ready:
            unmet.append(f"{upstream} ({upstream.pk}) is {upstream.status}")
    return unmet


@transaction.atomic
def decision_start(*, decision: Decision, user=None) -> Decision:
    """Start executing an approved decision once every decision it depends on allows it."""
    decision = _lock(decision)
    check_decision_transition(decision.status, Status.EXECUTING)
    unmet = _unmet_dependencies(decision)
    if unmet:
        raise Conflict("cannot start while it depends on: " + "; ".join(unmet))
    _transition(decision, Status.EXECUTING, actor=actor_name(user), user=user)
    return decision


@transaction.atomic
def decision_cancel(*, decision: Decision, user=None, reason: str = "") -> Decision:
    decision = _lock(decision)
    _transition(decision, Status.CANCELLED, actor=actor_name(user), user=user, notes=reason)
    decision.approvals.filter(status=ApprovalStatus.PENDING).update(status=ApprovalStatus.CANCELLED)
    for action in decision.actions.filter(status__in=(ActionStatus.PENDING, ActionStatus.RUNNING)):
        action.status = ActionStatus.CANCELLED
        action.save(update_fields=["status", "updated_at"])
    return decision


# --- actions ---------------------------------------------------------------------------------


def _action_event(action: Action, previous: str, actor: str, **payload) -> None:
    orchestration_event_record(
        event_type=OrchestrationEventType.ACTION_TRANSITIONED,
        entity=action,
        entity_type=EntityType.ACTION,
        correlation_id=action.decision.correlation_id if action.decision else None,
        actor=actor,
        payload={"decision": str(action.decision_id), "from": previous, "to": action.status, **payload},
    )


def _lock_action(action: Action) -> Action:
    action = Action.objects.select_for_update(of=("self",)).select_related("decision").get(pk=action.pk)
    if action.decision is None:
        raise Conflict("the action belongs to no decision")
    return action


@transaction.atomic
def action_start(*, action: Action, user=None) -> Action:
    """Run an action of an executing decision, in execution order and after its dependencies."""
    action = _lock_action(action)
    if action.decision.status != Status.EXECUTING:
        raise Conflict(f"its decision is {action.decision.status}, not executing")
    check_action_transition(action.status, ActionStatus.RUNNING)
    earlier = action.decision.actions.filter(execution_order__lt=action.execution_order).exclude(
        status__in=FINISHED_ACTION_STATES
    )
    if earlier.exists():
        raise Conflict(
            "actions earlier in execution_order are not finished: " + ", ".join(str(a) for a in earlier)
        )
    blocking = [
        edge.dependency_action
        for edge in action.dependencies.select_related("dependency_action")
        if edge.dependency_action.status not in FINISHED_ACTION_STATES
    ]
    if blocking:
        raise Conflict("it depends on unfinished actions: " + ", ".join(str(a) for a in blocking))
    previous, action.status, action.started_at = action.status, ActionStatus.RUNNING, timezone.now()
    action.save(update_fields=["status", "started_at", "updated_at"])
    _action_event(action, previous, actor_name(user))
    return action


@transaction.atomic
def action_finish(*, action: Action, succeeded: bool, result: dict | None = None, user=None) -> Action:
    """Record an action's outcome and roll it up: the decision completes when all its actions
    are finished, and fails (cancelling what has not run) when one fails."""
    action = _lock_action(action)
    target = ActionStatus.COMPLETED if succeeded else ActionStatus.FAILED
    check_action_transition(action.status, target)
    previous, action.status, action.completed_at = action.status, target, timezone.now()
    if result is not None:
        action.result = result
    action.save(update_fields=["status", "completed_at", "result", "updated_at"])
    actor = actor_name(user)
    _action_event(action, previous, actor, result=result)
    decision = _lock(action.decision)
    if not succeeded:
        decision.actions.filter(status=ActionStatus.PENDING).update(status=ActionStatus.CANCELLED)
        _transition(
            decision,
            Status.FAILED,
            actor=actor,
            notes=f"action {action} failed",
            failed_action=str(action.pk),
        )
    elif not decision.actions.exclude(status__in=FINISHED_ACTION_STATES).exists():
        _transition(decision, Status.COMPLETED, actor=actor)
    return action


def action_complete(*, action: Action, user=None, result: dict | None = None) -> Action:
    """The action succeeded; when it is the last one, the decision is completed."""
    return action_finish(action=action, succeeded=True, result=result, user=user)


def action_fail(*, action: Action, user=None, result: dict | None = None) -> Action:
    """The action failed: the decision fails and its actions that have not run are cancelled."""
    return action_finish(action=action, succeeded=False, result=result, user=user)


@transaction.atomic
def action_skip(*, action: Action, user=None, reason: str = "") -> Action:
    action = _lock_action(action)
    check_action_transition(action.status, ActionStatus.SKIPPED)
    previous, action.status = action.status, ActionStatus.SKIPPED
    action.save(update_fields=["status", "updated_at"])
    _action_event(action, previous, actor_name(user), reason=reason)
    decision = _lock(action.decision)
    if (
        decision.status == Status.EXECUTING
        and not decision.actions.exclude(status__in=FINISHED_ACTION_STATES).exists()
    ):
        _transition(decision, Status.COMPLETED, actor=actor_name(user))
    return action


# --- dependency graphs -----------------------------------------------------------------------

# Edges of one graph are added one at a time across all sessions: a transaction-scoped
# advisory lock per graph makes "check for a cycle, then insert" atomic under concurrency.
GRAPH_LOCKS = {DecisionDependency: 5_150_001, ActionDependency: 5_150_002}
MODE_SWITCH_LOCK = 5_150_003
# What an edge of each graph links: its foreign keys are dependent_<node>, dependency_<node>.
GRAPH_NODES = {DecisionDependency: "decision", ActionDependency: "action"}

REACHES_SQL = """
WITH RECURSIVE upstream(id) AS (
    SELECT %(start)s::uuid
    UNION
    SELECT e.{dependency} FROM {table} e JOIN upstream u ON e.{dependent} = u.id
    WHERE e.deleted_at IS NULL
)
SELECT EXISTS (SELECT 1 FROM upstream WHERE id = %(target)s::uuid)
"""


def _advisory_lock(key: int) -> None:
    """Hold a transaction-scoped advisory lock: sessions taking the same key queue up."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _would_close_a_cycle(model, dependent_id, dependency_id) -> bool:
    """True if `dependency` already depends, directly or not, on `dependent`."""
    node = GRAPH_NODES[model]
    query = REACHES_SQL.format(
        table=model._meta.db_table,
        dependent=model._meta.get_field(f"dependent_{node}").column,
        dependency=model._meta.get_field(f"dependency_{node}").column,
    )
    with connection.cursor() as cursor:
        cursor.execute(query, {"start": dependency_id, "target": dependent_id})
        return cursor.fetchone()[0]


def dependency_problem(model, *, dependent, dependency) -> str | None:
    """Why the edge dependent -> dependency may not be added (self or cycle), or None."""
    node = GRAPH_NODES[model]
    if dependent.pk == dependency.pk:
        return f"a {node} cannot depend on itself"
    if _would_close_a_cycle(model, dependent.pk, dependency.pk):
        return f"{node} {dependency.pk} already depends on {dependent.pk}: this edge would close a cycle"
    return None


def _dependency_add(model, *, dependent, dependency, dependency_type: str):
    node = GRAPH_NODES[model]
    _advisory_lock(GRAPH_LOCKS[model])
    problem = dependency_problem(model, dependent=dependent, dependency=dependency)
    if problem:
        raise ValidationError({f"dependency_{node}": [problem]})
    ends = {f"dependent_{node}": dependent, f"dependency_{node}": dependency}
    existing = model.all_objects.filter(**ends).first()
    if existing is not None:
        if existing.deleted_at is None:
            raise Conflict("this dependency already exists")
        existing.restore()
        existing.dependency_type = dependency_type
        existing.save(update_fields=["dependency_type"])
        return existing
    return model.objects.create(**ends, dependency_type=dependency_type)


@transaction.atomic
def decision_dependency_add(
    *, dependent_decision: Decision, dependency_decision: Decision, dependency_type: str, user=None
):
    """`dependent_decision` depends on `dependency_decision`; refused if it would close a cycle."""
    return _dependency_add(
        DecisionDependency,
        dependent=dependent_decision,
        dependency=dependency_decision,
        dependency_type=dependency_type,
    )


@transaction.atomic
def action_dependency_add(
    *, dependent_action: Action, dependency_action: Action, dependency_type: str, user=None
):
    """`dependent_action` depends on `dependency_action`; refused if it would close a cycle."""
    return _dependency_add(
        ActionDependency,
        dependent=dependent_action,
        dependency=dependency_action,
        dependency_type=dependency_type,
    )


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
