"""Decisions: proposal, approval (thresholds, policies, separation of duties, four-eyes), expiry,
start, cancellation, edits and deletion of what is not yet approved."""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from airport_platform.choices import EntityType
from airport_platform.exceptions import Conflict

from .. import approvals as governance
from ..choices import ActionStatus, ApprovalStatus, OrchestrationEventType
from ..lifecycle import check_decision_transition
from ..models import (
    Approval,
    ApprovalRequirement,
    ApprovalSignoff,
    Decision,
    OperatingMode,
)
from ..policy import LIMIT_AUTONOMY, Verdict
from ..refusals import audited, refusals_audited
from ..schemas import DEFAULT_APPROVAL_TIMEOUT_MINUTES
from ..signals import decision_rejected
from .records import (
    PLATFORM,
    Status,
    _action_event,
    _governed,
    _lock,
    _text_append,
    _transition,
    actor_name,
    orchestration_event_record,
)

# --- approval thresholds ---------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdCheck:
    needs_human: bool
    reasons: list[str] = field(default_factory=list)
    timeout: dt.timedelta = dt.timedelta(minutes=DEFAULT_APPROVAL_TIMEOUT_MINUTES)


def approval_thresholds_check(
    *, risk: Decimal, confidence: Decimal, priority: str, mode: OperatingMode | None
) -> ThresholdCheck:
    """Does a decision with these figures need a human, under `mode`'s decision_thresholds?"""
    if mode is None:
        return ThresholdCheck(True, ["no active operating mode: every decision needs a human"])
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
    return ThresholdCheck(bool(reasons), reasons, timeout)


def _policy_reasons(verdict: Verdict, limited: set[str]) -> list[str]:
    reasons = [
        f"policy {r.source_name} (rule {r.rule}) requires "
        + (f"{r.approvals} approvers" if r.approvals > 1 else "a human approval")
        + (f" from {r.approver_group}" if r.approver_group else "")
        + (f": {r.message}" if r.message else "")
        for r in verdict.approval_requirements
    ]
    reasons += [
        f"policy {r.source_name} (rule {r.rule}): {', '.join(sorted(limited & set(r.action_types)))} "
        "never runs without a human approval"
        for r in verdict.binding(LIMIT_AUTONOMY)
        if limited & set(r.action_types)
    ]
    return reasons


def _limited_types(decision: Decision, verdict: Verdict) -> set[str]:
    """Action types of this decision that the verdict forbids to run autonomously."""
    limited = verdict.limited_action_types
    if not limited:
        return set()
    return set(decision.actions.filter(type__in=limited).values_list("type", flat=True))


def _approval_open(
    decision: Decision, *, actor: str, reasons: list[str], verdict: Verdict, timeout: dt.timedelta
) -> Approval:
    """Open the decision's pending approval and record, for its whole life, who must sign it:
    the groups, how many distinct people and the deadline the policies asked for (the mode's
    timeout otherwise)."""
    now = timezone.now()
    deadline = (
        now + dt.timedelta(minutes=verdict.deadline_minutes) if verdict.deadline_minutes else now + timeout
    )
    approval = Approval.objects.create(
        decision=decision,
        status=ApprovalStatus.PENDING,
        expires_at=deadline,
        notes="Needs a human: " + "; ".join(reasons),
    )
    requirement = ApprovalRequirement.objects.create(
        approval=approval,
        approver_groups=list(verdict.approver_groups),
        approvals_required=verdict.approvals_required,
        deadline=deadline,
        reasons=reasons,
        policies=[r.as_dict() for r in [*verdict.approval_requirements, *verdict.binding(LIMIT_AUTONOMY)]],
        limited_action_types=sorted(verdict.limited_action_types),
    )
    _transition(decision, Status.PENDING_APPROVAL, actor=actor, reasons=reasons)
    orchestration_event_record(
        event_type=OrchestrationEventType.APPROVAL_REQUESTED,
        entity=approval,
        entity_type=EntityType.APPROVAL,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={
            "decision": str(decision.pk),
            "expires_at": approval.expires_at.isoformat(),
            "reasons": reasons,
            "approver_groups": requirement.approver_groups,
            "approvals_required": requirement.approvals_required,
            "policies": requirement.policies,
        },
    )
    return approval


def _human_approved(decision: Decision) -> bool:
    return decision.approvals.filter(status=ApprovalStatus.APPROVED).exists()


def decision_approval_reopen(decision: Decision, *, actor: str, reasons: list[str], verdict: Verdict):
    """An automatically approved decision that now needs a human (an action of a type that
    never runs autonomously, a policy asking for approval) goes back to pending_approval."""
    for automatic in decision.approvals.filter(status=ApprovalStatus.AUTO_APPROVED):
        automatic.status = ApprovalStatus.CANCELLED
        automatic.notes = _text_append(automatic.notes, "Withdrawn: " + "; ".join(reasons))
        automatic.save(update_fields=["status", "notes", "updated_at"])
    mode = decision.operating_mode
    timeout = approval_thresholds_check(
        risk=decision.risk, confidence=decision.confidence, priority=decision.priority, mode=mode
    ).timeout
    return _approval_open(decision, actor=actor, reasons=reasons, verdict=verdict, timeout=timeout)


