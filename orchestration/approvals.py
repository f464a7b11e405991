"""Applying governance to decisions: asking for the verdict, refusing or overriding what an
enforced policy forbids, deciding who may approve, and refusing changes to what was approved.

`services.py` calls these inside its transactions; nothing here commits on its own.
"""

from __future__ import annotations

from django.db import connection

from airport_platform.choices import EntityType
from airport_platform.exceptions import Conflict
from airport_platform.history.context import SERVICE_GROUP

from .lifecycle import EDITABLE_DECISION_STATES
from .models import (
    ACTION_SUBSTANCE,
    DECISION_SUBSTANCE,
    PURGE_SETTING,
    Approval,
    ApprovalRequirement,
    Decision,
)
from .policy import FORBID, PolicyRefused, Requirement, Verdict, combined_verdict
from .refusals import audited
from .signals import decision_evaluating

PROPOSED, ACTION_ADDED, ACTION_STARTED, TRANSITION = (
    "proposed",
    "action_added",
    "action_started",
    "transition",
)


class DecisionFrozen(Conflict):
    """A change to the substance of an approved (or finished) decision, or its deletion."""

    def __init__(self, message: str, *, fields: list[str]):
        super().__init__(message)
        self.fields = fields

    def as_dict(self) -> dict:
        return {"detail": str(self), "fields": self.fields}


class NotAllowedToApprove(Conflict):
    """Separation of duties: this person (or service) may not decide this approval."""


def decision_evaluate(*, decision: Decision, moment: str, actor: str, action=None, target=None) -> Verdict:
    """What the active policies require of `decision` now (`decision_evaluating` receivers)."""
    responses = decision_evaluating.send(
        sender=Decision, decision=decision, moment=moment, action=action, target=target, actor=actor
    )
    return combined_verdict(responses)


def user_groups(user) -> set[str]:
    if user is None or not getattr(user, "is_authenticated", False):
        return set()
    return set(user.groups.values_list("name", flat=True))


def may_override(user, requirement: Requirement) -> bool:
    return bool(set(requirement.override_groups) & user_groups(user))


def forbidden_check(
    *, verdict: Verdict, decision: Decision, moment: str, user, actor: str, override_reason: str = ""
) -> list[Requirement]:
    """Raise `PolicyRefused` (audited) for an enforced `forbid`, unless `user` belongs to an
    override group of every such requirement and gives a reason; returns what was overridden
    (the caller records it)."""
    forbidden = verdict.forbidden
    if not forbidden:
        return []
    reason = (override_reason or "").strip()
    if reason and all(may_override(user, r) for r in forbidden):
        return forbidden
    names = "; ".join(
        f"{r.source_name} (rule {r.rule}){': ' + r.message if r.message else ''}" for r in forbidden
    )
    hint = ""
    if all(r.override_groups for r in forbidden):
        groups = sorted({g for r in forbidden for g in r.override_groups})
        hint = f"; a member of {', '.join(groups)} may override it with a reason"
        if not reason and all(may_override(user, r) for r in forbidden):
            hint = "; an override needs a reason (override_reason)"
    error = PolicyRefused(
        f"{moment.replace('_', ' ')} refused by policy: {names}{hint}", requirements=forbidden
    )
    raise audited(
        error,
        entity_id=decision.pk,
        entity_type=EntityType.DECISION,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={
            "operation": moment,
            "refused": "policy",
            "outcome": FORBID,
            "policies": [r.as_dict() for r in forbidden],
            "override_reason": reason,
        },
    )


# --- separation of duties -----------------------------------------------------------------------


def is_service(user) -> bool:
    return SERVICE_GROUP in user_groups(user)


def approval_requirement_of(approval: Approval) -> ApprovalRequirement | None:
    try:
        return approval.requirement
    except ApprovalRequirement.DoesNotExist:
        return None  # opened before requirements were recorded: one person, any group


