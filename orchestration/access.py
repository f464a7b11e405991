"""Who writes orchestration's tables (airport_platform/access.py; the matrix is in docs/security.md).

Services propose decisions, add actions and report progress; operating modes (and their
decision thresholds) decide when a human must approve, so only governance officers change
them, and only a duty manager activates one (with a reason). Approvals are written by the
decision services (approve, reject, expiry), never through the generic API or the admin.
"""

from airport_platform.access import (
    DUTY_MANAGERS,
    GOVERNED,
    OPERATIONAL,
    OPERATORS,
    READ_ONLY,
    TIME_SERIES,
    announce_changes,
    declare_access_table,
)

from .lifecycle import EDITABLE_DECISION_STATES


def decision_refuse_delete(decision) -> str | None:
    """The admin offers no delete for an approved or finished decision (the API's DELETE gets
    409 from `decision_delete`, which also records the refused attempt)."""
    if decision.status in EDITABLE_DECISION_STATES:
        return None
    return (
        f"a decision that is {decision.status} cannot be deleted: only proposed or pending "
        "decisions can (cancel it instead)"
    )


ACCESS = {
    "OperatingMode": GOVERNED.with_operations(activate=[DUTY_MANAGERS]),
    "Decision": OPERATIONAL.with_operations(approve=[OPERATORS, DUTY_MANAGERS])
    .refusing_delete(decision_refuse_delete)
    .because("services propose, operators approve; approved or finished decisions are kept"),
    "Action": OPERATIONAL.because("services add actions and report their progress"),
    "DecisionDependency": OPERATIONAL,
    "ActionDependency": OPERATIONAL,
    "Approval": READ_ONLY.because("written by approve/reject/expiry services only"),
    # What a decision's approval requires and who signed it: the approval services' records.
    "ApprovalRequirement": READ_ONLY.because("written by the approval services only"),
    "ApprovalSignoff": READ_ONLY.because("written by the approval services only"),
    "SystemState": TIME_SERIES,
    "OrchestrationEvent": TIME_SERIES.because(
        "clients append only external and system-alert events; source and time set by the server"
    ),
}


def register(app_config) -> None:
    """At ready(): the table above, and a `mode_changed` event on the orchestration stream for
    every change of what decides whether a human approves."""
    declare_access_table(app_config.label, ACCESS)
    announce_changes(
        app_config.get_model("OperatingMode"),
        domain="orchestration",
        event_type="mode_changed",
        fields=(
            "name",
            "description",
            "priority_weights",
            "decision_thresholds",
            "activation_criteria",
            "constraints",
        ),
    )
