"""
Migration: twin 0003_history

Description:  Change history of the twin entity tables (prediction_models,
              simulation_interventions, simulation_scenarios): per table an append-only event
              table `<table>_history` (a nullable copy of every column, plus pgh_id,
              pgh_created_at, pgh_label, pgh_obj_id, pgh_context, pgh_context_id, pgh_diff),
              five AFTER ROW triggers on the entity table (history_insert, history_update,
              history_soft_delete, history_restore, history_delete) writing one event row each,
              and an append_only trigger on the event table. Generated from
              airport_platform/history/tracking.py (`makemigrations twin`), then made adoptive:
              on a database where the core's former `history 0001_initial` created these tables,
              `CreateModelIfMissing` keeps them and their rows, and the triggers (same names)
              are reinstalled in place.
Version:      1.0.0
Dependencies: twin 0002_required_json_may_be_empty (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate twin 0002_required_json_may_be_empty`): drops the triggers and this
              app's event tables, with their rows; other apps' history is untouched.
"""

import django.contrib.postgres.fields.ranges
import django.db.models.deletion
import pghistory.utils
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

from airport_platform.db.operations import CreateModelIfMissing


class Migration(migrations.Migration):
    dependencies = [
        ("twin", "0002_required_json_may_be_empty"),
    ]

    operations = [
        CreateModelIfMissing(
            name="PredictionModelEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("model_type", models.CharField(blank=True, max_length=50, null=True)),
                ("version", models.CharField(blank=True, max_length=20, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField(blank=True, null=True)),
                (
                    "training_data_range",
                    django.contrib.postgres.fields.ranges.DateTimeRangeField(blank=True, null=True),
                ),
                ("accuracy_metrics", models.JSONField(blank=True, null=True)),
                ("last_updated", models.DateTimeField(blank=True, null=True)),
                ("is_active", models.BooleanField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="twin.predictionmodel",
                    ),
                ),
            ],
            options={
                "verbose_name": "prediction model change",
                "verbose_name_plural": "prediction model changes",
                "db_table": "prediction_models_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="SimulationInterventionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("scenario", models.UUIDField(blank=True, db_column="scenario_id", null=True)),
                ("intervention_type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField(blank=True, null=True)),
                ("simulation_time", models.DateTimeField(blank=True, null=True)),
                ("impact_assessment", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="twin.simulationintervention",
                    ),
                ),
            ],
            options={
                "verbose_name": "simulation intervention change",
                "verbose_name_plural": "simulation intervention changes",
                "db_table": "simulation_interventions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="SimulationScenarioEvent",
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
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("base_timestamp", models.DateTimeField(blank=True, null=True)),
                ("duration_minutes", models.IntegerField(blank=True, null=True)),
                ("parameters", models.JSONField(blank=True, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("is_template", models.BooleanField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="twin.simulationscenario",
                    ),
                ),
            ],
            options={
                "verbose_name": "simulation scenario change",
                "verbose_name_plural": "simulation scenario changes",
                "db_table": "simulation_scenarios_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "prediction_models_history" ("accuracy_metrics", "created_at", "deleted_at", "description", "id", "is_active", "last_updated", "model_type", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "training_data_range", "updated_at", "version") VALUES (NEW."accuracy_metrics", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."last_updated", NEW."model_type", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."training_data_range", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="8104c742ce697d7a8b56ec5814951187433e50e3",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_0803c",
                    table="prediction_models",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "prediction_models_history" ("accuracy_metrics", "created_at", "deleted_at", "description", "id", "is_active", "last_updated", "model_type", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "training_data_range", "updated_at", "version") VALUES (OLD."accuracy_metrics", OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."is_active", OLD."last_updated", OLD."model_type", OLD."name", OLD."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."training_data_range", OLD."updated_at", OLD."version"); RETURN NULL;',
                    hash="3591626e91e218abf626ed248e687e98ee2ccf5e",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_96b7d",
                    table="prediction_models",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."name", OLD."model_type", OLD."description", OLD."parameters", OLD."training_data_range", OLD."accuracy_metrics", OLD."last_updated", OLD."is_active") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."name", NEW."model_type", NEW."description", NEW."parameters", NEW."training_data_range", NEW."accuracy_metrics", NEW."last_updated", NEW."is_active"))',
                    func='INSERT INTO "prediction_models_history" ("accuracy_metrics", "created_at", "deleted_at", "description", "id", "is_active", "last_updated", "model_type", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "training_data_range", "updated_at", "version") VALUES (NEW."accuracy_metrics", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."last_updated", NEW."model_type", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."training_data_range", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="38eb9c9e8ce2f87473baa307f7e7191aaa92808d",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_c7ed3",
                    table="prediction_models",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "prediction_models_history" ("accuracy_metrics", "created_at", "deleted_at", "description", "id", "is_active", "last_updated", "model_type", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "training_data_range", "updated_at", "version") VALUES (NEW."accuracy_metrics", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."last_updated", NEW."model_type", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."training_data_range", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="0abba93613868514409bac728ca3b1174f84fc3f",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_0a964",
                    table="prediction_models",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodel",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "prediction_models_history" ("accuracy_metrics", "created_at", "deleted_at", "description", "id", "is_active", "last_updated", "model_type", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "training_data_range", "updated_at", "version") VALUES (NEW."accuracy_metrics", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."last_updated", NEW."model_type", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."training_data_range", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="5d5e5e9752aa5c48b9f702155bd2cec758830d08",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_2b616",
                    table="prediction_models",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "simulation_interventions_history" ("created_at", "deleted_at", "description", "id", "impact_assessment", "intervention_type", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "simulation_time") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."impact_assessment", NEW."intervention_type", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."scenario_id", NEW."simulation_time"); RETURN NULL;',
                    hash="2b2faa62bdb568692666e0360b8c353e2f7608a9",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_5e135",
                    table="simulation_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "simulation_interventions_history" ("created_at", "deleted_at", "description", "id", "impact_assessment", "intervention_type", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "simulation_time") VALUES (OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."impact_assessment", OLD."intervention_type", OLD."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."scenario_id", OLD."simulation_time"); RETURN NULL;',
                    hash="387aab5d5acf99419d89b22f34c8e50132bc59ee",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_34603",
                    table="simulation_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."scenario_id", OLD."intervention_type", OLD."description", OLD."parameters", OLD."simulation_time", OLD."impact_assessment") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."scenario_id", NEW."intervention_type", NEW."description", NEW."parameters", NEW."simulation_time", NEW."impact_assessment"))',
                    func='INSERT INTO "simulation_interventions_history" ("created_at", "deleted_at", "description", "id", "impact_assessment", "intervention_type", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "simulation_time") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."impact_assessment", NEW."intervention_type", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."scenario_id", NEW."simulation_time"); RETURN NULL;',
                    hash="8d6b8d597a273319f65e4fb62412dfc3accfa26c",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_f10d9",
                    table="simulation_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "simulation_interventions_history" ("created_at", "deleted_at", "description", "id", "impact_assessment", "intervention_type", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "simulation_time") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."impact_assessment", NEW."intervention_type", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."scenario_id", NEW."simulation_time"); RETURN NULL;',
                    hash="c1bb1b70515aaf492e27a2cd640f88a2ba815221",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_b22d9",
                    table="simulation_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "simulation_interventions_history" ("created_at", "deleted_at", "description", "id", "impact_assessment", "intervention_type", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "scenario_id", "simulation_time") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."impact_assessment", NEW."intervention_type", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."scenario_id", NEW."simulation_time"); RETURN NULL;',
                    hash="1602010b6e069f24972de8f8c188328044427830",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_df314",
                    table="simulation_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "simulation_scenarios_history" ("base_timestamp", "created_at", "created_by", "deleted_at", "description", "duration_minutes", "id", "is_template", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at", "updated_by") VALUES (NEW."base_timestamp", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_minutes", NEW."id", NEW."is_template", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="9d8dcf9bc908551ee7b7da2e282eab5ec08a6cbc",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_18b1b",
                    table="simulation_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "simulation_scenarios_history" ("base_timestamp", "created_at", "created_by", "deleted_at", "description", "duration_minutes", "id", "is_template", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at", "updated_by") VALUES (OLD."base_timestamp", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."duration_minutes", OLD."id", OLD."is_template", OLD."name", OLD."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."status", OLD."updated_at", OLD."updated_by"); RETURN NULL;',
                    hash="1917b9d8d5293f80407f13414da1fe3fd5d0dfa3",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_e67ee",
                    table="simulation_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."name", OLD."description", OLD."base_timestamp", OLD."duration_minutes", OLD."parameters", OLD."status", OLD."is_template") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."name", NEW."description", NEW."base_timestamp", NEW."duration_minutes", NEW."parameters", NEW."status", NEW."is_template"))',
                    func='INSERT INTO "simulation_scenarios_history" ("base_timestamp", "created_at", "created_by", "deleted_at", "description", "duration_minutes", "id", "is_template", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at", "updated_by") VALUES (NEW."base_timestamp", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_minutes", NEW."id", NEW."is_template", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="93cf88f6fc9ca46704916d2f7f6af2b0da1b54dc",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_89636",
                    table="simulation_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "simulation_scenarios_history" ("base_timestamp", "created_at", "created_by", "deleted_at", "description", "duration_minutes", "id", "is_template", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at", "updated_by") VALUES (NEW."base_timestamp", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_minutes", NEW."id", NEW."is_template", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="9fed51ceb1173010b54fb7f3d3b7c5babc0fe4b2",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_09637",
                    table="simulation_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenario",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "simulation_scenarios_history" ("base_timestamp", "created_at", "created_by", "deleted_at", "description", "duration_minutes", "id", "is_template", "name", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at", "updated_by") VALUES (NEW."base_timestamp", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."duration_minutes", NEW."id", NEW."is_template", NEW."name", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."status", NEW."updated_at", NEW."updated_by"); RETURN NULL;',
                    hash="4147bd1a0d658a7ed0be14ffc4d8b445720cf240",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_077e5",
                    table="simulation_scenarios",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="predictionmodelevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="009733e4615f60d26de401ca24ca6a2e6bc03bb8",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_f25ab",
                    table="prediction_models_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationinterventionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="4f3fa06097507df712bf84f5568104f5377e4760",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_96d6d",
                    table="simulation_interventions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="simulationscenarioevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="ffabc5a365987219137c495f3b7ff9c19389bcfb",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_d50d3",
                    table="simulation_scenarios_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