def approver_problem(*, user, decision: Decision, approval: Approval, approve: bool) -> str | None:
    """Why `user` may not approve (or reject) this approval, or None. The same predicate for
    the API, the admin and the services (selectors.decision_last_changed_by finds the last
    person who changed the decision's substance)."""
    from .selectors import decision_last_changed_by

    if user is None or not getattr(user, "is_authenticated", False):
        return "a decision is approved or rejected by a person, not by the platform"
    if is_service(user):
        return f"{user.get_username()} is a service account: services never approve or reject"
    name = user.get_username()
    requirement = approval_requirement_of(approval)
    groups = list(requirement.approver_groups) if requirement else []
    if groups and not set(groups) & user_groups(user):
        return f"only members of {', '.join(groups)} may decide this approval; {name} is not one"
    if not approve:
        return None  # rejecting one's own proposal is safe: duties only separate approvals
    if decision.requested_by and name == decision.requested_by:
        return f"{name} proposed this decision and may not approve it"
    last = decision_last_changed_by(decision=decision)
    if last and name == last:
        return f"{name} last changed this decision and may not approve it"
    if approval.signoffs.filter(signed_by=name).exists():
        return f"{name} already signed this approval; another person must sign it"
    return None


def approval_complete(*, approval: Approval) -> bool:
    """Enough distinct people signed, and each group named has one of its members among them."""
    requirement = approval_requirement_of(approval)
    signoffs = list(approval.signoffs.all())
    needed = requirement.approvals_required if requirement else 1
    if len({s.signed_by for s in signoffs}) < needed:
        return False
    groups = requirement.approver_groups if requirement else []
    return all(any(group in s.groups for s in signoffs) for group in groups)


# --- freezing ---------------------------------------------------------------------------------


def _differs(current, new) -> bool:
    if hasattr(current, "pk") or hasattr(new, "pk"):
        return getattr(current, "pk", current) != getattr(new, "pk", new)
    return current != new


def frozen_changes(instance, changes: dict, substance) -> list[str]:
    return [
        name for name in substance if name in changes and _differs(getattr(instance, name), changes[name])
    ]


def _frozen_error(
    decision: Decision, *, actor: str, operation: str, fields: list[str], message: str, entity=None
):
    entity = entity or decision
    return audited(
        DecisionFrozen(message, fields=fields),
        entity_id=entity.pk,
        entity_type=EntityType.DECISION if entity is decision else EntityType.ACTION,
        correlation_id=decision.correlation_id,
        actor=actor,
        payload={"operation": operation, "refused": "frozen", "decision": str(decision.pk), "fields": fields},
    )


def decision_change_check(*, decision: Decision, changes: dict, actor: str) -> None:
    """Refuse (409, audited) a change of an approved decision's substance."""
    if decision.status in EDITABLE_DECISION_STATES:
        return
    fields = frozen_changes(decision, changes, DECISION_SUBSTANCE)
    if fields:
        raise _frozen_error(
            decision,
            actor=actor,
            operation="update",
            fields=fields,
            message=f"decision {decision.pk} is {decision.status}: its substance is frozen since its "
            f"approval; refused changes to: {', '.join(fields)}",
        )


def action_change_check(*, action, changes: dict, actor: str) -> None:
    """Refuse (409, audited) a change of an action of an approved decision (or moving an action
    into or out of one)."""
    for decision in {action.decision, changes.get("decision")} - {None}:
        if decision.status in EDITABLE_DECISION_STATES:
            continue
        fields = frozen_changes(action, changes, ACTION_SUBSTANCE)
        if fields:
            raise _frozen_error(
                decision,
                actor=actor,
                operation="update_action",
                fields=fields,
                entity=action,
                message=f"decision {decision.pk} is {decision.status}: the parameters and list of its "
                f"actions are frozen; refused changes to: {', '.join(fields)}",
            )


def decision_delete_check(*, decision: Decision, actor: str) -> None:
    if decision.status not in EDITABLE_DECISION_STATES:
        raise _frozen_error(
            decision,
            actor=actor,
            operation="delete",
            fields=[],
            message=f"decision {decision.pk} is {decision.status}: an approved or finished decision "
            "cannot be deleted (cancel it instead while it is open)",
        )


def frozen_rows_purge_allow() -> None:
    """Let the current transaction hard-delete approved and finished decisions and their
    actions (maintenance such as the demo reset; never a user's request)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, 'on', true)", [PURGE_SETTING])


def action_delete_check(*, action, actor: str) -> None:
    decision = action.decision
    if decision is not None and decision.status not in EDITABLE_DECISION_STATES:
        raise _frozen_error(
            decision,
            actor=actor,
            operation="delete_action",
            fields=["actions"],
            entity=action,
            message=f"decision {decision.pk} is {decision.status}: its action list is frozen; "
            "the action cannot be deleted",
        )
