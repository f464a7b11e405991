"""Autonomous orchestration schema (spec 4.1)."""

import pgtrigger
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from airport_platform.choices import Domain, EntityType, Priority
from airport_platform.models import (
    Authorship,
    EntityModel,
    Hypertable,
    RecordModel,
    TimeSeriesModel,
    Versioned,
)
from airport_platform.models.functions import Now

from .choices import (
    ActionStatus,
    ActionType,
    ApprovalStatus,
    DecisionStatus,
    DecisionType,
    DependencyType,
    OrchestrationEventType,
)
from .lifecycle import FROZEN_DECISION_STATES
from .schemas import DecisionThresholdsValidator, PriorityWeightsValidator

UNIT_INTERVAL = [MinValueValidator(0), MaxValueValidator(1)]

# What an approval approved: frozen from approval on (lifecycle.FROZEN_DECISION_STATES).
DECISION_SUBSTANCE = (
    "type",
    "description",
    "priority",
    "risk",
    "confidence",
    "impact_assessment",
    "domain_details",
)
ACTION_SUBSTANCE = ("decision", "type", "domain", "description", "parameters", "execution_order")
# SQLSTATE of a refusal by these triggers: integrity_constraint_violation, so Django raises an
# IntegrityError and the API answers 409 with the trigger's message.
FROZEN_SQLSTATE = "23000"
# A transaction-local switch that lets one maintenance transaction hard-delete frozen rows (the
# demo reset: demo/seed.py). Set it only through `approvals.frozen_rows_purge_allow()`.
PURGE_SETTING = "orchestration.allow_purge"
_PURGING = f"TG_OP = 'DELETE' AND current_setting('{PURGE_SETTING}', true) = 'on'"


def _sql_states(states) -> str:
    return ", ".join(f"'{state}'" for state in sorted(states))


def _changed_columns_sql(columns) -> str:
    """PL/pgSQL collecting into `changed` the names of `columns` whose value differs."""
    return "".join(
        f'IF NEW."{c}" IS DISTINCT FROM OLD."{c}" THEN changed := changed || \'{c}\'::text; END IF; '
        for c in columns
    )


def decision_frozen_trigger() -> pgtrigger.Trigger:
    """A decision approved (or beyond) keeps its substance and cannot be deleted, whoever
    writes: the ORM, the admin or raw SQL (the services check first and say so politely)."""
    columns = list(DECISION_SUBSTANCE)  # each field's column has its name
    frozen = _sql_states(FROZEN_DECISION_STATES)
    return pgtrigger.Trigger(
        name="decision_frozen",
        when=pgtrigger.Before,
        operation=pgtrigger.Update | pgtrigger.Delete,
        declare=[("changed", "text[] := '{}'")],
        func=(
            f"IF OLD.status NOT IN ({frozen}) OR {_PURGING} THEN RETURN COALESCE(NEW, OLD); END IF; "
            "IF TG_OP = 'DELETE' OR (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL) THEN "
            "RAISE EXCEPTION 'decision % is %: an approved or finished decision cannot be deleted', "
            f"OLD.id, OLD.status USING ERRCODE = '{FROZEN_SQLSTATE}', CONSTRAINT = 'decisions_not_deletable'; "
            "END IF; "
            f"{_changed_columns_sql(columns)}"
            "IF cardinality(changed) > 0 THEN "
            "RAISE EXCEPTION 'decision % is %: its substance is frozen since its approval (refused: %)', "
            "OLD.id, OLD.status, array_to_string(changed, ', ') "
            f"USING ERRCODE = '{FROZEN_SQLSTATE}', CONSTRAINT = 'decisions_substance_frozen'; "
            "END IF; RETURN NEW;"
        ),
    )


