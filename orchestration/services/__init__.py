"""Orchestration business rules (writes). The admin and the API call these functions, so a
decision behaves the same whichever way it is approved, started or cancelled.

The package splits them by concept (records, decisions, actions, graphs, modes); import them
from here. Every function runs in one transaction: the status change, the approval record, the
`orchestration_events` row and what other domains write on the signals sent here
(`orchestration.signals`: governance's `decision_audits` row, collaboration's rejection
feedback) are written together or not at all.
"""

from .actions import (
    action_add,
    action_complete,
    action_delete,
    action_fail,
    action_finish,
    action_skip,
    action_start,
    action_update,
)
from .decisions import (
    ThresholdCheck,
    approval_thresholds_check,
    approvals_expire,
    decision_approval_reopen,
    decision_approve,
    decision_cancel,
    decision_delete,
    decision_propose,
    decision_reject,
    decision_start,
    decision_update,
)
from .graphs import action_dependency_add, decision_dependency_add, dependency_problem
from .modes import operating_mode_activate
from .records import PLATFORM, actor_name, orchestration_event_record

__all__ = [
    "PLATFORM",
    "ThresholdCheck",
    "action_add",
    "action_complete",
    "action_delete",
    "action_dependency_add",
    "action_fail",
    "action_finish",
    "action_skip",
    "action_start",
    "action_update",
    "actor_name",
    "approval_thresholds_check",
    "approvals_expire",
    "decision_approval_reopen",
    "decision_approve",
    "decision_cancel",
    "decision_delete",
    "decision_dependency_add",
    "decision_propose",
    "decision_reject",
    "decision_start",
    "decision_update",
    "dependency_problem",
    "operating_mode_activate",
    "orchestration_event_record",
]
