"""
Migration: sustainability 0003_history

Description:  Change history of the sustainability entity tables (sustainability_optimizations):
              per table an append-only event table `<table>_history` (a nullable copy of every
              column, plus pgh_id, pgh_created_at, pgh_label, pgh_obj_id, pgh_context,
              pgh_context_id, pgh_diff), five AFTER ROW triggers on the entity table
              (history_insert, history_update, history_soft_delete, history_restore,
              history_delete) writing one event row each, and an append_only trigger on the
              event table. Generated from airport_platform/history/tracking.py (`makemigrations
              sustainability`), then made adoptive: on a database where the core's former
              `history 0001_initial` created these tables, `CreateModelIfMissing` keeps them and
              their rows, and the triggers (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: sustainability 0002_consistency_checks (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate sustainability 0002_consistency_checks`): drops the triggers and
              this app's event tables, with their rows; other apps' history is untouched.
"""

import django.contrib.postgres.fields
import django.db.models.deletion
import pghistory.utils
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

from airport_platform.db.operations import CreateModelIfMissing


class Migration(migrations.Migration):
    dependencies = [
        ("sustainability", "0002_consistency_checks"),
    ]

    operations = [
        CreateModelIfMissing(
            name="SustainabilityOptimizationEvent",
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
                ("optimization_type", models.CharField(blank=True, max_length=50, null=True)),
                ("target_area", models.CharField(blank=True, max_length=100, null=True)),
                ("target_resource", models.CharField(blank=True, max_length=50, null=True)),
                (
                    "target_reduction",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True),
                ),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("constraints", models.JSONField(blank=True, null=True)),
                (
                    "allowed_interventions",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("start_time", models.DateTimeField(blank=True, null=True)),
                ("end_time", models.DateTimeField(blank=True, null=True)),
                ("estimated_impact", models.JSONField(blank=True, null=True)),
                ("actual_impact", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="sustainability.sustainabilityoptimization",
                    ),
                ),
            ],
            options={
                "verbose_name": "sustainability optimization change",
                "verbose_name_plural": "sustainability optimization changes",
                "db_table": "sustainability_optimizations_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "sustainability_optimizations_history" ("actual_impact", "allowed_interventions", "constraints", "created_at", "created_by", "deleted_at", "end_time", "estimated_impact", "id", "optimization_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "start_time", "status", "target_area", "target_reduction", "target_resource", "updated_at", "updated_by") VALUES (NEW."actual_impact", NEW."allowed_interventions", NEW."constraints", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."end_time", NEW."estimated_impact", NEW."id", NEW."optimization_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."start_time", NEW."status", NEW."target_area", NEW."target_reduction", NEW."target_resource", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="f985415e8956b6ffa6a7955db1f4be392d75c2c0",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_34713",
                    table="sustainability_optimizations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "sustainability_optimizations_history" ("actual_impact", "allowed_interventions", "constraints", "created_at", "created_by", "deleted_at", "end_time", "estimated_impact", "id", "optimization_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "start_time", "status", "target_area", "target_reduction", "target_resource", "updated_at", "updated_by") VALUES (OLD."actual_impact", OLD."allowed_interventions", OLD."constraints", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."end_time", OLD."estimated_impact", OLD."id", OLD."optimization_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."start_time", OLD."status", OLD."target_area", OLD."target_reduction", OLD."target_resource", OLD."updated_at", OLD."updated_by"); RETURN NULL;',
                    hash="c2afb7aa76f2a01f232ef4d75156f1a3b876e495",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_8716b",
                    table="sustainability_optimizations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."optimization_type", OLD."target_area", OLD."target_resource", OLD."target_reduction", OLD."status", OLD."constraints", OLD."allowed_interventions", OLD."start_time", OLD."end_time", OLD."estimated_impact", OLD."actual_impact") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."optimization_type", NEW."target_area", NEW."target_resource", NEW."target_reduction", NEW."status", NEW."constraints", NEW."allowed_interventions", NEW."start_time", NEW."end_time", NEW."estimated_impact", NEW."actual_impact"))',
                    func='INSERT INTO "sustainability_optimizations_history" ("actual_impact", "allowed_interventions", "constraints", "created_at", "created_by", "deleted_at", "end_time", "estimated_impact", "id", "optimization_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "start_time", "status", "target_area", "target_reduction", "target_resource", "updated_at", "updated_by") VALUES (NEW."actual_impact", NEW."allowed_interventions", NEW."constraints", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."end_time", NEW."estimated_impact", NEW."id", NEW."optimization_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."start_time", NEW."status", NEW."target_area", NEW."target_reduction", NEW."target_resource", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="3f6ea51d54fbdd76e99d081ad9e46775f02ee8bf",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_8722b",
                    table="sustainability_optimizations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "sustainability_optimizations_history" ("actual_impact", "allowed_interventions", "constraints", "created_at", "created_by", "deleted_at", "end_time", "estimated_impact", "id", "optimization_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "start_time", "status", "target_area", "target_reduction", "target_resource", "updated_at", "updated_by") VALUES (NEW."actual_impact", NEW."allowed_interventions", NEW."constraints", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."end_time", NEW."estimated_impact", NEW."id", NEW."optimization_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."start_time", NEW."status", NEW."target_area", NEW."target_reduction", NEW."target_resource", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="501f2339fa165b1564a86be3501f14d9c4eb9937",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_b289e",
                    table="sustainability_optimizations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimization",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "sustainability_optimizations_history" ("actual_impact", "allowed_interventions", "constraints", "created_at", "created_by", "deleted_at", "end_time", "estimated_impact", "id", "optimization_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "start_time", "status", "target_area", "target_reduction", "target_resource", "updated_at", "updated_by") VALUES (NEW."actual_impact", NEW."allowed_interventions", NEW."constraints", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."end_time", NEW."estimated_impact", NEW."id", NEW."optimization_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."start_time", NEW."status", NEW."target_area", NEW."target_reduction", NEW."target_resource", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="334c90204420e632754ec8a04f71f63833cec3a0",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_cdae2",
                    table="sustainability_optimizations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sustainabilityoptimizationevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="5b3812e75559a1adeff7426d43a21916f4557385",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_904c2",
                    table="sustainability_optimizations_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