def action_frozen_trigger() -> pgtrigger.Trigger:
    """The action list and parameters of an approved decision are frozen too (its status,
    timings and result still move with the lifecycle)."""
    columns = ["decision_id", *ACTION_SUBSTANCE[1:]]
    frozen = _sql_states(FROZEN_DECISION_STATES)
    return pgtrigger.Trigger(
        name="action_frozen",
        when=pgtrigger.Before,
        operation=pgtrigger.Update | pgtrigger.Delete,
        declare=[("changed", "text[] := '{}'"), ("parent_status", "text")],
        func=(
            "SELECT status INTO parent_status FROM decisions WHERE id = OLD.decision_id; "
            f"IF parent_status IS NULL OR parent_status NOT IN ({frozen}) OR {_PURGING} "
            "THEN RETURN COALESCE(NEW, OLD); END IF; "
            "IF TG_OP = 'DELETE' OR (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL) THEN "
            "RAISE EXCEPTION 'action % belongs to decision %, which is %: its action list is frozen', "
            f"OLD.id, OLD.decision_id, parent_status USING ERRCODE = '{FROZEN_SQLSTATE}', "
            "CONSTRAINT = 'actions_frozen'; END IF; "
            f"{_changed_columns_sql(columns)}"
            "IF cardinality(changed) > 0 THEN "
            "RAISE EXCEPTION 'action % belongs to decision %, which is %: its substance is frozen (refused: %)', "
            "OLD.id, OLD.decision_id, parent_status, array_to_string(changed, ', ') "
            f"USING ERRCODE = '{FROZEN_SQLSTATE}', CONSTRAINT = 'actions_frozen'; "
            "END IF; RETURN NEW;"
        ),
    )


class OperatingMode(Authorship, Versioned, EntityModel):
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    priority_weights = models.JSONField(blank=True, validators=[PriorityWeightsValidator()])
    decision_thresholds = models.JSONField(blank=True, validators=[DecisionThresholdsValidator()])
    activation_criteria = models.JSONField(null=True, blank=True)
    constraints = models.JSONField(null=True, blank=True)
    is_active = models.BooleanField(default=False, db_default=False, null=True)

    class Meta:
        db_table = "operating_modes"
        ordering = ["name"]
        indexes = [models.Index(fields=["is_active"], name="idx_operating_modes_active")]
        constraints = [
            # At most one active mode, whoever writes (activation is atomic in services).
            models.UniqueConstraint(
                fields=["is_active"],
                condition=models.Q(is_active=True, deleted_at__isnull=True),
                name="operating_modes_single_active",
                violation_error_message="another operating mode is already active; activate this one through its activate action",
            ),
        ]

    def __str__(self):
        return self.name


class Decision(EntityModel):
    type = models.CharField(max_length=50, choices=DecisionType.choices)
    description = models.TextField(null=True, blank=True)
    initiated_at = models.DateTimeField(default=timezone.now, db_default=Now(), null=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=DecisionStatus.choices, default=DecisionStatus.PROPOSED)
    priority = models.CharField(max_length=20, choices=Priority.choices)
    confidence = models.DecimalField(max_digits=5, decimal_places=4, validators=UNIT_INTERVAL)
    risk = models.DecimalField(max_digits=5, decimal_places=4, validators=UNIT_INTERVAL)
    impact_assessment = models.JSONField(blank=True)
    domain_details = models.JSONField(null=True, blank=True)
    operating_mode = models.ForeignKey(
        OperatingMode, on_delete=models.PROTECT, null=True, blank=True, related_name="decisions"
    )
    correlation_id = models.UUIDField(null=True, blank=True)
    requested_by = models.CharField(max_length=100, null=True, blank=True)
    tags = ArrayField(models.TextField(), null=True, blank=True)
    notes = ArrayField(models.TextField(), null=True, blank=True)

    author_fields_on_create = ("requested_by",)

    ordered_times = (("initiated_at", "completed_at"),)
    database_triggers = (decision_frozen_trigger(),)

    class Meta:
        db_table = "decisions"
        ordering = ["-initiated_at"]
        permissions = [("approve_decision", "Can approve or reject decisions")]
        indexes = [
            models.Index(fields=["status"], name="idx_decisions_status"),
            models.Index(fields=["type"], name="idx_decisions_type"),
            models.Index(fields=["correlation_id"], name="idx_decisions_correlation_id"),
            models.Index(fields=["initiated_at"], name="idx_decisions_initiated_at"),
        ]

    def __str__(self):
        return f"{self.get_type_display()} ({self.get_status_display()})"


