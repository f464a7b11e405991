"""
Migration: orchestration 0001_initial

Description:  Spec section 4.1 Autonomous orchestration: operating modes, decisions, actions, dependencies, approvals; system states and orchestration events as hypertables.
              Tables: action_dependencies, actions, approvals, decision_dependencies, decisions, operating_modes, orchestration_events, system_states.
              Hypertables: orchestration_events, system_states (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate orchestration zero`): hypertables are copied back into plain tables first.
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
import orchestration.schemas
from airport_platform.db.operations import CreateHypertable, DatabaseOnDelete


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("airport_platform", "0001_environment"),
    ]

    operations = [
        migrations.CreateModel(
            name="Action",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "type",
                    models.CharField(
                        choices=[
                            ("notify", "Notify"),
                            ("reassign_resource", "Reassign resource"),
                            ("update_schedule", "Update schedule"),
                            ("adjust_setpoint", "Adjust setpoint"),
                            ("dispatch", "Dispatch"),
                            ("open_lane", "Open lane"),
                            ("close_lane", "Close lane"),
                            ("announce", "Announce"),
                            ("other", "Other"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "domain",
                    models.CharField(
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
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField()),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Pending"),
                            ("running", "Running"),
                            ("completed", "Completed"),
                            ("failed", "Failed"),
                            ("skipped", "Skipped"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="pending",
                        max_length=20,
                    ),
                ),
                (
                    "execution_order",
                    models.IntegerField(validators=[django.core.validators.MinValueValidator(0)]),
                ),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                ("result", models.JSONField(blank=True, null=True)),
                ("retry_policy", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "actions",
                "ordering": ["decision_id", "execution_order"],
            },
        ),
        migrations.CreateModel(
            name="Decision",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "type",
                    models.CharField(
                        choices=[
                            ("gate_assignment", "Gate assignment"),
                            ("stand_allocation", "Stand allocation"),
                            ("resource_allocation", "Resource allocation"),
                            ("staffing", "Staffing"),
                            ("flight_schedule", "Flight schedule adjustment"),
                            ("passenger_flow", "Passenger flow"),
                            ("energy_management", "Energy management"),
                            ("maintenance", "Maintenance"),
                            ("security", "Security"),
                            ("crisis_response", "Crisis response"),
                            ("other", "Other"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "initiated_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        null=True,
                    ),
                ),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("proposed", "Proposed"),
                            ("pending_approval", "Pending approval"),
                            ("approved", "Approved"),
                            ("rejected", "Rejected"),
                            ("expired", "Expired"),
                            ("executing", "Executing"),
                            ("completed", "Completed"),
                            ("failed", "Failed"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="proposed",
                        max_length=20,
                    ),
                ),
                (
                    "priority",
                    models.CharField(
                        choices=[
                            ("low", "Low"),
                            ("medium", "Medium"),
                            ("high", "High"),
                            ("critical", "Critical"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "confidence",
                    models.DecimalField(
                        decimal_places=4,
                        max_digits=5,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(1),
                        ],
                    ),
                ),
                (
                    "risk",
                    models.DecimalField(
                        decimal_places=4,
                        max_digits=5,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(1),
                        ],
                    ),
                ),
                ("impact_assessment", models.JSONField()),
                ("domain_details", models.JSONField(blank=True, null=True)),
                ("correlation_id", models.UUIDField(blank=True, null=True)),
                ("requested_by", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "tags",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), blank=True, null=True, size=None
                    ),
                ),
                (
                    "notes",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), blank=True, null=True, size=None
                    ),
                ),
            ],
            options={
                "db_table": "decisions",
                "ordering": ["-initiated_at"],
                "permissions": [("approve_decision", "Can approve or reject decisions")],
            },
        ),
        migrations.CreateModel(
            name="OrchestrationEvent",
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
                    "event_type",
                    models.CharField(
                        choices=[
                            ("decision_created", "Decision created"),
                            ("decision_transitioned", "Decision status changed"),
                            ("approval_requested", "Approval requested"),
                            ("approval_decided", "Approval decided"),
                            ("action_transitioned", "Action status changed"),
                            ("mode_activated", "Operating mode activated"),
                            ("system_alert", "System alert"),
                            ("external", "External event"),
                        ],
                        max_length=50,
                    ),
                ),
                ("source", models.CharField(max_length=100)),
                ("related_entity_id", models.UUIDField(blank=True, null=True)),
                (
                    "related_entity_type",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("decision", "Decision"),
                            ("action", "Action"),
                            ("approval", "Approval"),
                            ("operating_mode", "Operating mode"),
                            ("passenger_journey", "Passenger journey"),
                            ("journey_intervention", "Journey intervention"),
                            ("sustainability_optimization", "Sustainability optimization"),
                            ("simulation_scenario", "Simulation scenario"),
                            ("prediction_model", "Prediction model"),
                            ("collaboration_session", "Collaboration session"),
                            ("crisis_scenario", "Crisis scenario"),
                            ("crisis_action", "Crisis action"),
                            ("crisis_communication", "Crisis communication"),
                            ("knowledge_item", "Knowledge item"),
                            ("governance_policy", "Governance policy"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("correlation_id", models.UUIDField(blank=True, null=True)),
                ("payload", models.JSONField()),
            ],
            options={
                "db_table": "orchestration_events",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="SystemState",
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
                ("autonomy_levels", models.JSONField()),
                ("key_metrics", models.JSONField()),
                ("active_processes", models.JSONField(blank=True, null=True)),
                ("situational_assessment", models.JSONField()),
                ("resource_status", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "system_states",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="ActionDependency",
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
                (
                    "dependency_type",
                    models.CharField(
                        choices=[
                            ("finish_to_start", "Must complete before the dependent starts"),
                            ("start_to_start", "Must start before the dependent starts"),
                            ("informs", "Informs (outcome feeds the dependent)"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "dependency_action",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="dependents",
                        to="orchestration.action",
                    ),
                ),
                (
                    "dependent_action",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="dependencies",
                        to="orchestration.action",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "action dependencies",
                "db_table": "action_dependencies",
                "ordering": ["created_at"],
            },
        ),
        migrations.CreateModel(
            name="Approval",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Pending"),
                            ("approved", "Approved"),
                            ("auto_approved", "Approved automatically"),
                            ("rejected", "Rejected"),
                            ("expired", "Expired"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="pending",
                        max_length=20,
                    ),
                ),
                ("approved_by", models.CharField(blank=True, max_length=100, null=True)),
                ("approved_at", models.DateTimeField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                ("expires_at", models.DateTimeField(blank=True, null=True)),
                (
                    "decision",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="approvals",
                        to="orchestration.decision",
                    ),
                ),
            ],
            options={
                "db_table": "approvals",
                "ordering": ["expires_at"],
            },
        ),
        migrations.AddField(
            model_name="action",
            name="decision",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="actions",
                to="orchestration.decision",
            ),
        ),
        migrations.CreateModel(
            name="DecisionDependency",
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
                (
                    "dependency_type",
                    models.CharField(
                        choices=[
                            ("finish_to_start", "Must complete before the dependent starts"),
                            ("start_to_start", "Must start before the dependent starts"),
                            ("informs", "Informs (outcome feeds the dependent)"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "dependency_decision",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="dependents",
                        to="orchestration.decision",
                    ),
                ),
                (
                    "dependent_decision",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="dependencies",
                        to="orchestration.decision",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "decision dependencies",
                "db_table": "decision_dependencies",
                "ordering": ["created_at"],
            },
        ),
        migrations.CreateModel(
            name="OperatingMode",
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
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "priority_weights",
                    models.JSONField(validators=[orchestration.schemas.PriorityWeightsValidator()]),
                ),
                (
                    "decision_thresholds",
                    models.JSONField(validators=[orchestration.schemas.DecisionThresholdsValidator()]),
                ),
                ("activation_criteria", models.JSONField(blank=True, null=True)),
                ("constraints", models.JSONField(blank=True, null=True)),
                ("is_active", models.BooleanField(db_default=False, default=False, null=True)),
            ],
            options={
                "db_table": "operating_modes",
                "ordering": ["name"],
                "indexes": [models.Index(fields=["is_active"], name="idx_operating_modes_active")],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("deleted_at__isnull", True), ("is_active", True)),
                        fields=("is_active",),
                        name="operating_modes_single_active",
                        violation_error_message="another operating mode is already active; activate this one through its activate action",
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="decision",
            name="operating_mode",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="decisions",
                to="orchestration.operatingmode",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="increment_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.version := OLD.version + 1; RETURN NEW;",
                    hash="66014a424f89cde6392c3de4b915bc70eb12e137",
                    operation="UPDATE",
                    pgid="pgtrigger_increment_version_3a560",
                    table="operating_modes",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="08d437f5e4dd82d7414b088416ac1a6d41adbdfe",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_6b843",
                    table="operating_modes",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="orchestrationevent",
            index=models.Index(fields=["event_type"], name="idx_orchestration_events_type"),
        ),
        migrations.AddIndex(
            model_name="orchestrationevent",
            index=models.Index(
                fields=["related_entity_id", "related_entity_type"], name="idx_orchestration_events_entity"
            ),
        ),
        migrations.AddIndex(
            model_name="orchestrationevent",
            index=models.Index(fields=["correlation_id"], name="idx_orchestration_events_correlation"),
        ),
        migrations.AddConstraint(
            model_name="orchestrationevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "event_type__in",
                        [
                            "decision_created",
                            "decision_transitioned",
                            "approval_requested",
                            "approval_decided",
                            "action_transitioned",
                            "mode_activated",
                            "system_alert",
                            "external",
                        ],
                    )
                ),
                name="orchestration_events_event_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="orchestrationevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "related_entity_type__in",
                        [
                            "decision",
                            "action",
                            "approval",
                            "operating_mode",
                            "passenger_journey",
                            "journey_intervention",
                            "sustainability_optimization",
                            "simulation_scenario",
                            "prediction_model",
                            "collaboration_session",
                            "crisis_scenario",
                            "crisis_action",
                            "crisis_communication",
                            "knowledge_item",
                            "governance_policy",
                        ],
                    )
                ),
                name="orchestration_events_related_entity_type_valid",
            ),
        ),
        migrations.AddField(
            model_name="systemstate",
            name="operating_mode",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="orchestration.operatingmode",
            ),
        ),
        migrations.AddIndex(
            model_name="actiondependency",
            index=models.Index(fields=["dependent_action"], name="idx_action_dependencies_dependent"),
        ),
        migrations.AddIndex(
            model_name="actiondependency",
            index=models.Index(fields=["dependency_action"], name="idx_action_dependencies_dependency"),
        ),
        migrations.AddConstraint(
            model_name="actiondependency",
            constraint=models.UniqueConstraint(
                fields=("dependent_action", "dependency_action"),
                name="action_dependencies_dependent_action_id_dependency_action_i_key",
                violation_error_message="this dependency already exists",
            ),
        ),
        migrations.AddConstraint(
            model_name="actiondependency",
            constraint=models.CheckConstraint(
                condition=models.Q(("dependent_action", models.F("dependency_action")), _negated=True),
                name="action_dependencies_not_self",
                violation_error_message="an action cannot depend on itself",
            ),
        ),
        migrations.AddConstraint(
            model_name="actiondependency",
            constraint=models.CheckConstraint(
                condition=models.Q(("dependency_type__in", ["finish_to_start", "start_to_start", "informs"])),
                name="action_dependencies_dependency_type_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="approval",
            index=models.Index(fields=["decision"], name="idx_approvals_decision_id"),
        ),
        migrations.AddConstraint(
            model_name="approval",
            constraint=models.UniqueConstraint(
                condition=models.Q(("deleted_at__isnull", True), ("status", "pending")),
                fields=("decision",),
                name="approvals_single_pending_per_decision",
                violation_error_message="this decision already has a pending approval",
            ),
        ),
        migrations.AddConstraint(
            model_name="approval",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "status__in",
                        ["pending", "approved", "auto_approved", "rejected", "expired", "cancelled"],
                    )
                ),
                name="approvals_status_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="a8bb7ed50f8af2ff72746f2e9f7c7c1137b73982",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_55080",
                    table="approvals",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="action",
            index=models.Index(fields=["decision"], name="idx_actions_decision_id"),
        ),
        migrations.AddIndex(
            model_name="action",
            index=models.Index(fields=["status"], name="idx_actions_status"),
        ),
        migrations.AddIndex(
            model_name="action",
            index=models.Index(fields=["domain"], name="idx_actions_domain"),
        ),
        migrations.AddConstraint(
            model_name="action",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "type__in",
                        [
                            "notify",
                            "reassign_resource",
                            "update_schedule",
                            "adjust_setpoint",
                            "dispatch",
                            "open_lane",
                            "close_lane",
                            "announce",
                            "other",
                        ],
                    )
                ),
                name="actions_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="action",
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
                name="actions_domain_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="action",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["pending", "running", "completed", "failed", "skipped", "cancelled"])
                ),
                name="actions_status_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="action",
            constraint=models.CheckConstraint(
                condition=models.Q(("execution_order__gte", 0)), name="actions_execution_order_range"
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="ec1713417f8279e31dd96f5a0928eeb651725382",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_ea6e5",
                    table="actions",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="decisiondependency",
            index=models.Index(fields=["dependent_decision"], name="idx_decision_dependencies_dependent"),
        ),
        migrations.AddIndex(
            model_name="decisiondependency",
            index=models.Index(fields=["dependency_decision"], name="idx_decision_dependencies_dependency"),
        ),
        migrations.AddConstraint(
            model_name="decisiondependency",
            constraint=models.UniqueConstraint(
                fields=("dependent_decision", "dependency_decision"),
                name="decision_dependencies_dependent_decision_id_dependency_deci_key",
                violation_error_message="this dependency already exists",
            ),
        ),
        migrations.AddConstraint(
            model_name="decisiondependency",
            constraint=models.CheckConstraint(
                condition=models.Q(("dependent_decision", models.F("dependency_decision")), _negated=True),
                name="decision_dependencies_not_self",
                violation_error_message="a decision cannot depend on itself",
            ),
        ),
        migrations.AddConstraint(
            model_name="decisiondependency",
            constraint=models.CheckConstraint(
                condition=models.Q(("dependency_type__in", ["finish_to_start", "start_to_start", "informs"])),
                name="decision_dependencies_dependency_type_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="decision",
            index=models.Index(fields=["status"], name="idx_decisions_status"),
        ),
        migrations.AddIndex(
            model_name="decision",
            index=models.Index(fields=["type"], name="idx_decisions_type"),
        ),
        migrations.AddIndex(
            model_name="decision",
            index=models.Index(fields=["correlation_id"], name="idx_decisions_correlation_id"),
        ),
        migrations.AddIndex(
            model_name="decision",
            index=models.Index(fields=["initiated_at"], name="idx_decisions_initiated_at"),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "type__in",
                        [
                            "gate_assignment",
                            "stand_allocation",
                            "resource_allocation",
                            "staffing",
                            "flight_schedule",
                            "passenger_flow",
                            "energy_management",
                            "maintenance",
                            "security",
                            "crisis_response",
                            "other",
                        ],
                    )
                ),
                name="decisions_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "status__in",
                        [
                            "proposed",
                            "pending_approval",
                            "approved",
                            "rejected",
                            "expired",
                            "executing",
                            "completed",
                            "failed",
                            "cancelled",
                        ],
                    )
                ),
                name="decisions_status_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(("priority__in", ["low", "medium", "high", "critical"])),
                name="decisions_priority_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(("confidence__gte", 0), ("confidence__lte", 1)),
                name="decisions_confidence_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(("risk__gte", 0), ("risk__lte", 1)), name="decisions_risk_range"
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="42fab791ae46ed879daf9c8e3e6b86918f3595c7",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_421f7",
                    table="decisions",
                    when="BEFORE",
                ),
            ),
        ),
        DatabaseOnDelete("actions", "decision_id", on_delete="CASCADE"),
        DatabaseOnDelete("decision_dependencies", "dependent_decision_id", on_delete="CASCADE"),
        DatabaseOnDelete("decision_dependencies", "dependency_decision_id", on_delete="CASCADE"),
        DatabaseOnDelete("action_dependencies", "dependent_action_id", on_delete="CASCADE"),
        DatabaseOnDelete("action_dependencies", "dependency_action_id", on_delete="CASCADE"),
        DatabaseOnDelete("approvals", "decision_id", on_delete="CASCADE"),
        CreateHypertable("system_states", time_column="timestamp", chunk_interval="1 day"),
        CreateHypertable("orchestration_events", time_column="timestamp", chunk_interval="1 day"),
    ]
