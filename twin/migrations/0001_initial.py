"""
Migration: twin 0001_initial

Description:  Spec section 4.4 Predictive airport twin: simulation scenarios and interventions, prediction models; simulation states and prediction accuracy as hypertables.
              Tables: prediction_accuracy, prediction_models, simulation_interventions, simulation_scenarios, simulation_states.
              Hypertables: prediction_accuracy, simulation_states (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate twin zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.postgres.fields.ranges
import django.contrib.postgres.functions
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

import airport_platform.models.functions
from airport_platform.db.operations import CreateHypertable, DatabaseOnDelete


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("airport_platform", "0001_environment"),
    ]

    operations = [
        migrations.CreateModel(
            name="SimulationIntervention",
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
                    "intervention_type",
                    models.CharField(
                        choices=[
                            ("gate_change", "Gate change"),
                            ("staffing_change", "Staffing change"),
                            ("runway_closure", "Runway closure"),
                            ("schedule_change", "Schedule change"),
                            ("passenger_flow_change", "Passenger flow change"),
                            ("weather_event", "Weather event"),
                            ("equipment_failure", "Equipment failure"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField()),
                ("simulation_time", models.DateTimeField()),
                ("impact_assessment", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "simulation_interventions",
                "ordering": ["scenario_id", "simulation_time"],
            },
        ),
        migrations.CreateModel(
            name="SimulationScenario",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                ("base_timestamp", models.DateTimeField()),
                (
                    "duration_minutes",
                    models.IntegerField(validators=[django.core.validators.MinValueValidator(1)]),
                ),
                ("parameters", models.JSONField()),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("queued", "Queued"),
                            ("running", "Running"),
                            ("completed", "Completed"),
                            ("failed", "Failed"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="draft",
                        max_length=20,
                    ),
                ),
                ("is_template", models.BooleanField(db_default=False, default=False, null=True)),
            ],
            options={
                "db_table": "simulation_scenarios",
                "ordering": ["-base_timestamp"],
            },
        ),
        migrations.CreateModel(
            name="SimulationState",
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
                ("timestamp", models.DateTimeField(help_text="Wall-clock time the snapshot was recorded")),
                ("simulation_time", models.DateTimeField(help_text="Time inside the simulated airport")),
                ("state_data", models.JSONField()),
                ("metrics", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "simulation_states",
                "ordering": ["scenario_id", "simulation_time"],
            },
        ),
        migrations.CreateModel(
            name="PredictionModel",
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
                ("name", models.CharField(max_length=100)),
                (
                    "model_type",
                    models.CharField(
                        choices=[
                            ("time_series", "Time series forecast"),
                            ("regression", "Regression"),
                            ("classification", "Classification"),
                            ("gradient_boosting", "Gradient boosting"),
                            ("neural_network", "Neural network"),
                            ("ensemble", "Ensemble"),
                            ("agent_based", "Agent-based simulation"),
                        ],
                        max_length=50,
                    ),
                ),
                ("version", models.CharField(max_length=20)),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField(blank=True, null=True)),
                (
                    "training_data_range",
                    django.contrib.postgres.fields.ranges.DateTimeRangeField(blank=True, null=True),
                ),
                ("accuracy_metrics", models.JSONField(blank=True, null=True)),
                ("last_updated", models.DateTimeField(blank=True, null=True)),
                ("is_active", models.BooleanField(db_default=True, default=True, null=True)),
            ],
            options={
                "db_table": "prediction_models",
                "ordering": ["name", "version"],
                "indexes": [
                    models.Index(fields=["model_type"], name="idx_prediction_models_type"),
                    models.Index(fields=["is_active"], name="idx_prediction_models_active"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "model_type__in",
                                [
                                    "time_series",
                                    "regression",
                                    "classification",
                                    "gradient_boosting",
                                    "neural_network",
                                    "ensemble",
                                    "agent_based",
                                ],
                            )
                        ),
                        name="prediction_models_model_type_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="PredictionAccuracy",
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
                ("prediction_timestamp", models.DateTimeField()),
                ("prediction_target", models.CharField(max_length=100)),
                ("predicted_value", models.JSONField()),
                ("actual_value", models.JSONField(blank=True, null=True)),
                ("error_metrics", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "model",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="accuracy_records",
                        to="twin.predictionmodel",
                    ),
                ),
            ],
            options={
                "verbose_name_plural": "prediction accuracy",
                "db_table": "prediction_accuracy",
                "ordering": ["-prediction_timestamp"],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="74c6fb822ac1ac3eabdf532b17c13937509377a1",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_a60c7",
                    table="prediction_models",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="simulationscenario",
            index=models.Index(fields=["status"], name="idx_simulation_scenarios_status"),
        ),
        migrations.AddIndex(
            model_name="simulationscenario",
            index=models.Index(fields=["is_template"], name="idx_simulation_scenarios_template"),
        ),
        migrations.AddConstraint(
            model_name="simulationscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(("duration_minutes__gte", 1)),
                name="simulation_scenarios_duration_minutes_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="simulationscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["draft", "queued", "running", "completed", "failed", "cancelled"])
                ),
                name="simulation_scenarios_status_valid",
            ),
        ),
        migrations.AddField(
            model_name="simulationintervention",
            name="scenario",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="interventions",
                to="twin.simulationscenario",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="bce3745d866e0d21811a49b553923d49f093de5a",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_8b736",
                    table="simulation_scenarios",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddField(
            model_name="simulationstate",
            name="scenario",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="states",
                to="twin.simulationscenario",
            ),
        ),
        migrations.AddIndex(
            model_name="predictionaccuracy",
            index=models.Index(fields=["model"], name="idx_prediction_accuracy_model"),
        ),
        migrations.AddIndex(
            model_name="predictionaccuracy",
            index=models.Index(fields=["prediction_target"], name="idx_prediction_accuracy_target"),
        ),
        migrations.AddIndex(
            model_name="simulationintervention",
            index=models.Index(fields=["scenario"], name="idx_simulation_interventions_scenario"),
        ),
        migrations.AddIndex(
            model_name="simulationintervention",
            index=models.Index(fields=["intervention_type"], name="idx_simulation_interventions_type"),
        ),
        migrations.AddConstraint(
            model_name="simulationintervention",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "intervention_type__in",
                        [
                            "gate_change",
                            "staffing_change",
                            "runway_closure",
                            "schedule_change",
                            "passenger_flow_change",
                            "weather_event",
                            "equipment_failure",
                        ],
                    )
                ),
                name="simulation_interventions_intervention_type_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="simulationstate",
            index=models.Index(fields=["scenario"], name="idx_simulation_states_scenario"),
        ),
        DatabaseOnDelete("simulation_states", "scenario_id", on_delete="CASCADE"),
        DatabaseOnDelete("simulation_interventions", "scenario_id", on_delete="CASCADE"),
        DatabaseOnDelete("prediction_accuracy", "model_id", on_delete="CASCADE"),
        CreateHypertable("simulation_states", time_column="simulation_time", chunk_interval="7 days"),
        CreateHypertable("prediction_accuracy", time_column="prediction_timestamp", chunk_interval="7 days"),
    ]