class Action(EntityModel):
    decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, null=True, related_name="actions", db_index=False
    )
    type = models.CharField(max_length=50, choices=ActionType.choices)
    domain = models.CharField(max_length=50, choices=Domain.choices)
    description = models.TextField(null=True, blank=True)
    parameters = models.JSONField(blank=True)
    status = models.CharField(max_length=20, choices=ActionStatus.choices, default=ActionStatus.PENDING)
    execution_order = models.IntegerField(validators=[MinValueValidator(0)])
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)
    retry_policy = models.JSONField(null=True, blank=True)

    ordered_times = (("started_at", "completed_at"),)
    database_triggers = (action_frozen_trigger(),)

    class Meta:
        db_table = "actions"
        ordering = ["decision_id", "execution_order"]
        indexes = [
            models.Index(fields=["decision"], name="idx_actions_decision_id"),
            models.Index(fields=["status"], name="idx_actions_status"),
            models.Index(fields=["domain"], name="idx_actions_domain"),
        ]

    def __str__(self):
        return f"#{self.execution_order} {self.get_type_display()} ({self.get_status_display()})"


class DecisionDependency(RecordModel):
    dependent_decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, null=True, related_name="dependencies", db_index=False
    )
    dependency_decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, null=True, related_name="dependents", db_index=False
    )
    dependency_type = models.CharField(max_length=50, choices=DependencyType.choices)

    graph_edge = ("dependent_decision", "dependency_decision")  # unique, not self, both ends indexed

    class Meta:
        db_table = "decision_dependencies"
        verbose_name_plural = "decision dependencies"
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.dependent_decision_id} depends on {self.dependency_decision_id}"


class ActionDependency(RecordModel):
    dependent_action = models.ForeignKey(
        Action, on_delete=models.CASCADE, null=True, related_name="dependencies", db_index=False
    )
    dependency_action = models.ForeignKey(
        Action, on_delete=models.CASCADE, null=True, related_name="dependents", db_index=False
    )
    dependency_type = models.CharField(max_length=50, choices=DependencyType.choices)

    graph_edge = ("dependent_action", "dependency_action")  # unique, not self, both ends indexed

    class Meta:
        db_table = "action_dependencies"
        verbose_name_plural = "action dependencies"
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.dependent_action_id} depends on {self.dependency_action_id}"


class Approval(EntityModel):
    decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, null=True, related_name="approvals", db_index=False
    )
    status = models.CharField(max_length=20, choices=ApprovalStatus.choices, default=ApprovalStatus.PENDING)
    approved_by = models.CharField(max_length=100, null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "approvals"
        ordering = ["expires_at"]
        indexes = [models.Index(fields=["decision"], name="idx_approvals_decision_id")]
        constraints = [
            # One open approval per decision: two concurrent requests cannot both open one.
            models.UniqueConstraint(
                fields=["decision"],
                condition=models.Q(status="pending", deleted_at__isnull=True),
                name="approvals_single_pending_per_decision",
                violation_error_message="this decision already has a pending approval",
            ),
        ]

    def __str__(self):
        return f"Approval of {self.decision_id} ({self.get_status_display()})"


class ApprovalRequirement(RecordModel):
    """Who must approve an approval, fixed when it is opened: later policy changes do not move
    it. Written once by the services (a trigger refuses updates)."""

    approval = models.OneToOneField(Approval, on_delete=models.CASCADE, related_name="requirement")
    # A signer must belong to one of these groups (none: any person may sign), and each group
    # named needs at least one signer of its own.
    approver_groups = ArrayField(models.CharField(max_length=150), default=list, blank=True)
    approvals_required = models.PositiveSmallIntegerField(default=1, validators=[MinValueValidator(1)])
    deadline = models.DateTimeField(null=True, blank=True)
    reasons = ArrayField(models.TextField(), default=list, blank=True)  # why a human is needed
    policies = models.JSONField(default=list, blank=True)  # the requirements (policy, rule, outcome)
    limited_action_types = ArrayField(models.CharField(max_length=50), default=list, blank=True)

    database_triggers = (
        pgtrigger.Protect(
            name="approval_requirement_immutable",
            operation=pgtrigger.Update,
            condition=pgtrigger.AnyChange(
                "approval",
                "approver_groups",
                "approvals_required",
                "deadline",
                "reasons",
                "policies",
                "limited_action_types",
            ),
        ),
    )

    class Meta:
        db_table = "approval_requirements"
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.approvals_required} approver(s) for {self.approval_id}"


