"""Ethics & governance schema (spec 4.8)."""

from django.contrib.postgres.fields import ArrayField
from django.core.validators import MinValueValidator
from django.db import models

from airport_platform.choices import Domain
from airport_platform.models import (
    Authorship,
    EntityModel,
    Hypertable,
    RecordModel,
    TimeSeriesModel,
    Versioned,
)
from airport_platform.timeseries.rollups import Rollups

from .choices import (
    AuditType,
    ComplianceStatus,
    FairnessMetricType,
    ImplementationLevel,
    PolicyType,
    PrincipleCategory,
    ThresholdStatus,
)
from .rules import OverrideConditionsValidator, PolicyRulesValidator, RulesValidator
from .schemas import AuditRequirementsValidator


class EthicalPrinciple(Versioned, EntityModel):
    name = models.CharField(max_length=100)
    description = models.TextField()
    priority = models.IntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="1 = highest"
    )
    category = models.CharField(max_length=50, choices=PrincipleCategory.choices, null=True, blank=True)
    # The rule language (governance/rules.py, docs/governance.md), validated on every write.
    implementation_rules = models.JSONField(null=True, blank=True, validators=[RulesValidator()])
    metrics = models.JSONField(null=True, blank=True)
    is_active = models.BooleanField(default=True, db_default=True, null=True)

    class Meta:
        db_table = "ethical_principles"
        ordering = ["priority", "name"]
        indexes = [
            models.Index(fields=["is_active"], name="idx_ethical_principles_active"),
            models.Index(fields=["category"], name="idx_ethical_principles_category"),
        ]

    def __str__(self):
        return self.name


class GovernancePolicy(Authorship, Versioned, EntityModel):
    policy_type = models.CharField(max_length=50, choices=PolicyType.choices)
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    policy_rules = models.JSONField(blank=True, validators=[PolicyRulesValidator()])
    affected_domains = ArrayField(models.TextField(choices=Domain.choices), null=True, blank=True)
    implementation_level = models.CharField(max_length=20, choices=ImplementationLevel.choices)
    override_conditions = models.JSONField(null=True, blank=True, validators=[OverrideConditionsValidator()])
    audit_requirements = models.JSONField(null=True, blank=True, validators=[AuditRequirementsValidator()])
    is_active = models.BooleanField(default=True, db_default=True, null=True)

    class Meta:
        db_table = "governance_policies"
        verbose_name_plural = "governance policies"
        ordering = ["name"]
        indexes = [
            models.Index(fields=["is_active"], name="idx_governance_policies_active"),
            models.Index(fields=["policy_type"], name="idx_governance_policies_type"),
        ]

    def __str__(self):
        return self.name


class DecisionAudit(RecordModel):
    # No foreign key in the spec on purpose: an audit record outlives the decision it audits.
    decision = models.ForeignKey(
        "orchestration.Decision",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="audits",
    )
    timestamp = models.DateTimeField()
    audit_type = models.CharField(max_length=50, choices=AuditType.choices)
    audited_by = models.CharField(max_length=100, null=True, blank=True)
    compliance_status = models.CharField(max_length=20, choices=ComplianceStatus.choices)
    ethical_assessment = models.JSONField(null=True, blank=True)
    governance_assessment = models.JSONField(null=True, blank=True)
    recommendations = models.TextField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    author_fields_on_create = ("audited_by",)

    class Meta:
        db_table = "decision_audits"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["decision"], name="idx_decision_audits_decision"),
            models.Index(fields=["timestamp"], name="idx_decision_audits_timestamp"),
            models.Index(fields=["compliance_status"], name="idx_decision_audits_compliance"),
        ]

    def __str__(self):
        return (
            f"{self.get_audit_type_display()} of {self.decision_id}: {self.get_compliance_status_display()}"
        )


class FairnessMetric(TimeSeriesModel):
    timestamp = models.DateTimeField()
    metric_type = models.CharField(max_length=50, choices=FairnessMetricType.choices)
    domain = models.CharField(max_length=50, choices=Domain.choices, null=True, blank=True)
    affected_group = models.CharField(max_length=100, null=True, blank=True)
    value = models.DecimalField(max_digits=10, decimal_places=4)
    baseline_comparison = models.DecimalField(max_digits=10, decimal_places=4, null=True, blank=True)
    threshold_status = models.CharField(max_length=20, choices=ThresholdStatus.choices, null=True, blank=True)
    sample_size = models.IntegerField(null=True, blank=True, validators=[MinValueValidator(0)])
    notes = models.TextField(null=True, blank=True)

    hypertable = Hypertable(time_column="timestamp", chunk_interval="30 days")
    rollups = Rollups(
        dimensions=("metric_type", "domain", "affected_group"), measures=("value", "baseline_comparison")
    )

    class Meta:
        db_table = "fairness_metrics"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["metric_type"], name="idx_fairness_metrics_type"),
            models.Index(fields=["domain"], name="idx_fairness_metrics_domain"),
            models.Index(fields=["affected_group"], name="idx_fairness_metrics_group"),
        ]

    def __str__(self):
        return f"{self.get_metric_type_display()} for {self.affected_group or 'all'}"
