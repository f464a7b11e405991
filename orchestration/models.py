"""Autonomous orchestration schema (spec 4.1)."""

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
from .schemas import DecisionThresholdsValidator, PriorityWeightsValidator

UNIT_INTERVAL = [MinValueValidator(0), MaxValueValidator(1)]


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
