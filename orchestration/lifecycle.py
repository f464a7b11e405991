"""The decision and action state machines, defined once.

    proposed ──► pending_approval ──► approved ──► executing ──► completed
        │              │  │  │                        │
        │              │  │  └──► expired             └──► failed
        │              │  └─────► rejected
        └──► approved (inside the mode's thresholds)
    approved ──► pending_approval (an automatic approval re-opened: an action or policy now
                                   needs a human; services.decision_approval_reopen)
    any open state (proposed, pending_approval, approved, executing) ──► cancelled

Services ask `check_transition()` before changing a status; the admin and the API only call
services, so an illegal transition is refused the same way everywhere.
"""

from airport_platform.exceptions import InvalidTransition

from .choices import ActionStatus, DecisionStatus

D = DecisionStatus
DECISION_TRANSITIONS: dict[str, frozenset[str]] = {
    D.PROPOSED: frozenset({D.PENDING_APPROVAL, D.APPROVED, D.CANCELLED}),
    D.PENDING_APPROVAL: frozenset({D.APPROVED, D.REJECTED, D.EXPIRED, D.CANCELLED}),
    D.APPROVED: frozenset({D.PENDING_APPROVAL, D.EXECUTING, D.CANCELLED}),
    D.EXECUTING: frozenset({D.COMPLETED, D.FAILED, D.CANCELLED}),
    D.COMPLETED: frozenset(),
    D.FAILED: frozenset(),
    D.REJECTED: frozenset(),
    D.EXPIRED: frozenset(),
    D.CANCELLED: frozenset(),
}
OPEN_DECISION_STATES = frozenset(state for state, targets in DECISION_TRANSITIONS.items() if targets)
TERMINAL_DECISION_STATES = frozenset(DECISION_TRANSITIONS) - OPEN_DECISION_STATES
# Only while a decision waits for its approval may its substance (figures, description, action
# list and parameters) change; from approval on it is frozen (a trigger enforces it,
# models.py), and it can no longer be deleted.
EDITABLE_DECISION_STATES = frozenset({D.PROPOSED, D.PENDING_APPROVAL})
FROZEN_DECISION_STATES = frozenset(DECISION_TRANSITIONS) - EDITABLE_DECISION_STATES

A = ActionStatus
ACTION_TRANSITIONS: dict[str, frozenset[str]] = {
    A.PENDING: frozenset({A.RUNNING, A.SKIPPED, A.CANCELLED}),
    A.RUNNING: frozenset({A.COMPLETED, A.FAILED, A.CANCELLED}),
    A.COMPLETED: frozenset(),
    A.FAILED: frozenset(),
    A.SKIPPED: frozenset(),
    A.CANCELLED: frozenset(),
}
FINISHED_ACTION_STATES = frozenset({A.COMPLETED, A.SKIPPED})


def _check(kind, transitions, current, target):
    if target not in transitions.get(current, ()):
        allowed = ", ".join(sorted(transitions.get(current, ()))) or "none (final state)"
        raise InvalidTransition(
            f"a {kind} cannot go from {current} to {target}; allowed from {current}: {allowed}"
        )


def check_decision_transition(current: str, target: str) -> None:
    _check("decision", DECISION_TRANSITIONS, current, target)


def check_action_transition(current: str, target: str) -> None:
    _check("action", ACTION_TRANSITIONS, current, target)
