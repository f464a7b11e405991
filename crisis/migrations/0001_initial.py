"""
Migration: crisis 0001_initial

Description:  Spec section 4.6 Crisis management: crisis scenarios, actions, communications and resources, with PostGIS positions.
              Tables: crisis_actions, crisis_communications, crisis_resources, crisis_scenarios.
              Hypertables: none (primary key widened to (id, time)).
              Foreign keys the spec declares ON DELETE CASCADE cascade in the database itself.
Version:      1.0.0
Dependencies: airport_platform 0001_environment (TimescaleDB and PostGIS present)
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate crisis zero`): hypertables are copied back into plain tables first.
"""

import uuid

import django.contrib.gis.db.models.fields
import django.contrib.postgres.fields
import django.contrib.postgres.functions
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
            name="CrisisAction",
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
                    "action_type",
                    models.CharField(
                        choices=[
                            ("evacuate", "Evacuate"),
                            ("dispatch_responders", "Dispatch responders"),
                            ("close_area", "Close area"),
                            ("reroute_passengers", "Reroute passengers"),
                            ("notify_authorities", "Notify authorities"),
                            ("activate_backup", "Activate backup systems"),
                            ("suspend_operations", "Suspend operations"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "urgency",
                    models.CharField(
                        choices=[
                            ("immediate", "Immediate"),
                            ("high", "High"),
                            ("normal", "Normal"),
                            ("low", "Low"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "Pending"),
                            ("assigned", "Assigned"),
                            ("in_progress", "In progress"),
                            ("completed", "Completed"),
                            ("failed", "Failed"),
                            ("cancelled", "Cancelled"),
                        ],
                        default="pending",
                        max_length=20,
                    ),
                ),
                ("owner", models.CharField(blank=True, max_length=100, null=True)),
                ("assigned_at", models.DateTimeField(blank=True, null=True)),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                ("result", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "crisis_actions",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="CrisisCommunication",
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
                    "communication_type",
                    models.CharField(
                        choices=[
                            ("alert", "Alert"),
                            ("update", "Status update"),
                            ("instruction", "Instruction"),
                            ("all_clear", "All clear"),
                            ("press_release", "Press release"),
                        ],
                        max_length=50,
                    ),
                ),
                ("content", models.TextField()),
                (
                    "channels",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(
                            choices=[
                                ("pa_system", "Public address"),
                                ("display_boards", "Display boards"),
                                ("app_push", "App push notification"),
                                ("sms", "SMS"),
                                ("email", "Email"),
                                ("social_media", "Social media"),
                                ("radio", "Staff radio"),
                            ]
                        ),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                ("audience", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("approved", "Approved"),
                            ("sent", "Sent"),
                            ("failed", "Failed"),
                            ("retracted", "Retracted"),
                        ],
                        default="draft",
                        max_length=20,
                    ),
                ),
                ("sent_at", models.DateTimeField(blank=True, null=True)),
                ("sent_by", models.CharField(blank=True, max_length=100, null=True)),
                ("effectiveness_metrics", models.JSONField(blank=True, null=True)),
            ],
            options={
                "db_table": "crisis_communications",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="CrisisScenario",
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
                    "scenario_type",
                    models.CharField(
                        choices=[
                            ("severe_weather", "Severe weather"),
                            ("security_threat", "Security threat"),
                            ("medical_emergency", "Medical emergency"),
                            ("fire", "Fire"),
                            ("aircraft_incident", "Aircraft incident"),
                            ("power_outage", "Power outage"),
                            ("it_outage", "IT systems outage"),
                            ("pandemic", "Public health emergency"),
                            ("mass_disruption", "Mass disruption"),
                        ],
                        max_length=50,
                    ),
                ),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "severity",
                    models.CharField(
                        choices=[
                            ("minor", "Minor"),
                            ("moderate", "Moderate"),
                            ("major", "Major"),
                            ("critical", "Critical"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "affected_systems",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(
                            choices=[
                                ("runways", "Runways"),
                                ("terminals", "Terminals"),
                                ("security_screening", "Security screening"),
                                ("baggage_handling", "Baggage handling"),
                                ("power", "Power supply"),
                                ("it_network", "IT network"),
                                ("ground_transport", "Ground transport"),
                                ("air_traffic_control", "Air traffic control"),
                                ("fuel_supply", "Fuel supply"),
                            ]
                        ),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                ("duration_estimate", models.JSONField(blank=True, null=True)),
                ("passenger_impact", models.JSONField(blank=True, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("monitoring", "Monitoring"),
                            ("active", "Active"),
                            ("contained", "Contained"),
                            ("resolved", "Resolved"),
                            ("closed", "Closed"),
                        ],
                        default="active",
                        max_length=20,
                    ),
                ),
                ("is_simulation", models.BooleanField(db_default=False, default=False, null=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                (
                    "incident_position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
            ],
            options={
                "db_table": "crisis_scenarios",
                "ordering": ["-started_at"],
            },
        ),
        migrations.CreateModel(
            name="CrisisResource",
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
                    "resource_type",
                    models.CharField(
                        choices=[
                            ("fire_tender", "Fire tender"),
                            ("ambulance", "Ambulance"),
                            ("medical_team", "Medical team"),
                            ("security_team", "Security team"),
                            ("bus", "Bus"),
                            ("generator", "Generator"),
                            ("shelter_area", "Shelter area"),
                            ("command_post", "Command post"),
                        ],
                        max_length=50,
                    ),
                ),
                ("name", models.CharField(max_length=100)),
                ("description", models.TextField(blank=True, null=True)),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("available", "Available"),
                            ("reserved", "Reserved"),
                            ("deployed", "Deployed"),
                            ("unavailable", "Unavailable"),
                            ("maintenance", "In maintenance"),
                        ],
                        default="available",
                        max_length=20,
                    ),
                ),
                ("availability", models.JSONField(blank=True, null=True)),
                ("capacity", models.JSONField(blank=True, null=True)),
                ("contact_info", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
            ],
            options={
                "db_table": "crisis_resources",
                "ordering": ["name"],
                "indexes": [
                    models.Index(fields=["resource_type"], name="idx_crisis_resources_type"),
                    models.Index(fields=["status"], name="idx_crisis_resources_status"),
                    models.Index(fields=["location"], name="idx_crisis_resources_location"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "resource_type__in",
                                [
                                    "fire_tender",
                                    "ambulance",
                                    "medical_team",
                                    "security_team",
                                    "bus",
                                    "generator",
                                    "shelter_area",
                                    "command_post",
                                ],
                            )
                        ),
                        name="crisis_resources_resource_type_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "status__in",
                                ["available", "reserved", "deployed", "unavailable", "maintenance"],
                            )
                        ),
                        name="crisis_resources_status_valid",
                    ),
                ],
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="a1f4f2b8d9be35b676791651700be41441b81aac",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_214a5",
                    table="crisis_resources",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="crisisscenario",
            index=models.Index(fields=["status"], name="idx_crisis_scenarios_status"),
        ),
        migrations.AddIndex(
            model_name="crisisscenario",
            index=models.Index(fields=["scenario_type"], name="idx_crisis_scenarios_type"),
        ),
        migrations.AddIndex(
            model_name="crisisscenario",
            index=models.Index(fields=["is_simulation"], name="idx_crisis_scenarios_simulation"),
        ),
        migrations.AddConstraint(
            model_name="crisisscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "scenario_type__in",
                        [
                            "severe_weather",
                            "security_threat",
                            "medical_emergency",
                            "fire",
                            "aircraft_incident",
                            "power_outage",
                            "it_outage",
                            "pandemic",
                            "mass_disruption",
                        ],
                    )
                ),
                name="crisis_scenarios_scenario_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(("severity__in", ["minor", "moderate", "major", "critical"])),
                name="crisis_scenarios_severity_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "affected_systems__contained_by",
                        [
                            "runways",
                            "terminals",
                            "security_screening",
                            "baggage_handling",
                            "power",
                            "it_network",
                            "ground_transport",
                            "air_traffic_control",
                            "fuel_supply",
                        ],
                    )
                ),
                name="crisis_scenarios_affected_systems_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["monitoring", "active", "contained", "resolved", "closed"])
                ),
                name="crisis_scenarios_status_valid",
            ),
        ),
        migrations.AddField(
            model_name="crisiscommunication",
            name="scenario",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="communications",
                to="crisis.crisisscenario",
            ),
        ),
        migrations.AddField(
            model_name="crisisaction",
            name="scenario",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="actions",
                to="crisis.crisisscenario",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="88738e8a1afa397d9f4d9fd4e065bf9fe7f6668c",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_697c0",
                    table="crisis_scenarios",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="crisiscommunication",
            index=models.Index(fields=["scenario"], name="idx_crisis_communications_scenario"),
        ),
        migrations.AddIndex(
            model_name="crisiscommunication",
            index=models.Index(fields=["status"], name="idx_crisis_communications_status"),
        ),
        migrations.AddIndex(
            model_name="crisiscommunication",
            index=models.Index(fields=["communication_type"], name="idx_crisis_communications_type"),
        ),
        migrations.AddConstraint(
            model_name="crisiscommunication",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "communication_type__in",
                        ["alert", "update", "instruction", "all_clear", "press_release"],
                    )
                ),
                name="crisis_communications_communication_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisiscommunication",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "channels__contained_by",
                        ["pa_system", "display_boards", "app_push", "sms", "email", "social_media", "radio"],
                    )
                ),
                name="crisis_communications_channels_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisiscommunication",
            constraint=models.CheckConstraint(
                condition=models.Q(("status__in", ["draft", "approved", "sent", "failed", "retracted"])),
                name="crisis_communications_status_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="4cfca04b150111c37912b0be9136d25e4f6eb38e",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_714c1",
                    table="crisis_communications",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddIndex(
            model_name="crisisaction",
            index=models.Index(fields=["scenario"], name="idx_crisis_actions_scenario"),
        ),
        migrations.AddIndex(
            model_name="crisisaction",
            index=models.Index(fields=["status"], name="idx_crisis_actions_status"),
        ),
        migrations.AddIndex(
            model_name="crisisaction",
            index=models.Index(fields=["action_type"], name="idx_crisis_actions_type"),
        ),
        migrations.AddConstraint(
            model_name="crisisaction",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "action_type__in",
                        [
                            "evacuate",
                            "dispatch_responders",
                            "close_area",
                            "reroute_passengers",
                            "notify_authorities",
                            "activate_backup",
                            "suspend_operations",
                        ],
                    )
                ),
                name="crisis_actions_action_type_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisaction",
            constraint=models.CheckConstraint(
                condition=models.Q(("urgency__in", ["immediate", "high", "normal", "low"])),
                name="crisis_actions_urgency_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisaction",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["pending", "assigned", "in_progress", "completed", "failed", "cancelled"])
                ),
                name="crisis_actions_status_valid",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="touch_updated_at",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="NEW.updated_at := NOW(); RETURN NEW;",
                    hash="a3f9c7e226e64171ad048701ec6011be29fcdfa3",
                    operation="UPDATE",
                    pgid="pgtrigger_touch_updated_at_cd4ce",
                    table="crisis_actions",
                    when="BEFORE",
                ),
            ),
        ),
        DatabaseOnDelete("crisis_actions", "scenario_id", on_delete="CASCADE"),
        DatabaseOnDelete("crisis_communications", "scenario_id", on_delete="CASCADE"),
    ]