class ApprovalSignoff(RecordModel):
    """One person's approval of a decision that needs several (four-eyes); the decision moves
    on with the last one. Append-only."""

    approval = models.ForeignKey(Approval, on_delete=models.CASCADE, related_name="signoffs")
    signed_by = models.CharField(max_length=150)
    signed_at = models.DateTimeField()
    groups = ArrayField(models.CharField(max_length=150), default=list, blank=True)  # at signing
    notes = models.TextField(blank=True, default="")

    database_triggers = (
        pgtrigger.Protect(
            name="approval_signoff_immutable",
            operation=pgtrigger.Update,
            condition=pgtrigger.AnyChange("approval", "signed_by", "signed_at", "groups", "notes"),
        ),
    )

    class Meta:
        db_table = "approval_signoffs"
        ordering = ["signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["approval", "signed_by"],
                name="approval_signoffs_one_per_person",
                violation_error_message="this person already signed this approval",
            )
        ]

    def __str__(self):
        return f"{self.signed_by} signed {self.approval_id}"


class SystemState(TimeSeriesModel):
    timestamp = models.DateTimeField()
    operating_mode = models.ForeignKey(
        OperatingMode, on_delete=models.PROTECT, null=True, blank=True, related_name="+", db_index=False
    )
    autonomy_levels = models.JSONField(blank=True)
    key_metrics = models.JSONField(blank=True)
    active_processes = models.JSONField(null=True, blank=True)
    situational_assessment = models.JSONField(blank=True)
    resource_status = models.JSONField(null=True, blank=True)

    hypertable = Hypertable(time_column="timestamp", chunk_interval="1 day")

    class Meta:
        db_table = "system_states"
        ordering = ["-timestamp"]

    def __str__(self):
        return f"System state at {self.timestamp:%Y-%m-%d %H:%M:%S}"


class OrchestrationEvent(TimeSeriesModel):
    timestamp = models.DateTimeField()
    event_type = models.CharField(max_length=50, choices=OrchestrationEventType.choices)
    source = models.CharField(max_length=100)
    related_entity_id = models.UUIDField(null=True, blank=True)
    related_entity_type = models.CharField(max_length=50, choices=EntityType.choices, null=True, blank=True)
    correlation_id = models.UUIDField(null=True, blank=True)
    payload = models.JSONField(blank=True)

    hypertable = Hypertable(time_column="timestamp", chunk_interval="1 day")
    # Appended through the API, an event is stamped with the caller as its source and the
    # server's time: a client cannot speak for someone else or back-date (docs/security.md).
    author_fields_on_create = ("source",)
    server_time_fields_on_create = ("timestamp",)

    class Meta:
        db_table = "orchestration_events"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["event_type"], name="idx_orchestration_events_type"),
            models.Index(
                fields=["related_entity_id", "related_entity_type"], name="idx_orchestration_events_entity"
            ),
            models.Index(fields=["correlation_id"], name="idx_orchestration_events_correlation"),
        ]

    def __str__(self):
        return f"{self.get_event_type_display()} at {self.timestamp:%Y-%m-%d %H:%M:%S}"
