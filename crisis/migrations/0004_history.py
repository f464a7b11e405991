"""
Migration: crisis 0004_history

Description:  Change history of the crisis entity tables (crisis_actions, crisis_communications,
              crisis_resources, crisis_scenarios): per table an append-only event table
              `<table>_history` (a nullable copy of every column, plus pgh_id, pgh_created_at,
              pgh_label, pgh_obj_id, pgh_context, pgh_context_id, pgh_diff), five AFTER ROW
              triggers on the entity table (history_insert, history_update, history_soft_delete,
              history_restore, history_delete) writing one event row each, and an append_only
              trigger on the event table. Generated from airport_platform/history/tracking.py
              (`makemigrations crisis`), then made adoptive: on a database where the core's
              former `history 0001_initial` created these tables, `CreateModelIfMissing` keeps
              them and their rows, and the triggers (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: crisis 0003_overview_views (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate crisis 0003_overview_views`): drops the triggers and this app's
              event tables, with their rows; other apps' history is untouched.
"""

import django.contrib.gis.db.models.fields
import django.contrib.postgres.fields
import django.db.models.deletion
import pghistory.utils
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

from airport_platform.db.operations import CreateModelIfMissing


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0003_overview_views"),
    ]

    operations = [
        CreateModelIfMissing(
            name="CrisisActionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("scenario", models.UUIDField(blank=True, db_column="scenario_id", null=True)),
                ("action_type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("urgency", models.CharField(blank=True, max_length=20, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("owner", models.CharField(blank=True, max_length=100, null=True)),
                ("assigned_at", models.DateTimeField(blank=True, null=True)),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                ("result", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="crisis.crisisaction",
                    ),
                ),
            ],
            options={
                "verbose_name": "crisis action change",
                "verbose_name_plural": "crisis action changes",
                "db_table": "crisis_actions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="CrisisCommunicationEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("scenario", models.UUIDField(blank=True, db_column="scenario_id", null=True)),
                ("communication_type", models.CharField(blank=True, max_length=50, null=True)),
                ("content", models.TextField(blank=True, null=True)),
                (
                    "channels",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("audience", models.CharField(blank=True, max_length=100, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("sent_at", models.DateTimeField(blank=True, null=True)),
                ("sent_by", models.CharField(blank=True, max_length=100, null=True)),
                ("effectiveness_metrics", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="crisis.crisiscommunication",
                    ),
                ),
            ],
            options={
                "verbose_name": "crisis communication change",
                "verbose_name_plural": "crisis communication changes",
                "db_table": "crisis_communications_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="CrisisResourceEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("resource_type", models.CharField(blank=True, max_length=50, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("location", models.CharField(blank=True, max_length=100, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("availability", models.JSONField(blank=True, null=True)),
                ("capacity", models.JSONField(blank=True, null=True)),
                ("contact_info", models.JSONField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                (
                    "position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="crisis.crisisresource",
                    ),
                ),
            ],
            options={
                "verbose_name": "crisis resource change",
                "verbose_name_plural": "crisis resource changes",
                "db_table": "crisis_resources_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="CrisisScenarioEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("created_by", models.CharField(blank=True, max_length=100, null=True)),
                ("updated_by", models.CharField(blank=True, max_length=100, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("scenario_type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("severity", models.CharField(blank=True, max_length=20, null=True)),
                (
                    "affected_systems",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("duration_estimate", models.JSONField(blank=True, null=True)),
                ("passenger_impact", models.JSONField(blank=True, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("is_simulation", models.BooleanField(blank=True, null=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                (
                    "incident_position",
                    django.contrib.gis.db.models.fields.PointField(blank=True, null=True, srid=4326),
                ),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="crisis.crisisscenario",
                    ),
                ),
            ],
            options={
                "verbose_name": "crisis scenario change",
                "verbose_name_plural": "crisis scenario changes",
                "db_table": "crisis_scenarios_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_actions_history" ("action_type", "assigned_at", "completed_at", "created_at", "deleted_at", "description", "id", "owner", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "scenario_id", "status", "updated_at", "urgency") VALUES (NEW."action_type", NEW."assigned_at", NEW."completed_at", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."owner", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."result", NEW."scenario_id", NEW."status", NEW."updated_at", NEW."urgency"); RETURN NULL;',
                    hash="e1d75caee7468aec9392d6201ba1a8f083d2f7f3",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_848c7",
                    table="crisis_actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_actions_history" ("action_type", "assigned_at", "completed_at", "created_at", "deleted_at", "description", "id", "owner", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "scenario_id", "status", "updated_at", "urgency") VALUES (OLD."action_type", OLD."assigned_at", OLD."completed_at", OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."owner", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."result", OLD."scenario_id", OLD."status", OLD."updated_at", OLD."urgency"); RETURN NULL;',
                    hash="aa715cefeda840e3d282be111509b44f5ded385b",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_b2417",
                    table="crisis_actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."scenario_id", OLD."action_type", OLD."description", OLD."urgency", OLD."status", OLD."owner", OLD."assigned_at", OLD."completed_at", OLD."result") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."scenario_id", NEW."action_type", NEW."description", NEW."urgency", NEW."status", NEW."owner", NEW."assigned_at", NEW."completed_at", NEW."result"))',
                    func='INSERT INTO "crisis_actions_history" ("action_type", "assigned_at", "completed_at", "created_at", "deleted_at", "description", "id", "owner", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "scenario_id", "status", "updated_at", "urgency") VALUES (NEW."action_type", NEW."assigned_at", NEW."completed_at", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."owner", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."result", NEW."scenario_id", NEW."status", NEW."updated_at", NEW."urgency"); RETURN NULL;',
                    hash="932ea125c8d326b1a2a01c23a5365bbb9b5dc37d",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_ea2d5",
                    table="crisis_actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "crisis_actions_history" ("action_type", "assigned_at", "completed_at", "created_at", "deleted_at", "description", "id", "owner", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "scenario_id", "status", "updated_at", "urgency") VALUES (NEW."action_type", NEW."assigned_at", NEW."completed_at", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."owner", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."result", NEW."scenario_id", NEW."status", NEW."updated_at", NEW."urgency"); RETURN NULL;',
                    hash="c96f218b4b1c4298d5a65f37faeae8cf491c7a74",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_30b46",
                    table="crisis_actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisaction",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "crisis_actions_history" ("action_type", "assigned_at", "completed_at", "created_at", "deleted_at", "description", "id", "owner", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "scenario_id", "status", "updated_at", "urgency") VALUES (NEW."action_type", NEW."assigned_at", NEW."completed_at", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."owner", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."result", NEW."scenario_id", NEW."status", NEW."updated_at", NEW."urgency"); RETURN NULL;',
                    hash="0a415c5d839e65010d642ee5560507872910f18a",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_b854b",
                    table="crisis_actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_communications_history" ("audience", "channels", "communication_type", "content", "created_at", "deleted_at", "effectiveness_metrics", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "sent_at", "sent_by", "status", "updated_at") VALUES (NEW."audience", NEW."channels", NEW."communication_type", NEW."content", NEW."created_at", NEW."deleted_at", NEW."effectiveness_metrics", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."scenario_id", NEW."sent_at", NEW."sent_by", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="01a9b2c12ab4dad5044ce4e5583f861d0ac58e79",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_7d129",
                    table="crisis_communications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_communications_history" ("audience", "channels", "communication_type", "content", "created_at", "deleted_at", "effectiveness_metrics", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "sent_at", "sent_by", "status", "updated_at") VALUES (OLD."audience", OLD."channels", OLD."communication_type", OLD."content", OLD."created_at", OLD."deleted_at", OLD."effectiveness_metrics", OLD."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."scenario_id", OLD."sent_at", OLD."sent_by", OLD."status", OLD."updated_at"); RETURN NULL;',
                    hash="32dbb6979daf7bbf89ac7bb6474d834f08336ae3",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_426a5",
                    table="crisis_communications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."scenario_id", OLD."communication_type", OLD."content", OLD."channels", OLD."audience", OLD."status", OLD."sent_at", OLD."sent_by", OLD."effectiveness_metrics") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."scenario_id", NEW."communication_type", NEW."content", NEW."channels", NEW."audience", NEW."status", NEW."sent_at", NEW."sent_by", NEW."effectiveness_metrics"))',
                    func='INSERT INTO "crisis_communications_history" ("audience", "channels", "communication_type", "content", "created_at", "deleted_at", "effectiveness_metrics", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "sent_at", "sent_by", "status", "updated_at") VALUES (NEW."audience", NEW."channels", NEW."communication_type", NEW."content", NEW."created_at", NEW."deleted_at", NEW."effectiveness_metrics", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."scenario_id", NEW."sent_at", NEW."sent_by", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="77961330a524c3769092a4660c6cf96fae1157fb",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_a1917",
                    table="crisis_communications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "crisis_communications_history" ("audience", "channels", "communication_type", "content", "created_at", "deleted_at", "effectiveness_metrics", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "sent_at", "sent_by", "status", "updated_at") VALUES (NEW."audience", NEW."channels", NEW."communication_type", NEW."content", NEW."created_at", NEW."deleted_at", NEW."effectiveness_metrics", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."scenario_id", NEW."sent_at", NEW."sent_by", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="3df9180cd0eb61b621572f0b98675d96a1312e72",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_db0e5",
                    table="crisis_communications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "crisis_communications_history" ("audience", "channels", "communication_type", "content", "created_at", "deleted_at", "effectiveness_metrics", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "sent_at", "sent_by", "status", "updated_at") VALUES (NEW."audience", NEW."channels", NEW."communication_type", NEW."content", NEW."created_at", NEW."deleted_at", NEW."effectiveness_metrics", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."scenario_id", NEW."sent_at", NEW."sent_by", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="9bd171a9c7886005c900689a1c2bba10b594b18d",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_7ab66",
                    table="crisis_communications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_resources_history" ("availability", "capacity", "contact_info", "created_at", "deleted_at", "description", "id", "location", "name", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "position", "resource_type", "status", "updated_at") VALUES (NEW."availability", NEW."capacity", NEW."contact_info", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."location", NEW."name", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."position", NEW."resource_type", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="d01a7068f628ff7339657d69572b2932e3ff72f9",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_bdf71",
                    table="crisis_resources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_resources_history" ("availability", "capacity", "contact_info", "created_at", "deleted_at", "description", "id", "location", "name", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "position", "resource_type", "status", "updated_at") VALUES (OLD."availability", OLD."capacity", OLD."contact_info", OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."location", OLD."name", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."position", OLD."resource_type", OLD."status", OLD."updated_at"); RETURN NULL;',
                    hash="e47db51f13e58391d6960ff701df9030c581693a",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_3218a",
                    table="crisis_resources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."resource_type", OLD."name", OLD."description", OLD."location", OLD."status", OLD."availability", OLD."capacity", OLD."contact_info", OLD."notes", OLD."position") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."resource_type", NEW."name", NEW."description", NEW."location", NEW."status", NEW."availability", NEW."capacity", NEW."contact_info", NEW."notes", NEW."position"))',
                    func='INSERT INTO "crisis_resources_history" ("availability", "capacity", "contact_info", "created_at", "deleted_at", "description", "id", "location", "name", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "position", "resource_type", "status", "updated_at") VALUES (NEW."availability", NEW."capacity", NEW."contact_info", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."location", NEW."name", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."position", NEW."resource_type", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="1d547c79e17452df2e05e31e3f65a27a3296a29f",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_0dccb",
                    table="crisis_resources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "crisis_resources_history" ("availability", "capacity", "contact_info", "created_at", "deleted_at", "description", "id", "location", "name", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "position", "resource_type", "status", "updated_at") VALUES (NEW."availability", NEW."capacity", NEW."contact_info", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."location", NEW."name", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."position", NEW."resource_type", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="14d8a252a37959eb35ded4702fd2b8a7d0d79346",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_bf46a",
                    table="crisis_resources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "crisis_resources_history" ("availability", "capacity", "contact_info", "created_at", "deleted_at", "description", "id", "location", "name", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "position", "resource_type", "status", "updated_at") VALUES (NEW."availability", NEW."capacity", NEW."contact_info", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."location", NEW."name", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."position", NEW."resource_type", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="81d55f2bac0d5d3ed87f9cae805c712eb93fd702",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_541a8",
                    table="crisis_resources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_scenarios_history" ("affected_systems", "created_at", "created_by", "deleted_at", "description", "duration_estimate", "ended_at", "id", "incident_position", "is_simulation", "passenger_impact", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_type", "severity", "started_at", "status", "updated_at", "updated_by") VALUES (NEW."affected_systems", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_estimate", NEW."ended_at", NEW."id", NEW."incident_position", NEW."is_simulation", NEW."passenger_impact", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."scenario_type", NEW."severity", NEW."started_at", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="664da6f45bff259acd14c58dd9c6ab9e95b85ab2",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_86361",
                    table="crisis_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "crisis_scenarios_history" ("affected_systems", "created_at", "created_by", "deleted_at", "description", "duration_estimate", "ended_at", "id", "incident_position", "is_simulation", "passenger_impact", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_type", "severity", "started_at", "status", "updated_at", "updated_by") VALUES (OLD."affected_systems", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."duration_estimate", OLD."ended_at", OLD."id", OLD."incident_position", OLD."is_simulation", OLD."passenger_impact", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."scenario_type", OLD."severity", OLD."started_at", OLD."status", OLD."updated_at", OLD."updated_by"); RETURN NULL;',
                    hash="cf9b2da783843f9f83e767c46e89517de24e0318",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_f0c3e",
                    table="crisis_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."scenario_type", OLD."description", OLD."severity", OLD."affected_systems", OLD."duration_estimate", OLD."passenger_impact", OLD."status", OLD."is_simulation", OLD."started_at", OLD."ended_at", OLD."incident_position") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."scenario_type", NEW."description", NEW."severity", NEW."affected_systems", NEW."duration_estimate", NEW."passenger_impact", NEW."status", NEW."is_simulation", NEW."started_at", NEW."ended_at", NEW."incident_position"))',
                    func='INSERT INTO "crisis_scenarios_history" ("affected_systems", "created_at", "created_by", "deleted_at", "description", "duration_estimate", "ended_at", "id", "incident_position", "is_simulation", "passenger_impact", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_type", "severity", "started_at", "status", "updated_at", "updated_by") VALUES (NEW."affected_systems", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_estimate", NEW."ended_at", NEW."id", NEW."incident_position", NEW."is_simulation", NEW."passenger_impact", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."scenario_type", NEW."severity", NEW."started_at", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="74ccd2362030b1df42d1b7e1b910f625eceed267",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_59f30",
                    table="crisis_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "crisis_scenarios_history" ("affected_systems", "created_at", "created_by", "deleted_at", "description", "duration_estimate", "ended_at", "id", "incident_position", "is_simulation", "passenger_impact", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_type", "severity", "started_at", "status", "updated_at", "updated_by") VALUES (NEW."affected_systems", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_estimate", NEW."ended_at", NEW."id", NEW."incident_position", NEW."is_simulation", NEW."passenger_impact", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."scenario_type", NEW."severity", NEW."started_at", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="78484f8edde7d345219d64c822eb278f9ad0fb45",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_806a2",
                    table="crisis_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "crisis_scenarios_history" ("affected_systems", "created_at", "created_by", "deleted_at", "description", "duration_estimate", "ended_at", "id", "incident_position", "is_simulation", "passenger_impact", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_type", "severity", "started_at", "status", "updated_at", "updated_by") VALUES (NEW."affected_systems", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_estimate", NEW."ended_at", NEW."id", NEW."incident_position", NEW."is_simulation", NEW."passenger_impact", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."scenario_type", NEW."severity", NEW."started_at", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="41dbdd8e09d2cff3e13dcbe8d564a07ea9b3ccb9",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_4b594",
                    table="crisis_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisactionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="cf3c316044f782c9b77fb3b4f4e3a5d6cda62bf5",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_56b04",
                    table="crisis_actions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisiscommunicationevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="c47cb91d944537c34c5954cb8ddb9d12e046d4d1",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_efa3d",
                    table="crisis_communications_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisresourceevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="91e51460431321eecd4b94f60975459a88de9f38",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_0c99e",
                    table="crisis_resources_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="crisisscenarioevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="8018acf196f67c88bdc78838b86350f4ff7dd883",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_26a16",
                    table="crisis_scenarios_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
