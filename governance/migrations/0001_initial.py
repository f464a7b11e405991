"""
Migration: governance 0001_initial

Description:  Spec section 4.8 Ethics & governance: ethical principles, governance policies, decision audits; fairness metrics as a hypertable.
              Tables: decision_audits, ethical_principles, fairness_metrics, governance_policies.
              Hypertables: fairness_metrics (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present),
              orchestration 0001_initial (decision_audits.decision_id refers to decisions)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate governance zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.postgres.fields
import django.contrib.postgres.functions
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

import airport_platform.models.functions
from airport_platform.db.operations import CreateHypertable


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("airport_platform", "0001_environment"),
        ("orchestration", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="FairnessMetric",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        db_default=django.contrib.postgres.functions.RandomUUID(),
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                ("timestamp", models.DateTimeField()),
                (
                    "metric_type",
                    models.CharField(
                        choices=[
                            ("demographic_parity", "Demographic parity difference"),
                            ("equal_opportunity", "Equal opportunity difference"),
                            ("disparate_impact", "Disparate impact ratio"),
                            ("wait_time_gap", "Wait time gap"),
                            ("service_level_gap", "Service level gap"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "domain",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("airside", "Airside"),
                            ("terminal", "Terminal"),
                            ("landside", "Landside"),
                            ("security", "Security"),
                            ("baggage", "Baggage"),
                            ("ground_handling", "Ground handling"),
                            ("energy", "Energy"),
                            ("sustainability", "Sustainability"),
                            ("passenger_experience", "Passenger experience"),
                            ("crisis_management", "Crisis management"),
                            ("maintenance", "Maintenance"),
                            ("governance", "Governance"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("affected_group", models.CharField(blank=True, max_length=100, null=True)),
                ("value", models.DecimalField(decimal_places=4, max_digits=10)),
                (
                    "baseline_comparison",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=10, null=True),
                ),
                (
                    "threshold_status",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("within", "Within threshold"),
                            ("warning", "Warning"),
                            ("breached", "Breached"),
                        ],
                        max_length=20,
                        null=True,
                    ),
                ),
                (
                    "sample_size",
                    models.IntegerField(
                        blank=True, null=True, validators=[django.core.validators.MinValueValidator(0)]
                    ),
                ),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "fairness_metrics",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="GovernancePolicy",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        db_default=django.contrib.postgres.functions.RandomUUID(),
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                ("created_by", models.CharField(blank=True, editable=False, max_length=100, null=True)),
                ("updated_by", models.CharField(blank=True, editable=False, max_length=100, null=True)),
                ("version", models.IntegerField(db_default=1, default=1, editable=False)),
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "policy_type",
                    models.CharField(
                        choices=[
                            ("approval_requirement", "Approval requirement"),
                            ("autonomy_limit", "Autonomy limit"),
                            ("data_privacy", "Data privacy"),
                            ("fairness", "Fairness"),
                            ("safety", "Safety"),
                            ("escalation", "Escalation"),
                            ("audit", "Audit"),
                        ],
                        max_length=50,
                    ),
                ),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                ("policy_rules", models.JSONField()),
                (
                    "affected_domains",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(
                            choices=[
                                ("airside", "Airside"),
                                ("terminal", "Terminal"),
                                ("landside", "Landside"),
                                ("security", "Security"),
                                ("baggage", "Baggage"),
                                ("ground_handling", "Ground handling"),
                                ("energy", "Energy"),
                                ("sustainability", "Sustainability"),
                                ("passenger_experience", "Passenger experience"),
                                ("crisis_management", "Crisis management"),
                                ("maintenance", "Maintenance"),
                                ("governance", "Governance"),
                            ]
                        ),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                (
                    "implementation_level",
                    models.CharField(
                        choices=[
                            ("advisory", "Advisory"),
                            ("recommended", "Recommended"),
                            ("mandatory", "Mandatory"),
                            ("enforced", "Enforced automatically"),
                        ],
                        max_length=20,
                    ),
                ),
                ("override_conditions", models.JSONField(blank=True, null=True)),
                ("audit_requirements", models.JSONField(blank=True, null=True)),
                ("is_active", models.BooleanField(db_default=True, default=True, null=True)),
            ],
            options={
                "verbose_name_plural": "governance policies",
                "db_table": "governance_policies",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="DecisionAudit",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        db_default=django.contrib.postgres.functions.RandomUUID(),
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                ("timestamp", models.DateTimeField()),
                (
                    "audit_type",
                    models.CharField(
                        choices=[
                            ("automated", "Automated check"),
                            ("transition", "Lifecycle transition"),
                            ("human_review", "Human review"),
                            ("periodic", "Periodic review"),
                            ("incident", "Incident investigation"),
                            ("regulatory", "Regulatory audit"),
                        ],
                        max_length=50,
                    ),
                ),
                ("audited_by", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "compliance_status",
                    models.CharField(
                        choices=[
                            ("compliant", "Compliant"),
                            ("partially_compliant", "Partially compliant"),
                            ("non_compliant", "Non-compliant"),
                            ("under_review", "Under review"),
                            ("exempt", "Exempt"),
                        ],
                        max_length=20,
                    ),
                ),
                ("ethical_assessment", models.JSONField(blank=True, null=True)),
                ("governance_assessment", models.JSONField(blank=True, null=True)),
                ("recommendations", models.TextField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "decision",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="audits",
                        to="orchestration.decision",
                    ),
                ),
            ],
            options={
                "db_table": "decision_audits",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="EthicalPrinciple",
            fields=[
                (
                    "id",
                    models.UUIDField(
                        db_default=django.contrib.postgres.functions.RandomUUID(),
                        default=uuid.uuid4,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        editable=False,
                        null=True,
                    ),
                ),
                ("version", models.IntegerField(db_default=1, default=1, editable=False)),
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField()),
                (
                    "priority",
                    models.IntegerField(
                        blank=True,
                        help_text="1 = highest",
                        null=True,
                        validators=[django.core.validators.MinValueValidator(1)],
                    ),
                ),
                (
                    "category",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("safety", "Safety"),
                            ("fairness", "Fairness"),
                            ("transparency", "Transparency"),
                            ("privacy", "Privacy"),
                            ("accountability", "Accountability"),
                            ("human_oversight", "Human oversight"),
                            ("sustainability", "Sustainability"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("implementation_rules", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
                ("is_active", models.BooleanField(db_default=True, default=True, null=True)),
            ],
            options={
                "db_table": "ethical_principles",
                "ordering": ["priority", "name"],
                "indexes": [
                    models.Index(fields=["is_active"], name="idx_ethical_principles_active"),
                    models.Index(fields=["category"], name="idx_ethical_principles_category"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("priority__gte", 1)), name="ethical_principles_priority_range"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "category__in",
                                [
                                    "safety",
                                    "fairness",
                                    "transparency",
                                    "privacy",
                                    "accountability",
                                    "human_oversight",
                                    "sustainability",
                                ],
                            )
                        ),
                        name="ethical_principles_category_valid",
                    ),
                ],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="increment_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.version := OLD.version + 1; RETURN NEW;",
                    hash="78e7d96c3f09c6a907435f4bf41f4fe268d3a4ae",
                    operation="UPDATE",
                    pgid="pgtrigger_increment_version_1a0fa",
                    table="ethical_principles",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="b59adbfeac4b3fca8edc326e98c3e24b94c80a4c",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_411d6",
                    table="ethical_principles",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="fairnessmetric",
            index=models.Index(fields=["metric_type"], name="idx_fairness_metrics_type"),
        ),
        migrations.AddIndex(
            model_name="fairnessmetric",
            index=models.Index(fields=["domain"], name="idx_fairness_metrics_domain"),
        ),
        migrations.AddIndex(
            model_name="fairnessmetric",
            index=models.Index(fields=["affected_group"], name="idx_fairness_metrics_group"),
        ),
        migrations.AddConstraint(
            model_name="fairnessmetric",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "metric_type__in",
                        [
                            "demographic_parity",
                            "equal_opportunity",
                            "disparate_impact",
                            "wait_time_gap",
                            "service_level_gap",
                        ],
                    )
                ),
                name="fairness_metrics_metric_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="fairnessmetric",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "domain__in",
                        [
                            "airside",
                            "terminal",
                            "landside",
                            "security",
                            "baggage",
                            "ground_handling",
                            "energy",
                            "sustainability",
                            "passenger_experience",
                            "crisis_management",
                            "maintenance",
                            "governance",
                        ],
                    )
                ),
                name="fairness_metrics_domain_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="fairnessmetric",
            constraint=models.CheckConstraint(
                condition=models.Q(("threshold_status__in", ["within", "warning", "breached"])),
                name="fairness_metrics_threshold_status_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="fairnessmetric",
            constraint=models.CheckConstraint(
                condition=models.Q(("sample_size__gte", 0)), name="fairness_metrics_sample_size_range"
            ),
        ),
        migrations.AddIndex(
            model_name="governancepolicy",
            index=models.Index(fields=["is_active"], name="idx_governance_policies_active"),
        ),
        migrations.AddIndex(
            model_name="governancepolicy",
            index=models.Index(fields=["policy_type"], name="idx_governance_policies_type"),
        ),
        migrations.AddConstraint(
            model_name="governancepolicy",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "policy_type__in",
                        [
                            "approval_requirement",
                            "autonomy_limit",
                            "data_privacy",
                            "fairness",
                            "safety",
                            "escalation",
                            "audit",
                        ],
                    )
                ),
                name="governance_policies_policy_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="governancepolicy",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "affected_domains__contained_by",
                        [
                            "airside",
                            "terminal",
                            "landside",
                            "security",
                            "baggage",
                            "ground_handling",
                            "energy",
                            "sustainability",
                            "passenger_experience",
                            "crisis_management",
                            "maintenance",
                            "governance",
                        ],
                    )
                ),
                name="governance_policies_affected_domains_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="governancepolicy",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("implementation_level__in", ["advisory", "recommended", "mandatory", "enforced"])
                ),
                name="governance_policies_implementation_level_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="increment_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.version := OLD.version + 1; RETURN NEW;",
                    hash="08675477f9521567cd620a1dabb17092826caada",
                    operation="UPDATE",
                    pgid="pgtrigger_increment_version_f4c5f",
                    table="governance_policies",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="eedb124d24e48ef10fe2f5ff848b9b72af9cde53",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_aa8b0",
                    table="governance_policies",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="decisionaudit",
            index=models.Index(fields=["decision"], name="idx_decision_audits_decision"),
        ),
        migrations.AddIndex(
            model_name="decisionaudit",
            index=models.Index(fields=["timestamp"], name="idx_decision_audits_timestamp"),
        ),
        migrations.AddIndex(
            model_name="decisionaudit",
            index=models.Index(fields=["compliance_status"], name="idx_decision_audits_compliance"),
        ),
        migrations.AddConstraint(
            model_name="decisionaudit",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "audit_type__in",
                        ["automated", "transition", "human_review", "periodic", "incident", "regulatory"],
                    )
                ),
                name="decision_audits_audit_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="decisionaudit",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "compliance_status__in",
                        ["compliant", "partially_compliant", "non_compliant", "under_review", "exempt"],
                    )
                ),
                name="decision_audits_compliance_status_valid",
            ),
        ),
        CreateHypertable("fairness_metrics", time_column="timestamp", chunk_interval="30 days"),
    ]
