"""
Migration: sustainability 0001_initial

Description:  Spec section 4.3 Sustainability: optimizations; sustainability metrics, resource consumption and carbon accounting as hypertables.
              Tables: carbon_accounting, resource_consumption, sustainability_metrics, sustainability_optimizations.
              Hypertables: carbon_accounting, resource_consumption, sustainability_metrics (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate sustainability zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.postgres.fields
import django.contrib.postgres.functions
import django.core.validators
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
            name="ResourceConsumption",
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
                    "resource_type",
                    models.CharField(
                        choices=[
                            ("electricity", "Electricity"),
                            ("natural_gas", "Natural gas"),
                            ("jet_fuel", "Jet fuel"),
                            ("diesel", "Diesel"),
                            ("water", "Water"),
                            ("district_heating", "District heating"),
                            ("district_cooling", "District cooling"),
                            ("waste", "Waste"),
                        ],
                        max_length=50,
                    ),
                ),
                ("location", models.CharField(max_length=100)),
                (
                    "consumption_value",
                    models.DecimalField(
                        decimal_places=5,
                        max_digits=15,
                        validators=[django.core.validators.MinValueValidator(0)],
                    ),
                ),
                ("unit", models.CharField(max_length=20)),
                ("associated_activity", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "carbon_equivalent",
                    models.DecimalField(blank=True, decimal_places=5, max_digits=15, null=True),
                ),
                ("cost", models.DecimalField(blank=True, decimal_places=2, max_digits=10, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "verbose_name_plural": "resource consumption",
                "db_table": "resource_consumption",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="SustainabilityMetric",
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
                            ("energy_use", "Energy use"),
                            ("renewable_share", "Renewable share"),
                            ("carbon_intensity", "Carbon intensity"),
                            ("water_use", "Water use"),
                            ("waste_diversion", "Waste diverted from landfill"),
                            ("noise_level", "Noise level"),
                            ("air_quality_index", "Air quality index"),
                        ],
                        max_length=50,
                    ),
                ),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                ("value", models.DecimalField(decimal_places=5, max_digits=15)),
                ("unit", models.CharField(max_length=20)),
                ("source", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "comparison_to_baseline",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True),
                ),
                (
                    "trend",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("improving", "Improving"),
                            ("stable", "Stable"),
                            ("worsening", "Worsening"),
                        ],
                        max_length=20,
                        null=True,
                    ),
                ),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "sustainability_metrics",
                "ordering": ["-timestamp"],
            },
        ),
        migrations.CreateModel(
            name="SustainabilityOptimization",
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
                (
                    "optimization_type",
                    models.CharField(
                        choices=[
                            ("load_shifting", "Load shifting"),
                            ("demand_response", "Demand response"),
                            ("hvac_setpoint", "HVAC setpoint"),
                            ("lighting_schedule", "Lighting schedule"),
                            ("fleet_electrification", "Fleet electrification"),
                            ("waste_reduction", "Waste reduction"),
                            ("water_reuse", "Water reuse"),
                        ],
                        max_length=50,
                    ),
                ),
                ("target_area", models.CharField(max_length=100)),
                (
                    "target_resource",
                    models.CharField(
                        choices=[
                            ("electricity", "Electricity"),
                            ("natural_gas", "Natural gas"),
                            ("jet_fuel", "Jet fuel"),
                            ("diesel", "Diesel"),
                            ("water", "Water"),
                            ("district_heating", "District heating"),
                            ("district_cooling", "District cooling"),
                            ("waste", "Waste"),
                        ],
                        max_length=50,
                    ),
                ),
                (
                    "target_reduction",
                    models.DecimalField(
                        decimal_places=4,
                        help_text="Fraction of the baseline to save, 0 to 1",
                        max_digits=5,
                        validators=[
                            django.core.validators.MinValueValidator(0),
                            django.core.validators.MaxValueValidator(1),
                        ],
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("proposed", "Proposed"),
                            ("approved", "Approved"),
                            ("active", "Active"),
                            ("completed", "Completed"),
                            ("cancelled", "Cancelled"),
                            ("failed", "Failed"),
                        ],
                        default="proposed",
                        max_length=20,
                    ),
                ),
                ("constraints", models.JSONField(blank=True, null=True)),
                (
                    "allowed_interventions",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), blank=True, null=True, size=None
                    ),
                ),
                ("start_time", models.DateTimeField(blank=True, null=True)),
                ("end_time", models.DateTimeField(blank=True, null=True)),
                ("estimated_impact", models.JSONField(blank=True, null=True)),
                ("actual_impact", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "sustainability_optimizations",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="CarbonAccounting",
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
                ("timestamp", models.DateTimeField()),
                (
                    "source_type",
                    models.CharField(
                        choices=[
                            ("scope1_stationary", "Scope 1: stationary combustion"),
                            ("scope1_vehicles", "Scope 1: airport vehicles"),
                            ("scope2_electricity", "Scope 2: purchased electricity"),
                            ("scope2_heat", "Scope 2: purchased heat/cooling"),
                            ("scope3_aircraft_lto", "Scope 3: aircraft landing/take-off"),
                            ("scope3_ground_access", "Scope 3: passenger ground access"),
                            ("scope3_waste", "Scope 3: waste"),
                        ],
                        max_length=50,
                    ),
                ),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                ("emissions_value", models.DecimalField(decimal_places=5, help_text="tCO2e", max_digits=15)),
                ("calculation_method", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "offset_amount",
                    models.DecimalField(
                        blank=True,
                        db_default=0,
                        decimal_places=5,
                        default=0,
                        max_digits=15,
                        null=True,
                        validators=[django.core.validators.MinValueValidator(0)],
                    ),
                ),
                ("net_emissions", models.DecimalField(decimal_places=5, max_digits=15)),
                (
                    "verification_status",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("unverified", "Unverified"),
                            ("pending", "Pending verification"),
                            ("verified", "Verified"),
                            ("disputed", "Disputed"),
                        ],
                        max_length=20,
                        null=True,
                    ),
                ),
                ("notes", models.TextField(blank=True, null=True)),
            ],
            options={
                "verbose_name_plural": "carbon accounting",
                "db_table": "carbon_accounting",
                "ordering": ["-timestamp"],
                "indexes": [
                    models.Index(fields=["source_type"], name="idx_carbon_accounting_source"),
                    models.Index(fields=["location"], name="idx_carbon_accounting_location"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "source_type__in",
                                [
                                    "scope1_stationary",
                                    "scope1_vehicles",
                                    "scope2_electricity",
                                    "scope2_heat",
                                    "scope3_aircraft_lto",
                                    "scope3_ground_access",
                                    "scope3_waste",
                                ],
                            )
                        ),
                        name="carbon_accounting_source_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("offset_amount__gte", 0)),
                        name="carbon_accounting_offset_amount_range",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("verification_status__in", ["unverified", "pending", "verified", "disputed"])
                        ),
                        name="carbon_accounting_verification_status_valid",
                    ),
                ],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="carbonaccounting",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="0cc0e7b768c5b09593a7925a9647c1a8bd13e581",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_64595",
                    table="carbon_accounting",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="resourceconsumption",
            index=models.Index(fields=["resource_type"], name="idx_resource_consumption_type"),
        ),
        migrations.AddIndex(
            model_name="resourceconsumption",
            index=models.Index(fields=["location"], name="idx_resource_consumption_location"),
        ),
        migrations.AddConstraint(
            model_name="resourceconsumption",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "resource_type__in",
                        [
                            "electricity",
                            "natural_gas",
                            "jet_fuel",
                            "diesel",
                            "water",
                            "district_heating",
                            "district_cooling",
                            "waste",
                        ],
                    )
                ),
                name="resource_consumption_resource_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="resourceconsumption",
            constraint=models.CheckConstraint(
                condition=models.Q(("consumption_value__gte", 0)),
                name="resource_consumption_consumption_value_range",
            ),
        ),
        migrations.AddIndex(
            model_name="sustainabilitymetric",
            index=models.Index(fields=["metric_type"], name="idx_sustainability_metrics_type"),
        ),
        migrations.AddIndex(
            model_name="sustainabilitymetric",
            index=models.Index(fields=["location"], name="idx_sustainability_metrics_location"),
        ),
        migrations.AddConstraint(
            model_name="sustainabilitymetric",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "metric_type__in",
                        [
                            "energy_use",
                            "renewable_share",
                            "carbon_intensity",
                            "water_use",
                            "waste_diversion",
                            "noise_level",
                            "air_quality_index",
                        ],
                    )
                ),
                name="sustainability_metrics_metric_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="sustainabilitymetric",
            constraint=models.CheckConstraint(
                condition=models.Q(("trend__in", ["improving", "stable", "worsening"])),
                name="sustainability_metrics_trend_valid",
            ),
        ),
        migrations.AddIndex(
            model_name="sustainabilityoptimization",
            index=models.Index(fields=["status"], name="idx_sustainability_optimizations_status"),
        ),
        migrations.AddIndex(
            model_name="sustainabilityoptimization",
            index=models.Index(fields=["optimization_type"], name="idx_sustainability_optimizations_type"),
        ),
        migrations.AddIndex(
            model_name="sustainabilityoptimization",
            index=models.Index(fields=["target_area"], name="idx_sustainability_optimizations_area"),
        ),
        migrations.AddConstraint(
            model_name="sustainabilityoptimization",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "optimization_type__in",
                        [
                            "load_shifting",
                            "demand_response",
                            "hvac_setpoint",
                            "lighting_schedule",
                            "fleet_electrification",
                            "waste_reduction",
                            "water_reuse",
                        ],
                    )
                ),
                name="sustainability_optimizations_optimization_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="sustainabilityoptimization",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "target_resource__in",
                        [
                            "electricity",
                            "natural_gas",
                            "jet_fuel",
                            "diesel",
                            "water",
                            "district_heating",
                            "district_cooling",
                            "waste",
                        ],
                    )
                ),
                name="sustainability_optimizations_target_resource_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="sustainabilityoptimization",
            constraint=models.CheckConstraint(
                condition=models.Q(("target_reduction__gte", 0), ("target_reduction__lte", 1)),
                name="sustainability_optimizations_target_reduction_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="sustainabilityoptimization",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["proposed", "approved", "active", "completed", "cancelled", "failed"])
                ),
                name="sustainability_optimizations_status_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="458253a4eee13fef723c9f92d0dbc68e02bd5a0c",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_734c3",
                    table="sustainability_optimizations",
                    when="BEFORE",
                ),
            ),
        ),
        CreateHypertable("sustainability_metrics", time_column="timestamp", chunk_interval="1 day"),
        CreateHypertable("resource_consumption", time_column="timestamp", chunk_interval="1 day"),
        CreateHypertable("carbon_accounting", time_column="timestamp", chunk_interval="30 days"),
    ]
