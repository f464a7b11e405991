"""
Migration: orchestration 0005_history

Description:  Change history of the orchestration entity tables (action_dependencies, actions,
              approvals, decision_dependencies, decisions, operating_modes): per table an
              append-only event table `<table>_history` (a nullable copy of every column, plus
              pgh_id, pgh_created_at, pgh_label, pgh_obj_id, pgh_context, pgh_context_id,
              pgh_diff), five AFTER ROW triggers on the entity table (history_insert,
              history_update, history_soft_delete, history_restore, history_delete) writing one
              event row each, and an append_only trigger on the event table. Generated from
              airport_platform/history/tracking.py (`makemigrations orchestration`), then made
              adoptive: on a database where the core's former `history 0001_initial` created
              these tables, `CreateModelIfMissing` keeps them and their rows, and the triggers
              (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: orchestration 0004_overview_views (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate orchestration 0004_overview_views`): drops the triggers and this
              app's event tables, with their rows; other apps' history is untouched.
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
        ("orchestration", "0004_overview_views"),
    ]

    operations = [
        CreateModelIfMissing(
            name="ActionDependencyEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                (
                    "dependent_action",
                    models.UUIDField(blank=True, db_column="dependent_action_id", null=True),
                ),
                (
                    "dependency_action",
                    models.UUIDField(blank=True, db_column="dependency_action_id", null=True),
                ),
                ("dependency_type", models.CharField(blank=True, max_length=50, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="orchestration.actiondependency",
                    ),
                ),
            ],
            options={
                "verbose_name": "action dependency change",
                "verbose_name_plural": "action dependency changes",
                "db_table": "action_dependencies_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="ActionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("decision", models.UUIDField(blank=True, db_column="decision_id", null=True)),
                ("type", models.CharField(blank=True, max_length=50, null=True)),
                ("domain", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("parameters", models.JSONField(blank=True, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("execution_order", models.IntegerField(blank=True, null=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                ("result", models.JSONField(blank=True, null=True)),
                ("retry_policy", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="orchestration.action",
                    ),
                ),
            ],
            options={
                "verbose_name": "action change",
                "verbose_name_plural": "action changes",
                "db_table": "actions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="ApprovalEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("decision", models.UUIDField(blank=True, db_column="decision_id", null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("approved_by", models.CharField(blank=True, max_length=100, null=True)),
                ("approved_at", models.DateTimeField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                ("expires_at", models.DateTimeField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="orchestration.approval",
                    ),
                ),
            ],
            options={
                "verbose_name": "approval change",
                "verbose_name_plural": "approval changes",
                "db_table": "approvals_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="DecisionDependencyEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                (
                    "dependent_decision",
                    models.UUIDField(blank=True, db_column="dependent_decision_id", null=True),
                ),
                (
                    "dependency_decision",
                    models.UUIDField(blank=True, db_column="dependency_decision_id", null=True),
                ),
                ("dependency_type", models.CharField(blank=True, max_length=50, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="orchestration.decisiondependency",
                    ),
                ),
            ],
            options={
                "verbose_name": "decision dependency change",
                "verbose_name_plural": "decision dependency changes",
                "db_table": "decision_dependencies_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="DecisionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("initiated_at", models.DateTimeField(blank=True, null=True)),
                ("completed_at", models.DateTimeField(blank=True, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("priority", models.CharField(blank=True, max_length=20, null=True)),
                ("confidence", models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True)),
                ("risk", models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True)),
                ("impact_assessment", models.JSONField(blank=True, null=True)),
                ("domain_details", models.JSONField(blank=True, null=True)),
                ("operating_mode", models.UUIDField(blank=True, db_column="operating_mode_id", null=True)),
                ("correlation_id", models.UUIDField(blank=True, null=True)),
                ("requested_by", models.CharField(blank=True, max_length=100, null=True)),
                (
                    "tags",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                (
                    "notes",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
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
                        to="orchestration.decision",
                    ),
                ),
            ],
            options={
                "verbose_name": "decision change",
                "verbose_name_plural": "decision changes",
                "db_table": "decisions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="OperatingModeEvent",
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
                ("version", models.IntegerField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("priority_weights", models.JSONField(blank=True, null=True)),
                ("decision_thresholds", models.JSONField(blank=True, null=True)),
                ("activation_criteria", models.JSONField(blank=True, null=True)),
                ("constraints", models.JSONField(blank=True, null=True)),
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
                        to="orchestration.operatingmode",
                    ),
                ),
            ],
            options={
                "verbose_name": "operating mode change",
                "verbose_name_plural": "operating mode changes",
                "db_table": "operating_modes_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "actions_history" ("completed_at", "created_at", "decision_id", "deleted_at", "description", "domain", "execution_order", "id", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "retry_policy", "started_at", "status", "type", "updated_at") VALUES (NEW."completed_at", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."description", NEW."domain", NEW."execution_order", NEW."id", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."result", NEW."retry_policy", NEW."started_at", NEW."status", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="e2fce5324c00e79afa375623e9e8210b8e01d27c",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_6ddc6",
                    table="actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "actions_history" ("completed_at", "created_at", "decision_id", "deleted_at", "description", "domain", "execution_order", "id", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "retry_policy", "started_at", "status", "type", "updated_at") VALUES (OLD."completed_at", OLD."created_at", OLD."decision_id", OLD."deleted_at", OLD."description", OLD."domain", OLD."execution_order", OLD."id", OLD."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."result", OLD."retry_policy", OLD."started_at", OLD."status", OLD."type", OLD."updated_at"); RETURN NULL;',
                    hash="769d1a57aa87b4799c35223d181769906bbddf00",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_74d92",
                    table="actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."decision_id", OLD."type", OLD."domain", OLD."description", OLD."parameters", OLD."status", OLD."execution_order", OLD."started_at", OLD."completed_at", OLD."result", OLD."retry_policy") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."decision_id", NEW."type", NEW."domain", NEW."description", NEW."parameters", NEW."status", NEW."execution_order", NEW."started_at", NEW."completed_at", NEW."result", NEW."retry_policy"))',
                    func='INSERT INTO "actions_history" ("completed_at", "created_at", "decision_id", "deleted_at", "description", "domain", "execution_order", "id", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "retry_policy", "started_at", "status", "type", "updated_at") VALUES (NEW."completed_at", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."description", NEW."domain", NEW."execution_order", NEW."id", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."result", NEW."retry_policy", NEW."started_at", NEW."status", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="6b579cf3f524a8d442742a6a69e7a909d3e12157",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_53619",
                    table="actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "actions_history" ("completed_at", "created_at", "decision_id", "deleted_at", "description", "domain", "execution_order", "id", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "retry_policy", "started_at", "status", "type", "updated_at") VALUES (NEW."completed_at", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."description", NEW."domain", NEW."execution_order", NEW."id", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."result", NEW."retry_policy", NEW."started_at", NEW."status", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="930fa43d77990f10068717428317241f1f19f753",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_6f1a3",
                    table="actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "actions_history" ("completed_at", "created_at", "decision_id", "deleted_at", "description", "domain", "execution_order", "id", "parameters", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "result", "retry_policy", "started_at", "status", "type", "updated_at") VALUES (NEW."completed_at", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."description", NEW."domain", NEW."execution_order", NEW."id", NEW."parameters", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."result", NEW."retry_policy", NEW."started_at", NEW."status", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="af9a783d4548530289877b873b5f48ed5f6d0ef8",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_bc566",
                    table="actions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "action_dependencies_history" ("created_at", "deleted_at", "dependency_action_id", "dependency_type", "dependent_action_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_action_id", NEW."dependency_type", NEW."dependent_action_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id"); RETURN NULL;',
                    hash="cf913f2039ee9c2b654487018d12d3db62dba78d",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_a3354",
                    table="action_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "action_dependencies_history" ("created_at", "deleted_at", "dependency_action_id", "dependency_type", "dependent_action_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (OLD."created_at", OLD."deleted_at", OLD."dependency_action_id", OLD."dependency_type", OLD."dependent_action_id", OLD."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id"); RETURN NULL;',
                    hash="ea2b48108e8c0c48600364a98c859a4cf2786132",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_16a38",
                    table="action_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."dependent_action_id", OLD."dependency_action_id", OLD."dependency_type") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."dependent_action_id", NEW."dependency_action_id", NEW."dependency_type"))',
                    func='INSERT INTO "action_dependencies_history" ("created_at", "deleted_at", "dependency_action_id", "dependency_type", "dependent_action_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_action_id", NEW."dependency_type", NEW."dependent_action_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id"); RETURN NULL;',
                    hash="d2487308b8ecf5bd89c6be78a6c40ed78d7a2355",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_2239e",
                    table="action_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "action_dependencies_history" ("created_at", "deleted_at", "dependency_action_id", "dependency_type", "dependent_action_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_action_id", NEW."dependency_type", NEW."dependent_action_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id"); RETURN NULL;',
                    hash="b3312586b49d0150cedf3b156250a857ff8f49d2",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_a91d8",
                    table="action_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "action_dependencies_history" ("created_at", "deleted_at", "dependency_action_id", "dependency_type", "dependent_action_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_action_id", NEW."dependency_type", NEW."dependent_action_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id"); RETURN NULL;',
                    hash="1e0062009316c548f070ef9be47d7013a21c582e",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_fafb3",
                    table="action_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approvals_history" ("approved_at", "approved_by", "created_at", "decision_id", "deleted_at", "expires_at", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at") VALUES (NEW."approved_at", NEW."approved_by", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."expires_at", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="6f4e04af9a2309fd5f6bc49461bf1e5a1a88e6f6",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_24a2e",
                    table="approvals",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approvals_history" ("approved_at", "approved_by", "created_at", "decision_id", "deleted_at", "expires_at", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at") VALUES (OLD."approved_at", OLD."approved_by", OLD."created_at", OLD."decision_id", OLD."deleted_at", OLD."expires_at", OLD."id", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."status", OLD."updated_at"); RETURN NULL;',
                    hash="c72e67bc21022a2c34f1e5d09995e5fb7e9c5d0d",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_4300b",
                    table="approvals",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."decision_id", OLD."status", OLD."approved_by", OLD."approved_at", OLD."notes", OLD."expires_at") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."decision_id", NEW."status", NEW."approved_by", NEW."approved_at", NEW."notes", NEW."expires_at"))',
                    func='INSERT INTO "approvals_history" ("approved_at", "approved_by", "created_at", "decision_id", "deleted_at", "expires_at", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at") VALUES (NEW."approved_at", NEW."approved_by", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."expires_at", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="edaba26e8dbca39da130d8caa19a8df40998bc5b",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_44c92",
                    table="approvals",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "approvals_history" ("approved_at", "approved_by", "created_at", "decision_id", "deleted_at", "expires_at", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at") VALUES (NEW."approved_at", NEW."approved_by", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."expires_at", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="7bfc99b1923eefef1a0338882c15583626b5cdb8",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_46635",
                    table="approvals",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approval",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "approvals_history" ("approved_at", "approved_by", "created_at", "decision_id", "deleted_at", "expires_at", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "status", "updated_at") VALUES (NEW."approved_at", NEW."approved_by", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."expires_at", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."status", NEW."updated_at"); RETURN NULL;',
                    hash="1789e38b009a274f06717e0eae752690d11c88b1",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_1687c",
                    table="approvals",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decisions_history" ("completed_at", "confidence", "correlation_id", "created_at", "deleted_at", "description", "domain_details", "id", "impact_assessment", "initiated_at", "notes", "operating_mode_id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "requested_by", "risk", "status", "tags", "type", "updated_at") VALUES (NEW."completed_at", NEW."confidence", NEW."correlation_id", NEW."created_at", NEW."deleted_at", NEW."description", NEW."domain_details", NEW."id", NEW."impact_assessment", NEW."initiated_at", NEW."notes", NEW."operating_mode_id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."priority", NEW."requested_by", NEW."risk", NEW."status", NEW."tags", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="4c626a7cda4a4b98ba662ca3b929fda049eb130c",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_bf999",
                    table="decisions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decisions_history" ("completed_at", "confidence", "correlation_id", "created_at", "deleted_at", "description", "domain_details", "id", "impact_assessment", "initiated_at", "notes", "operating_mode_id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "requested_by", "risk", "status", "tags", "type", "updated_at") VALUES (OLD."completed_at", OLD."confidence", OLD."correlation_id", OLD."created_at", OLD."deleted_at", OLD."description", OLD."domain_details", OLD."id", OLD."impact_assessment", OLD."initiated_at", OLD."notes", OLD."operating_mode_id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."priority", OLD."requested_by", OLD."risk", OLD."status", OLD."tags", OLD."type", OLD."updated_at"); RETURN NULL;',
                    hash="dcdf9b910cae1fe7bca968f800206f7c111db135",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_5d388",
                    table="decisions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."type", OLD."description", OLD."initiated_at", OLD."completed_at", OLD."status", OLD."priority", OLD."confidence", OLD."risk", OLD."impact_assessment", OLD."domain_details", OLD."operating_mode_id", OLD."correlation_id", OLD."requested_by", OLD."tags", OLD."notes") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."type", NEW."description", NEW."initiated_at", NEW."completed_at", NEW."status", NEW."priority", NEW."confidence", NEW."risk", NEW."impact_assessment", NEW."domain_details", NEW."operating_mode_id", NEW."correlation_id", NEW."requested_by", NEW."tags", NEW."notes"))',
                    func='INSERT INTO "decisions_history" ("completed_at", "confidence", "correlation_id", "created_at", "deleted_at", "description", "domain_details", "id", "impact_assessment", "initiated_at", "notes", "operating_mode_id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "requested_by", "risk", "status", "tags", "type", "updated_at") VALUES (NEW."completed_at", NEW."confidence", NEW."correlation_id", NEW."created_at", NEW."deleted_at", NEW."description", NEW."domain_details", NEW."id", NEW."impact_assessment", NEW."initiated_at", NEW."notes", NEW."operating_mode_id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."priority", NEW."requested_by", NEW."risk", NEW."status", NEW."tags", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="321619a0a2bc4f76b56e3554ca4b2bab82612795",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_bbe3a",
                    table="decisions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "decisions_history" ("completed_at", "confidence", "correlation_id", "created_at", "deleted_at", "description", "domain_details", "id", "impact_assessment", "initiated_at", "notes", "operating_mode_id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "requested_by", "risk", "status", "tags", "type", "updated_at") VALUES (NEW."completed_at", NEW."confidence", NEW."correlation_id", NEW."created_at", NEW."deleted_at", NEW."description", NEW."domain_details", NEW."id", NEW."impact_assessment", NEW."initiated_at", NEW."notes", NEW."operating_mode_id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."priority", NEW."requested_by", NEW."risk", NEW."status", NEW."tags", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="39c72faf5ccc91fe84f9bd57aff5fd9cf0103c9a",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_bb1a3",
                    table="decisions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "decisions_history" ("completed_at", "confidence", "correlation_id", "created_at", "deleted_at", "description", "domain_details", "id", "impact_assessment", "initiated_at", "notes", "operating_mode_id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "requested_by", "risk", "status", "tags", "type", "updated_at") VALUES (NEW."completed_at", NEW."confidence", NEW."correlation_id", NEW."created_at", NEW."deleted_at", NEW."description", NEW."domain_details", NEW."id", NEW."impact_assessment", NEW."initiated_at", NEW."notes", NEW."operating_mode_id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."priority", NEW."requested_by", NEW."risk", NEW."status", NEW."tags", NEW."type", NEW."updated_at"); RETURN NULL;',
                    hash="6245e5b02142ab1b18735f4e7c5a74737d736302",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_3c94b",
                    table="decisions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decision_dependencies_history" ("created_at", "deleted_at", "dependency_decision_id", "dependency_type", "dependent_decision_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_decision_id", NEW."dependency_type", NEW."dependent_decision_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id"); RETURN NULL;',
                    hash="48a2477e2b53ccb7707597ab9e8b3e2424a40b8f",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_4ea6a",
                    table="decision_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decision_dependencies_history" ("created_at", "deleted_at", "dependency_decision_id", "dependency_type", "dependent_decision_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (OLD."created_at", OLD."deleted_at", OLD."dependency_decision_id", OLD."dependency_type", OLD."dependent_decision_id", OLD."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id"); RETURN NULL;',
                    hash="c74ba8ba8ecb06a843b2bea65b4cba5a348a8419",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_dde22",
                    table="decision_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."dependent_decision_id", OLD."dependency_decision_id", OLD."dependency_type") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."dependent_decision_id", NEW."dependency_decision_id", NEW."dependency_type"))',
                    func='INSERT INTO "decision_dependencies_history" ("created_at", "deleted_at", "dependency_decision_id", "dependency_type", "dependent_decision_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_decision_id", NEW."dependency_type", NEW."dependent_decision_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id"); RETURN NULL;',
                    hash="ebb1186fc2b6cec3baff3fd4be48704426b39f20",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_64e52",
                    table="decision_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "decision_dependencies_history" ("created_at", "deleted_at", "dependency_decision_id", "dependency_type", "dependent_decision_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_decision_id", NEW."dependency_type", NEW."dependent_decision_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id"); RETURN NULL;',
                    hash="290862b322d9f90b67421d1472bbe8b18b6458ed",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_a8506",
                    table="decision_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependency",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "decision_dependencies_history" ("created_at", "deleted_at", "dependency_decision_id", "dependency_type", "dependent_decision_id", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id") VALUES (NEW."created_at", NEW."deleted_at", NEW."dependency_decision_id", NEW."dependency_type", NEW."dependent_decision_id", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id"); RETURN NULL;',
                    hash="b0b827959da4f8102f2c95fc8673e53223980389",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_c33da",
                    table="decision_dependencies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "operating_modes_history" ("activation_criteria", "constraints", "created_at", "created_by", "decision_thresholds", "deleted_at", "description", "id", "is_active", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority_weights", "updated_at", "updated_by", "version") VALUES (NEW."activation_criteria", NEW."constraints", NEW."created_at", NEW."created_by", NEW."decision_thresholds", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."priority_weights", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="c7ff4f8a913ef7ec69eba687be01ad0d77a9d69d",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_09bf5",
                    table="operating_modes",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "operating_modes_history" ("activation_criteria", "constraints", "created_at", "created_by", "decision_thresholds", "deleted_at", "description", "id", "is_active", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority_weights", "updated_at", "updated_by", "version") VALUES (OLD."activation_criteria", OLD."constraints", OLD."created_at", OLD."created_by", OLD."decision_thresholds", OLD."deleted_at", OLD."description", OLD."id", OLD."is_active", OLD."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."priority_weights", OLD."updated_at", OLD."updated_by", OLD."version"); RETURN NULL;',
                    hash="8582e82e5890296e4015f08300af9b655084d38f",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_226e1",
                    table="operating_modes",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."name", OLD."description", OLD."priority_weights", OLD."decision_thresholds", OLD."activation_criteria", OLD."constraints", OLD."is_active") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."name", NEW."description", NEW."priority_weights", NEW."decision_thresholds", NEW."activation_criteria", NEW."constraints", NEW."is_active"))',
                    func='INSERT INTO "operating_modes_history" ("activation_criteria", "constraints", "created_at", "created_by", "decision_thresholds", "deleted_at", "description", "id", "is_active", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority_weights", "updated_at", "updated_by", "version") VALUES (NEW."activation_criteria", NEW."constraints", NEW."created_at", NEW."created_by", NEW."decision_thresholds", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."priority_weights", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="1bd36ab7f87730e372745957ed35cd871e357ef1",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_84569",
                    table="operating_modes",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "operating_modes_history" ("activation_criteria", "constraints", "created_at", "created_by", "decision_thresholds", "deleted_at", "description", "id", "is_active", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority_weights", "updated_at", "updated_by", "version") VALUES (NEW."activation_criteria", NEW."constraints", NEW."created_at", NEW."created_by", NEW."decision_thresholds", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."priority_weights", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="a99dbc6138d5aeb08857430c7e443f7b886d2d76",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_1849d",
                    table="operating_modes",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmode",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "operating_modes_history" ("activation_criteria", "constraints", "created_at", "created_by", "decision_thresholds", "deleted_at", "description", "id", "is_active", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority_weights", "updated_at", "updated_by", "version") VALUES (NEW."activation_criteria", NEW."constraints", NEW."created_at", NEW."created_by", NEW."decision_thresholds", NEW."deleted_at", NEW."description", NEW."id", NEW."is_active", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."priority_weights", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="85375d702a6c08b91bd902b9592ba1098a8803f7",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_9598c",
                    table="operating_modes",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actiondependencyevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="7c7729da2f62f13c164dcfbaada7e01d2566ed99",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_53bd5",
                    table="action_dependencies_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="actionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="72f5599562a64c76ae71cb853a13557155e21d78",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_b32c6",
                    table="actions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="f774c8cef3fa1574d269b18232a475cff0adc010",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_dddb9",
                    table="approvals_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisiondependencyevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="56b5fe1ca7e7fa0e9f905162eb4de362b0e0b93c",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_b2875",
                    table="decision_dependencies_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="e1bb8c070cca3cff6eee8405c0f13497f4394dad",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_3cddd",
                    table="decisions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="operatingmodeevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="38f1cb44b803abda51e543ede0e971a88921d8c4",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_3cbb7",
                    table="operating_modes_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
