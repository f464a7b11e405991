from django.db import models


class DecisionType(models.TextChoices):
    GATE_ASSIGNMENT = "gate_assignment", "Gate assignment"
    STAND_ALLOCATION = "stand_allocation", "Stand allocation"
    RESOURCE_ALLOCATION = "resource_allocation", "Resource allocation"
    STAFFING = "staffing", "Staffing"
    FLIGHT_SCHEDULE = "flight_schedule", "Flight schedule adjustment"
    PASSENGER_FLOW = "passenger_flow", "Passenger flow"
    ENERGY_MANAGEMENT = "energy_management", "Energy management"
    MAINTENANCE = "maintenance", "Maintenance"
    SECURITY = "security", "Security"
    CRISIS_RESPONSE = "crisis_response", "Crisis response"
    OTHER = "other", "Other"


class DecisionStatus(models.TextChoices):
    """States of the decision lifecycle; the allowed transitions live in `orchestration.lifecycle`."""

    PROPOSED = "proposed", "Proposed"
    PENDING_APPROVAL = "pending_approval", "Pending approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    EXECUTING = "executing", "Executing"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class ActionType(models.TextChoices):
    NOTIFY = "notify", "Notify"
    REASSIGN_RESOURCE = "reassign_resource", "Reassign resource"
    UPDATE_SCHEDULE = "update_schedule", "Update schedule"
    ADJUST_SETPOINT = "adjust_setpoint", "Adjust setpoint"
    DISPATCH = "dispatch", "Dispatch"
    OPEN_LANE = "open_lane", "Open lane"
    CLOSE_LANE = "close_lane", "Close lane"
    ANNOUNCE = "announce", "Announce"
    OTHER = "other", "Other"


class ActionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped"
    CANCELLED = "cancelled", "Cancelled"


class DependencyType(models.TextChoices):
    """How one decision (or action) depends on another; every type is an edge of the DAG."""

    FINISH_TO_START = "finish_to_start", "Must complete before the dependent starts"
    START_TO_START = "start_to_start", "Must start before the dependent starts"
    INFORMS = "informs", "Informs (outcome feeds the dependent)"


class ApprovalStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    AUTO_APPROVED = "auto_approved", "Approved automatically"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Cancelled"


class OrchestrationEventType(models.TextChoices):
    DECISION_CREATED = "decision_created", "Decision created"
    DECISION_TRANSITIONED = "decision_transitioned", "Decision status changed"
    APPROVAL_REQUESTED = "approval_requested", "Approval requested"
    APPROVAL_DECIDED = "approval_decided", "Approval decided"
    ACTION_TRANSITIONED = "action_transitioned", "Action status changed"
    MODE_ACTIVATED = "mode_activated", "Operating mode activated"
    APPROVAL_SIGNED = "approval_signed", "Approval signed by one of several approvers"
    POLICY_OVERRIDDEN = "policy_overridden", "Policy overridden"
    CHANGE_REFUSED = "change_refused", "Change refused"
    SYSTEM_ALERT = "system_alert", "System alert"
    EXTERNAL = "external", "External event"


# What a client may append through the API (`orchestration_events`): events describing the
# outside world. Every other type is written by the platform itself when the decision,
# approval, action or mode changes, so it cannot be forged (docs/security.md).
CLIENT_EVENT_TYPES = (OrchestrationEventType.EXTERNAL, OrchestrationEventType.SYSTEM_ALERT)
