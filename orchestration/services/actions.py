"""Actions: added (governance asked again), changed or deleted while their decision is open, run
in order, finished, rolled up into their decision."""

from django.db import transaction
from django.utils import timezone

from airport_platform.choices import EntityType
from airport_platform.exceptions import Conflict

from .. import approvals as governance
from ..choices import ActionStatus
from ..lifecycle import (
    EDITABLE_DECISION_STATES,
    FINISHED_ACTION_STATES,
    check_action_transition,
)
from ..models import (
    Action,
    Decision,
)
from ..policy import LIMIT_AUTONOMY, PolicyRefused
from ..refusals import audited, refusals_audited
from .decisions import (
    _actions_cancel,
    _human_approved,
    _limited_types,
    _policy_reasons,
    decision_approval_reopen,
)
from .records import Status, _action_event, _governed, _lock, _transition, actor_name

# --- actions ---------------------------------------------------------------------------------


def _lock_action(action: Action) -> Action:
    action = Action.objects.select_for_update(of=("self",)).select_related("decision").get(pk=action.pk)
    if action.decision is None:
        raise Conflict("the action belongs to no decision")
    return action


@refusals_audited
@transaction.atomic
def action_add(*, user=None, decision: Decision | None = None, override_reason: str = "", **fields) -> Action:
    """Add an action to a decision and ask governance again. Refused once a person approved the
    decision or it runs (its action list is frozen); an automatically approved decision whose
    new action, or whose policies, now need a human goes back to pending_approval."""
    actor = actor_name(user)
    if decision is None:
        return Action.objects.create(**fields)
    decision = _lock(decision)
    reopenable = decision.status == Status.APPROVED and not _human_approved(decision)
    if decision.status not in EDITABLE_DECISION_STATES and not reopenable:
        raise audited(
            governance.DecisionFrozen(
                f"decision {decision.pk} is {decision.status}: its action list is frozen", fields=["actions"]
            ),
            entity_id=decision.pk,
            entity_type=EntityType.DECISION,
            correlation_id=decision.correlation_id,
            actor=actor,
            payload={
                "operation": "add_action",
                "refused": "frozen",
                "fields": ["actions"],
                "type": fields.get("type"),
            },
        )
    action = Action.objects.create(decision=decision, **fields)
    verdict = _governed(
        decision,
        moment=governance.ACTION_ADDED,
        actor=actor,
        user=user,
        override_reason=override_reason,
        action=action,
    )
    if reopenable:
        limited = _limited_types(decision, verdict)
        if verdict.needs_human or limited:
            decision_approval_reopen(
                decision, actor=actor, reasons=_policy_reasons(verdict, limited), verdict=verdict
            )
    return action


@refusals_audited
@transaction.atomic
def action_update(*, action: Action, user=None, **changes) -> Action:
    """Change an action; its substance only while its decision awaits approval."""
    action = Action.objects.select_for_update(of=("self",)).select_related("decision").get(pk=action.pk)
    governance.action_change_check(action=action, changes=changes, actor=actor_name(user))
    for name, value in changes.items():
        setattr(action, name, value)
    action.save()
    return action


@refusals_audited
@transaction.atomic
def action_delete(*, action: Action, user=None) -> None:
    action = Action.objects.select_for_update(of=("self",)).select_related("decision").get(pk=action.pk)
    governance.action_delete_check(action=action, actor=actor_name(user))
    action.delete()


@refusals_audited
@transaction.atomic
def action_start(*, action: Action, user=None, override_reason: str = "") -> Action:
    """Run an action of an executing decision, in execution order and after its dependencies.
    An action whose type a policy keeps from running autonomously needs a person's approval of
    its decision; an enforced `forbid` refuses it (a permitted person may override, with a
    reason)."""
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
    actor = actor_name(user)
    decision = action.decision
    # A limit refusal below rolls the recorded override back with everything else.
    verdict = _governed(
        decision,
        moment=governance.ACTION_STARTED,
        actor=actor,
        user=user,
        override_reason=override_reason,
        action=action,
    )
    limits = [r for r in verdict.binding(LIMIT_AUTONOMY) if action.type in r.action_types]
    if limits and not _human_approved(decision):
        raise audited(
            PolicyRefused(
                f"a {action.type} action never runs without a person's approval of its decision "
                f"({', '.join(r.source_name for r in limits)}); {decision.pk} was approved automatically",
                requirements=limits,
            ),
            entity_id=action.pk,
            entity_type=EntityType.ACTION,
            correlation_id=decision.correlation_id,
            actor=actor,
            payload={
                "operation": governance.ACTION_STARTED,
                "refused": "policy",
                "outcome": LIMIT_AUTONOMY,
                "decision": str(decision.pk),
                "policies": [r.as_dict() for r in limits],
            },
        )
    previous, action.status, action.started_at = action.status, ActionStatus.RUNNING, timezone.now()
    action.save(update_fields=["status", "started_at", "updated_at"])
    _action_event(action, previous, actor)
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
        _actions_cancel(decision, actor=actor, reason=f"action {action} failed")
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