# --- decisions -------------------------------------------------------------------------------


@refusals_audited
@transaction.atomic
def decision_propose(
    *, user=None, operating_mode: OperatingMode | None = None, override_reason: str = "", **fields
) -> Decision:
    """Record a decision an AI service proposes and decide whether a human must approve it.

    Governance is asked first (`decision_evaluating`): an enforced `forbid` refuses the proposal
    (nothing is kept but the refusal's trace). Inside the active mode's thresholds and with no
    policy asking for a human it is approved at once (the approval record says so); otherwise it
    waits in `pending_approval` with an approval that expires and names who must sign it.
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
    verdict = _governed(
        decision, moment=governance.PROPOSED, actor=actor, user=user, override_reason=override_reason
    )
    thresholds = approval_thresholds_check(
        risk=decision.risk, confidence=decision.confidence, priority=decision.priority, mode=mode
    )
    if thresholds.needs_human or verdict.needs_human:
        reasons = thresholds.reasons + _policy_reasons(verdict, set())
        _approval_open(decision, actor=actor, reasons=reasons, verdict=verdict, timeout=thresholds.timeout)
    else:
        Approval.objects.create(
            decision=decision,
            status=ApprovalStatus.AUTO_APPROVED,
            approved_by=PLATFORM,
            approved_at=timezone.now(),
            notes=f"Approved automatically: within the thresholds of {mode.name}",
        )
        _transition(
            decision,
            Status.APPROVED,
            actor=PLATFORM,
            automatic=True,
            override_reason=override_reason,
            override_user=user,
        )
    return decision


def _pending_approval(decision: Decision) -> Approval:
    approval = decision.approvals.select_for_update().filter(status=ApprovalStatus.PENDING).first()
    if approval is None:
        raise Conflict(f"decision {decision.pk} has no pending approval (it is {decision.status})")
    return approval


def _decide(decision: Decision, *, user, notes: str, approve: bool, override_reason: str = "") -> Decision:
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
    problem = governance.approver_problem(user=user, decision=decision, approval=approval, approve=approve)
    if problem:
        raise audited(
            governance.NotAllowedToApprove(problem),
            entity_id=approval.pk,
            entity_type=EntityType.APPROVAL,
            correlation_id=decision.correlation_id,
            actor=actor,
            payload={
                "operation": "approve" if approve else "reject",
                "refused": "separation_of_duties",
                "decision": str(decision.pk),
                "reason": problem,
            },
        )
    verb = "Approved" if approve else "Rejected"
    note = f"{verb} by {actor} at {now:%Y-%m-%d %H:%M:%S %Z}" + (f": {notes}" if notes else "")
    if approve:
        ApprovalSignoff.objects.create(
            approval=approval,
            signed_by=actor,
            signed_at=now,
            groups=sorted(governance.user_groups(user)),
            notes=notes,
        )
        if not governance.approval_complete(approval=approval):
            # Four-eyes: this signature is kept; the decision waits for the next person.
            approval.notes = _text_append(
                approval.notes, f"Signed by {actor}" + (f": {notes}" if notes else "")
            )
            approval.save(update_fields=["notes", "updated_at"])
            orchestration_event_record(
                event_type=OrchestrationEventType.APPROVAL_SIGNED,
                entity=approval,
                entity_type=EntityType.APPROVAL,
                correlation_id=decision.correlation_id,
                actor=actor,
                payload={"decision": str(decision.pk), "signed_by": actor, "notes": notes},
            )
            return decision
    signers = list(approval.signoffs.values_list("signed_by", flat=True)) if approve else [actor]
    approval.status = ApprovalStatus.APPROVED if approve else ApprovalStatus.REJECTED
    approval.approved_by, approval.approved_at = ", ".join(signers)[:100], now
    approval.notes = _text_append(approval.notes, note)
    approval.save(update_fields=["status", "approved_by", "approved_at", "notes", "updated_at"])
    orchestration_event_record(
        event_type=OrchestrationEventType.APPROVAL_DECIDED,
        entity=approval,
        entity_type=EntityType.APPROVAL,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={"decision": str(decision.pk), "status": approval.status, "notes": notes, "signers": signers},
    )
    _transition(
        decision,
        Status.APPROVED if approve else Status.REJECTED,
        actor=actor,
        user=user,
        notes=notes,
        override_reason=override_reason,
    )
    if not approve:
        _actions_cancel(decision, actor=actor, reason=f"decision rejected by {actor}")
    return decision


@refusals_audited
@transaction.atomic
def decision_approve(*, decision: Decision, user, notes: str = "", override_reason: str = "") -> Decision:
    """A person approves a pending decision. Nobody approves what they proposed or last changed,
    services never do, only the groups the approval names count, and a decision needing several
    people (four-eyes) stays pending until the last one signs. Of two simultaneous final
    approvals exactly one wins."""
    return _decide(decision, user=user, notes=notes, approve=True, override_reason=override_reason)


@refusals_audited
@transaction.atomic
def decision_reject(*, decision: Decision, user, notes: str) -> Decision:
    """A person rejects a pending decision; its actions that have not run are cancelled and the
    reason is also sent on `decision_rejected` (collaboration keeps it as human feedback)."""
    if not notes or not notes.strip():
        raise Conflict("a rejection needs a reason (notes)")
    decision = _decide(decision, user=user, notes=notes, approve=False)
    decision_rejected.send(sender=Decision, decision=decision, actor=actor_name(user), notes=notes)
    return decision


@transaction.atomic
def approvals_expire(*, now: dt.datetime | None = None) -> int:
    """Expire pending approvals past their deadline, and their decisions (whose actions that
    have not run are cancelled). Returns how many."""
    now = now or timezone.now()
    expired = 0
    overdue = Approval.objects.select_for_update(skip_locked=True, of=("self",)).filter(
        status=ApprovalStatus.PENDING, expires_at__lte=now
    )
    for approval in overdue.select_related("decision"):
        approval.status = ApprovalStatus.EXPIRED
        approval.notes = _text_append(approval.notes, f"Expired at {approval.expires_at.isoformat()}")
        approval.save(update_fields=["status", "notes", "updated_at"])
        decision = _lock(approval.decision)
        if decision.status == Status.PENDING_APPROVAL:
            _transition(
                decision,
                Status.EXPIRED,
                actor=PLATFORM,
                notes=f"approval expired at {approval.expires_at.isoformat()}",
            )
            _actions_cancel(decision, actor=PLATFORM, reason="its approval expired")
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


@refusals_audited
@transaction.atomic
def decision_start(*, decision: Decision, user=None, override_reason: str = "") -> Decision:
    """Start executing an approved decision once every decision it depends on allows it.

    If it was approved automatically but its actions or the policies now need a human, its
    approval is re-opened instead (it returns pending_approval)."""
    decision = _lock(decision)
    check_decision_transition(decision.status, Status.EXECUTING)
    unmet = _unmet_dependencies(decision)
    if unmet:
        raise Conflict("cannot start while it depends on: " + "; ".join(unmet))
    actor = actor_name(user)
    if not _human_approved(decision):
        verdict = governance.decision_evaluate(
            decision=decision, moment=governance.TRANSITION, actor=actor, target=Status.PENDING_APPROVAL
        )
        limited = _limited_types(decision, verdict)
        if verdict.needs_human or limited:
            decision_approval_reopen(
                decision, actor=actor, reasons=_policy_reasons(verdict, limited), verdict=verdict
            )
            return decision
    _transition(decision, Status.EXECUTING, actor=actor, user=user, override_reason=override_reason)
    return decision


def _actions_cancel(decision: Decision, *, actor: str, reason: str, running: bool = False) -> None:
    """Cancel the decision's actions that have not run (and, with `running`, those running)."""
    states = (ActionStatus.PENDING, ActionStatus.RUNNING) if running else (ActionStatus.PENDING,)
    for action in decision.actions.select_for_update().filter(status__in=states):
        previous, action.status = action.status, ActionStatus.CANCELLED
        action.save(update_fields=["status", "updated_at"])
        _action_event(action, previous, actor, reason=reason)


@transaction.atomic
def decision_cancel(*, decision: Decision, user=None, reason: str = "") -> Decision:
    decision = _lock(decision)
    actor = actor_name(user)
    _transition(decision, Status.CANCELLED, actor=actor, user=user, notes=reason)
    decision.approvals.filter(status=ApprovalStatus.PENDING).update(status=ApprovalStatus.CANCELLED)
    _actions_cancel(decision, actor=actor, reason=reason or "decision cancelled", running=True)
    return decision


@refusals_audited
@transaction.atomic
def decision_update(*, decision: Decision, user=None, **changes) -> Decision:
    """Change a decision's fields; its substance only while it awaits approval (409 naming the
    fields after that, and the refusal is recorded)."""
    decision = _lock(decision)
    governance.decision_change_check(decision=decision, changes=changes, actor=actor_name(user))
    for name, value in changes.items():
        setattr(decision, name, value)
    decision.save()
    return decision


@refusals_audited
@transaction.atomic
def decision_delete(*, decision: Decision, user=None) -> None:
    """Soft-delete a decision that is still open for approval; approved or finished ones are
    kept (409, recorded)."""
    decision = _lock(decision)
    governance.decision_delete_check(decision=decision, actor=actor_name(user))
    decision.delete()
