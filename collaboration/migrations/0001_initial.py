"""
Migration: collaboration 0001_initial

Description:  Spec section 4.5 Human-AI collaboration: sessions, artifacts, AI explanations, human feedback.
              Tables: ai_explanations, collaboration_artifacts, collaboration_sessions, human_feedback.
              Hypertables: none (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate collaboration zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.postgres.functions
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

import airport_platform.models.functions
from airport_platform.db.operations import DatabaseOnDelete


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("airport_platform", "0001_environment"),
    ]

    operations = [
        migrations.CreateModel(
            name="HumanFeedback",
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
                ("entity_id", models.UUIDField()),
                (
                    "entity_type",
                    models.CharField(
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
                    ),
                ),
                (
                    "feedback_type",
                    models.CharField(
                        choices=[
                            ("approval_reason", "Approval reason"),
                            ("rejection_reason", "Rejection reason"),
                            ("correction", "Correction"),
                            ("rating", "Rating"),
                            ("comment", "Comment"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "rating",
                    models.IntegerField(
                        blank=True,
                        help_text="1 to 5",
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(5),
                        ],
                    ),
                ),
                ("comments", models.TextField(blank=True, null=True)),
                ("provided_by", models.CharField(max_length=100)),
            ],
            options={
                "verbose_name_plural": "human feedback",
                "db_table": "human_feedback",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="AIExplanation",
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
                ("entity_id", models.UUIDField()),
                (
                    "entity_type",
                    models.CharField(
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
                    ),
                ),
                (
                    "explanation_format",
                    models.CharField(
                        choices=[
                            ("narrative", "Narrative text"),
                            ("feature_importance", "Feature importance"),
                            ("counterfactual", "Counterfactual"),
                            ("rule_trace", "Rule trace"),
                            ("visualization", "Visualization"),
                        ],
                        max_length=50,
                    ),
                ),
                ("content", models.TextField()),
                ("summary", models.TextField(blank=True, null=True)),
                (
                    "audience_level",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("general", "General"),
                            ("operator", "Operator"),
                            ("technical", "Technical"),
                            ("executive", "Executive"),
                            ("regulator", "Regulator"),
                        ],
                        db_default="general",
                        default="general",
                        max_length=20,
                        null=True,
                    ),
                ),
                (
                    "confidence_score",
                    models.DecimalField(
                        blank=True,
                        decimal_places=4,
                        max_digits=5,
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(1),
                        ],
                    ),
                ),
            ],
            options={
                "verbose_name": "AI explanation",
                "db_table": "ai_explanations",
                "ordering": ["-created_at"],
                "indexes": [
                    models.Index(fields=["entity_id", "entity_type"], name="idx_ai_explanations_entity"),
                    models.Index(fields=["explanation_format"], name="idx_ai_explanations_format"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "entity_type__in",
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
                        name="ai_explanations_entity_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "explanation_format__in",
                                [
                                    "narrative",
                                    "feature_importance",
                                    "counterfactual",
                                    "rule_trace",
                                    "visualization",
                                ],
                            )
                        ),
                        name="ai_explanations_explanation_format_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "audience_level__in",
                                ["general", "operator", "technical", "executive", "regulator"],
                            )
                        ),
                        name="ai_explanations_audience_level_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("confidence_score__gte", 0), ("confidence_score__lte", 1)),
                        name="ai_explanations_confidence_score_range",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="CollaborationSession",
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
                    "session_type",
                    models.CharField(
                        choices=[
                            ("decision_review", "Decision review"),
                            ("incident_response", "Incident response"),
                            ("operations_planning", "Operations planning"),
                            ("simulation_review", "Simulation review"),
                            ("training", "Training"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("active", "Active"),
                            ("paused", "Paused"),
                            ("completed", "Completed"),
                            ("abandoned", "Abandoned"),
                        ],
                        default="active",
                        max_length=20,
                    ),
                ),
                (
                    "started_at",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        null=True,
                    ),
                ),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                ("initiated_by", models.CharField(blank=True, max_length=100, null=True)),
                ("participants", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
                ("workspace_data", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "collaboration_sessions",
                "ordering": ["-started_at"],
                "indexes": [
                    models.Index(fields=["status"], name="idx_collaboration_sessions_status"),
                    models.Index(fields=["session_type"], name="idx_collaboration_sessions_type"),
                    models.Index(fields=["started_at", "ended_at"], name="idx_collaboration_sessions_times"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "session_type__in",
                                [
                                    "decision_review",
                                    "incident_response",
                                    "operations_planning",
                                    "simulation_review",
                                    "training",
                                ],
                            )
                        ),
                        name="collaboration_sessions_session_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["active", "paused", "completed", "abandoned"])),
                        name="collaboration_sessions_status_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="CollaborationArtifact",
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
                    "artifact_type",
                    models.CharField(
                        choices=[
                            ("note", "Note"),
                            ("annotation", "Annotation"),
                            ("plan", "Plan"),
                            ("decision_draft", "Decision draft"),
                            ("whiteboard", "Whiteboard"),
                            ("report", "Report"),
                        ],
                        max_length=50,
                    ),
                ),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                ("content", models.JSONField()),
                (
                    "session",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="artifacts",
                        to="collaboration.collaborationsession",
                    ),
                ),
            ],
            options={
                "db_table": "collaboration_artifacts",
                "ordering": ["-created_at"],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="5741724f313b00d7f4affc2a39c07efad54d1b94",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_cc708",
                    table="collaboration_sessions",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="humanfeedback",
            index=models.Index(fields=["entity_id", "entity_type"], name="idx_human_feedback_entity"),
        ),
        migrations.AddIndex(
            model_name="humanfeedback",
            index=models.Index(fields=["feedback_type"], name="idx_human_feedback_type"),
        ),
        migrations.AddConstraint(
            model_name="humanfeedback",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "entity_type__in",
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
                name="human_feedback_entity_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="humanfeedback",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "feedback_type__in",
                        ["approval_reason", "rejection_reason", "correction", "rating", "comment"],
                    )
                ),
                name="human_feedback_feedback_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="humanfeedback",
            constraint=models.CheckConstraint(
                condition=models.Q(("rating__gte", 1), ("rating__lte", 5)), name="human_feedback_rating_range"
            ),
        ),
        migrations.AddIndex(
            model_name="collaborationartifact",
            index=models.Index(fields=["session"], name="idx_collaboration_artifacts_session"),
        ),
        migrations.AddIndex(
            model_name="collaborationartifact",
            index=models.Index(fields=["artifact_type"], name="idx_collaboration_artifacts_type"),
        ),
        migrations.AddConstraint(
            model_name="collaborationartifact",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "artifact_type__in",
                        ["note", "annotation", "plan", "decision_draft", "whiteboard", "report"],
                    )
                ),
                name="collaboration_artifacts_artifact_type_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="increment_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.version := OLD.version + 1; RETURN NEW;",
                    hash="8305c3611c1b470588a3214f754c7bb3eea86003",
                    operation="UPDATE",
                    pgid="pgtrigger_increment_version_353b2",
                    table="collaboration_artifacts",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="77175c3cceb5d9cd59795965f0c580271096c812",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_44d00",
                    table="collaboration_artifacts",
                    when="BEFORE",
                ),
            ),
        ),
        DatabaseOnDelete("collaboration_artifacts", "session_id", on_delete="CASCADE"),
    ]
