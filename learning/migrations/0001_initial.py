"""
Migration: learning 0001_initial

Description:  Spec section 4.7 Learning transfer: knowledge items, applications and sources; learning metrics as a hypertable.
              Tables: knowledge_applications, knowledge_items, knowledge_sources, learning_metrics.
              Hypertables: learning_metrics (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate learning zero`): hypertables are copied back into plain tables first.
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
    ]

    operations = [
        migrations.CreateModel(
            name="KnowledgeSource",
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
                    "source_type",
                    models.CharField(
                        choices=[
                            ("operational_data", "Operational data"),
                            ("simulation", "Simulation"),
                            ("expert", "Domain expert"),
                            ("incident_report", "Incident report"),
                            ("research", "External research"),
                            ("ml_model", "Machine-learning model"),
                        ],
                        max_length=50,
                    ),
                ),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "reliability_score",
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
                ("metadata", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "knowledge_sources",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="LearningMetric",
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
                            ("transfer_success_rate", "Transfer success rate"),
                            ("knowledge_reuse", "Knowledge reuse count"),
                            ("validation_rate", "Validation rate"),
                            ("model_improvement", "Model improvement"),
                            ("time_to_adoption", "Time to adoption (days)"),
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
                ("value", models.DecimalField(decimal_places=4, max_digits=10)),
                ("context", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "learning_metrics",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="KnowledgeItem",
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
                    "item_type",
                    models.CharField(
                        choices=[
                            ("pattern", "Pattern"),
                            ("rule", "Rule"),
                            ("model_insight", "Model insight"),
                            ("best_practice", "Best practice"),
                            ("lesson_learned", "Lesson learned"),
                            ("heuristic", "Heuristic"),
                        ],
                        max_length=50,
                    ),
                ),
                ("title", models.CharField(max_length=200)),
                ("description", models.TextField(blank=True, null=True)),
                ("content", models.JSONField()),
                (
                    "source_domain",
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
                ("source_context", models.JSONField(blank=True, null=True)),
                (
                    "applicable_domains",
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
                (
                    "validation_status",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("unvalidated", "Unvalidated"),
                            ("under_review", "Under review"),
                            ("validated", "Validated"),
                            ("rejected", "Rejected"),
                            ("deprecated", "Deprecated"),
                        ],
                        db_default="unvalidated",
                        default="unvalidated",
                        max_length=20,
                        null=True,
                    ),
                ),
                (
                    "tags",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), blank=True, null=True, size=None
                    ),
                ),
            ],
            options={
                "db_table": "knowledge_items",
                "ordering": ["title"],
                "indexes": [
                    models.Index(fields=["item_type"], name="idx_knowledge_items_type"),
                    models.Index(fields=["validation_status"], name="idx_knowledge_items_validation"),
                    models.Index(fields=["source_domain"], name="idx_knowledge_items_source"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "item_type__in",
                                [
                                    "pattern",
                                    "rule",
                                    "model_insight",
                                    "best_practice",
                                    "lesson_learned",
                                    "heuristic",
                                ],
                            )
                        ),
                        name="knowledge_items_item_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "source_domain__in",
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
                        name="knowledge_items_source_domain_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "applicable_domains__contained_by",
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
                        name="knowledge_items_applicable_domains_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("confidence_score__gte", 0), ("confidence_score__lte", 1)),
                        name="knowledge_items_confidence_score_range",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "validation_status__in",
                                ["unvalidated", "under_review", "validated", "rejected", "deprecated"],
                            )
                        ),
                        name="knowledge_items_validation_status_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="KnowledgeApplication",
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
                    "target_domain",
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
                ("target_context", models.JSONField()),
                (
                    "application_timestamp",
                    models.DateTimeField(
                        db_default=airport_platform.models.functions.Now(),
                        default=django.utils.timezone.now,
                        null=True,
                    ),
                ),
                (
                    "success_rating",
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
                ("adaptation_details", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "knowledge_item",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="applications",
                        to="learning.knowledgeitem",
                    ),
                ),
            ],
            options={
                "db_table": "knowledge_applications",
                "ordering": ["-application_timestamp"],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="increment_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.version := OLD.version + 1; RETURN NEW;",
                    hash="7e30be1f76447e1dca32e9b9bf52a696d6cfa071",
                    operation="UPDATE",
                    pgid="pgtrigger_increment_version_9b7f7",
                    table="knowledge_items",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="d29cefd47c29c7cb2f2429c4ab2d462de6ed22a1",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_e621d",
                    table="knowledge_items",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="knowledgesource",
            index=models.Index(fields=["source_type"], name="idx_knowledge_sources_type"),
        ),
        migrations.AddConstraint(
            model_name="knowledgesource",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "source_type__in",
                        [
                            "operational_data",
                            "simulation",
                            "expert",
                            "incident_report",
                            "research",
                            "ml_model",
                        ],
                    )
                ),
                name="knowledge_sources_source_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="knowledgesource",
            constraint=models.CheckConstraint(
                condition=models.Q(("reliability_score__gte", 0), ("reliability_score__lte", 1)),
                name="knowledge_sources_reliability_score_range",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="225d5830e3b5a8c88c04c16ea5bb2f78611039cd",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_5d947",
                    table="knowledge_sources",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="learningmetric",
            index=models.Index(fields=["metric_type"], name="idx_learning_metrics_type"),
        ),
        migrations.AddIndex(
            model_name="learningmetric",
            index=models.Index(fields=["domain"], name="idx_learning_metrics_domain"),
        ),
        migrations.AddConstraint(
            model_name="learningmetric",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "metric_type__in",
                        [
                            "transfer_success_rate",
                            "knowledge_reuse",
                            "validation_rate",
                            "model_improvement",
                            "time_to_adoption",
                        ],
                    )
                ),
                name="learning_metrics_metric_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="learningmetric",
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
                name="learning_metrics_domain_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="knowledgeapplication",
            index=models.Index(fields=["knowledge_item"], name="idx_knowledge_applications_item"),
        ),
        migrations.AddIndex(
            model_name="knowledgeapplication",
            index=models.Index(fields=["target_domain"], name="idx_knowledge_applications_domain"),
        ),
        migrations.AddIndex(
            model_name="knowledgeapplication",
            index=models.Index(fields=["application_timestamp"], name="idx_knowledge_applications_timestamp"),
        ),
        migrations.AddConstraint(
            model_name="knowledgeapplication",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "target_domain__in",
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
                name="knowledge_applications_target_domain_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="knowledgeapplication",
            constraint=models.CheckConstraint(
                condition=models.Q(("success_rating__gte", 1), ("success_rating__lte", 5)),
                name="knowledge_applications_success_rating_range",
            ),
        ),
        CreateHypertable("learning_metrics", time_column="timestamp", chunk_interval="30 days"),
    ]
