"""
Migration: passenger 0001_initial

Description:  Spec section 4.2 Passenger experience: journeys, interventions; touchpoints and experience metrics as hypertables; PostGIS positions.
              Tables: experience_metrics, journey_interventions, journey_touchpoints, passenger_journeys.
              Hypertables: experience_metrics, journey_touchpoints (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate passenger zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.gis.db.models.fields
import django.contrib.postgres.fields
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
            name="ExperienceMetric",
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
                            ("wait_time", "Wait time (minutes)"),
                            ("queue_length", "Queue length (passengers)"),
                            ("satisfaction", "Satisfaction (0-5)"),
                            ("net_promoter_score", "Net promoter score"),
                            ("dwell_time", "Dwell time (minutes)"),
                            ("walking_distance", "Walking distance (metres)"),
                            ("complaint_rate", "Complaint rate"),
                        ],
                        max_length=50,
                    ),
                ),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "passenger_type",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("standard", "Standard"),
                            ("business", "Business"),
                            ("first", "First class"),
                            ("family", "Family"),
                            ("reduced_mobility", "Reduced mobility (PRM)"),
                            ("unaccompanied_minor", "Unaccompanied minor"),
                            ("transfer", "Transfer"),
                            ("crew", "Crew"),
                            ("vip", "VIP"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("value", models.DecimalField(decimal_places=4, max_digits=10)),
                (
                    "sample_size",
                    models.IntegerField(
                        blank=True, null=True, validators=[django.core.validators.MinValueValidator(0)]
                    ),
                ),
                (
                    "aggregation_period",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("minute", "Minute"),
                            ("quarter_hour", "15 minutes"),
                            ("hour", "Hour"),
                            ("day", "Day"),
                            ("week", "Week"),
                            ("month", "Month"),
                        ],
                        max_length=20,
                        null=True,
                    ),
                ),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "experience_metrics",
                "ordering": ["-timestamp"],
                "indexes": [
                    models.Index(fields=["metric_type"], name="idx_experience_metrics_type"),
                    models.Index(fields=["location"], name="idx_experience_metrics_location"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "metric_type__in",
                                [
                                    "wait_time",
                                    "queue_length",
                                    "satisfaction",
                                    "net_promoter_score",
                                    "dwell_time",
                                    "walking_distance",
                                    "complaint_rate",
                                ],
                            )
                        ),
                        name="experience_metrics_metric_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "passenger_type__in",
                                [
                                    "standard",
                                    "business",
                                    "first",
                                    "family",
                                    "reduced_mobility",
                                    "unaccompanied_minor",
                                    "transfer",
                                    "crew",
                                    "vip",
                                ],
                            )
                        ),
                        name="experience_metrics_passenger_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("sample_size__gte", 0)),
                        name="experience_metrics_sample_size_range",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "aggregation_period__in",
                                ["minute", "quarter_hour", "hour", "day", "week", "month"],
                            )
                        ),
                        name="experience_metrics_aggregation_period_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="JourneyIntervention",
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
                ("created_by", models.CharField(blank=True, editable=False, max_length=100, null=True)),
                ("updated_by", models.CharField(blank=True, editable=False, max_length=100, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "intervention_type",
                    models.CharField(
                        choices=[
                            ("notification", "Notification"),
                            ("rerouting", "Rerouting"),
                            ("fast_track", "Fast track"),
                            ("rebooking", "Rebooking"),
                            ("assistance", "Assistance"),
                            ("queue_balancing", "Queue balancing"),
                            ("compensation", "Compensation voucher"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "affected_journeys",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.UUIDField(), blank=True, null=True, size=None
                    ),
                ),
                ("execution_method", models.JSONField()),
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
                    "status",
                    models.CharField(
                        choices=[
                            ("planned", "Planned"),
                            ("scheduled", "Scheduled"),
                            ("executing", "Executing"),
                            ("completed", "Completed"),
                            ("failed", "Failed"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="planned",
                        max_length=20,
                    ),
                ),
                ("scheduled_for", models.DateTimeField(blank=True, null=True)),
                ("executed_at", models.DateTimeField(blank=True, null=True)),
                ("expected_impact", models.JSONField(blank=True, null=True)),
                ("actual_impact", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "journey_interventions",
                "ordering": ["-created_at"],
                "indexes": [
                    models.Index(fields=["status"], name="idx_journey_interventions_status"),
                    models.Index(fields=["intervention_type"], name="idx_journey_interventions_type"),
                    models.Index(fields=["scheduled_for"], name="idx_journey_interventions_scheduled"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "intervention_type__in",
                                [
                                    "notification",
                                    "rerouting",
                                    "fast_track",
                                    "rebooking",
                                    "assistance",
                                    "queue_balancing",
                                    "compensation",
                                ],
                            )
                        ),
                        name="journey_interventions_intervention_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("priority__in", ["low", "medium", "high", "critical"])),
                        name="journey_interventions_priority_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "status__in",
                                ["planned", "scheduled", "executing", "completed", "failed", "cancelled"],
                            )
                        ),
                        name="journey_interventions_status_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="PassengerJourney",
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
                ("passenger_id", models.UUIDField(blank=True, null=True)),
                (
                    "journey_status",
                    models.CharField(
                        choices=[
                            ("planned", "Planned"),
                            ("in_progress", "In progress"),
                            ("disrupted", "Disrupted"),
                            ("completed", "Completed"),
                            ("cancelled", "Cancelled"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "passenger_type",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("standard", "Standard"),
                            ("business", "Business"),
                            ("first", "First class"),
                            ("family", "Family"),
                            ("reduced_mobility", "Reduced mobility (PRM)"),
                            ("unaccompanied_minor", "Unaccompanied minor"),
                            ("transfer", "Transfer"),
                            ("crew", "Crew"),
                            ("vip", "VIP"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("start_time", models.DateTimeField(blank=True, null=True)),
                ("end_time", models.DateTimeField(blank=True, null=True)),
                ("current_location", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "current_stage",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("arrival_at_airport", "Arrival at airport"),
                            ("check_in", "Check-in"),
                            ("bag_drop", "Bag drop"),
                            ("security", "Security"),
                            ("passport_control", "Passport control"),
                            ("airside_dwell", "Airside dwell"),
                            ("boarding", "Boarding"),
                            ("departed", "Departed"),
                            ("deplaning", "Deplaning"),
                            ("immigration", "Immigration"),
                            ("baggage_claim", "Baggage claim"),
                            ("exited", "Exited"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                ("personalization_profile", models.JSONField(blank=True, null=True)),
                ("associated_flights", models.JSONField(blank=True, null=True)),
                ("satisfaction_metrics", models.JSONField(blank=True, null=True)),
                ("is_active", models.BooleanField(db_default=True, default=True, null=True)),
                (
                    "current_position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
            ],
            options={
                "db_table": "passenger_journeys",
                "ordering": ["-start_time"],
                "indexes": [
                    models.Index(fields=["journey_status"], name="idx_passenger_journeys_status"),
                    models.Index(fields=["is_active"], name="idx_passenger_journeys_active"),
                    models.Index(fields=["start_time", "end_time"], name="idx_passenger_journeys_times"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "journey_status__in",
                                ["planned", "in_progress", "disrupted", "completed", "cancelled"],
                            )
                        ),
                        name="passenger_journeys_journey_status_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "passenger_type__in",
                                [
                                    "standard",
                                    "business",
                                    "first",
                                    "family",
                                    "reduced_mobility",
                                    "unaccompanied_minor",
                                    "transfer",
                                    "crew",
                                    "vip",
                                ],
                            )
                        ),
                        name="passenger_journeys_passenger_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "current_stage__in",
                                [
                                    "arrival_at_airport",
                                    "check_in",
                                    "bag_drop",
                                    "security",
                                    "passport_control",
                                    "airside_dwell",
                                    "boarding",
                                    "departed",
                                    "deplaning",
                                    "immigration",
                                    "baggage_claim",
                                    "exited",
                                ],
                            )
                        ),
                        name="passenger_journeys_current_stage_valid",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="JourneyTouchpoint",
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
                    "touchpoint_type",
                    models.CharField(
                        choices=[
                            ("check_in_kiosk", "Check-in kiosk"),
                            ("check_in_desk", "Check-in desk"),
                            ("bag_drop", "Bag drop"),
                            ("security_lane", "Security lane"),
                            ("passport_egate", "Passport e-gate"),
                            ("lounge", "Lounge"),
                            ("retail", "Retail"),
                            ("wayfinding", "Wayfinding"),
                            ("help_desk", "Help desk"),
                            ("gate", "Gate"),
                            ("boarding", "Boarding"),
                            ("baggage_claim", "Baggage claim"),
                        ],
                        max_length=50,
                    ),
                ),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                ("timestamp", models.DateTimeField()),
                (
                    "duration_seconds",
                    models.IntegerField(
                        blank=True, null=True, validators=[django.core.validators.MinValueValidator(0)]
                    ),
                ),
                (
                    "outcome",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("success", "Success"),
                            ("delayed", "Delayed"),
                            ("failed", "Failed"),
                            ("redirected", "Redirected"),
                            ("abandoned", "Abandoned"),
                        ],
                        max_length=50,
                        null=True,
                    ),
                ),
                (
                    "satisfaction_score",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="0 (very poor) to 5 (excellent)",
                        max_digits=3,
                        null=True,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(5),
                        ],
                    ),
                ),
                ("metrics", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
                (
                    "journey",
                    models.ForeignKey(
                        db_index=False,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="touchpoints",
                        to="passenger.passengerjourney",
                    ),
                ),
            ],
            options={
                "db_table": "journey_touchpoints",
                "ordering": ["-timestamp"],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="d18de8828f61ff0e402562ab5b444050feed3587",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_c2579",
                    table="passenger_journeys",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="journeytouchpoint",
            index=models.Index(fields=["journey"], name="idx_journey_touchpoints_journey_id"),
        ),
        migrations.AddConstraint(
            model_name="journeytouchpoint",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "touchpoint_type__in",
                        [
                            "check_in_kiosk",
                            "check_in_desk",
                            "bag_drop",
                            "security_lane",
                            "passport_egate",
                            "lounge",
                            "retail",
                            "wayfinding",
                            "help_desk",
                            "gate",
                            "boarding",
                            "baggage_claim",
                        ],
                    )
                ),
                name="journey_touchpoints_touchpoint_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="journeytouchpoint",
            constraint=models.CheckConstraint(
                condition=models.Q(("duration_seconds__gte", 0)),
                name="journey_touchpoints_duration_seconds_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="journeytouchpoint",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("outcome__in", ["success", "delayed", "failed", "redirected", "abandoned"])
                ),
                name="journey_touchpoints_outcome_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="journeytouchpoint",
            constraint=models.CheckConstraint(
                condition=models.Q(("satisfaction_score__gte", 0), ("satisfaction_score__lte", 5)),
                name="journey_touchpoints_satisfaction_score_range",
            ),
        ),
        DatabaseOnDelete("journey_touchpoints", "journey_id", on_delete="CASCADE"),
        CreateHypertable("journey_touchpoints", time_column="timestamp", chunk_interval="1 day"),
        CreateHypertable("experience_metrics", time_column="timestamp", chunk_interval="7 days"),
    ]
