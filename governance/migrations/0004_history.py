"""
Migration: governance 0004_history

Description:  Change history of the governance entity tables (decision_audits,
              ethical_principles, governance_policies): per table an append-only event table
              `<table>_history` (a nullable copy of every column, plus pgh_id, pgh_created_at,
              pgh_label, pgh_obj_id, pgh_context, pgh_context_id, pgh_diff), five AFTER ROW
              triggers on the entity table (history_insert, history_update, history_soft_delete,
              history_restore, history_delete) writing one event row each, and an append_only
              trigger on the event table. Generated from airport_platform/history/tracking.py
              (`makemigrations governance`), then made adoptive: on a database where the core's
              former `history 0001_initial` created these tables, `CreateModelIfMissing` keeps
              them and their rows, and the triggers (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: governance 0003_required_json_may_be_empty (the tables tracked); no other domain
              app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate governance 0003_required_json_may_be_empty`): drops the triggers and
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
        ("governance", "0003_required_json_may_be_empty"),
    ]

    operations = [
        CreateModelIfMissing(
            name="DecisionAuditEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("decision", models.UUIDField(blank=True, db_column="decision_id", null=True)),
                ("timestamp", models.DateTimeField(blank=True, null=True)),
                ("audit_type", models.CharField(blank=True, max_length=50, null=True)),
                ("audited_by", models.CharField(blank=True, max_length=100, null=True)),
                ("compliance_status", models.CharField(blank=True, max_length=20, null=True)),
                ("ethical_assessment", models.JSONField(blank=True, null=True)),
                ("governance_assessment", models.JSONField(blank=True, null=True)),
                ("recommendations", models.TextField(blank=True, null=True)),
                ("notes", models.TextField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="governance.decisionaudit",
                    ),
                ),
            ],
            options={
                "verbose_name": "decision audit change",
                "verbose_name_plural": "decision audit changes",
                "db_table": "decision_audits_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="EthicalPrincipleEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("version", models.IntegerField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("priority", models.IntegerField(blank=True, null=True)),
                ("category", models.CharField(blank=True, max_length=50, null=True)),
                ("implementation_rules", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
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
                        to="governance.ethicalprinciple",
                    ),
                ),
            ],
            options={
                "verbose_name": "ethical principle change",
                "verbose_name_plural": "ethical principle changes",
                "db_table": "ethical_principles_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="GovernancePolicyEvent",
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
                ("policy_type", models.CharField(blank=True, max_length=50, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("policy_rules", models.JSONField(blank=True, null=True)),
                (
                    "affected_domains",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("implementation_level", models.CharField(blank=True, max_length=20, null=True)),
                ("override_conditions", models.JSONField(blank=True, null=True)),
                ("audit_requirements", models.JSONField(blank=True, null=True)),
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
                        to="governance.governancepolicy",
                    ),
                ),
            ],
            options={
                "verbose_name": "governance policy change",
                "verbose_name_plural": "governance policy changes",
                "db_table": "governance_policies_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionaudit",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decision_audits_history" ("audit_type", "audited_by", "compliance_status", "created_at", "decision_id", "deleted_at", "ethical_assessment", "governance_assessment", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "recommendations", "timestamp") VALUES (NEW."audit_type", NEW."audited_by", NEW."compliance_status", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."ethical_assessment", NEW."governance_assessment", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."recommendations", NEW."timestamp"); RETURN NULL;',
                    hash="28e81002c8c9a92e34232eb272a33af916128705",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_3ed59",
                    table="decision_audits",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionaudit",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "decision_audits_history" ("audit_type", "audited_by", "compliance_status", "created_at", "decision_id", "deleted_at", "ethical_assessment", "governance_assessment", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "recommendations", "timestamp") VALUES (OLD."audit_type", OLD."audited_by", OLD."compliance_status", OLD."created_at", OLD."decision_id", OLD."deleted_at", OLD."ethical_assessment", OLD."governance_assessment", OLD."id", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."recommendations", OLD."timestamp"); RETURN NULL;',
                    hash="a2fe95a68754bc2315857ddaa7e1a41893116390",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_88e17",
                    table="decision_audits",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionaudit",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."decision_id", OLD."timestamp", OLD."audit_type", OLD."audited_by", OLD."compliance_status", OLD."ethical_assessment", OLD."governance_assessment", OLD."recommendations", OLD."notes") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."decision_id", NEW."timestamp", NEW."audit_type", NEW."audited_by", NEW."compliance_status", NEW."ethical_assessment", NEW."governance_assessment", NEW."recommendations", NEW."notes"))',
                    func='INSERT INTO "decision_audits_history" ("audit_type", "audited_by", "compliance_status", "created_at", "decision_id", "deleted_at", "ethical_assessment", "governance_assessment", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "recommendations", "timestamp") VALUES (NEW."audit_type", NEW."audited_by", NEW."compliance_status", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."ethical_assessment", NEW."governance_assessment", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."recommendations", NEW."timestamp"); RETURN NULL;',
                    hash="96bf8b0b9c7aa2e8d41baccf59e7e8746fec3f95",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_1a223",
                    table="decision_audits",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionaudit",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "decision_audits_history" ("audit_type", "audited_by", "compliance_status", "created_at", "decision_id", "deleted_at", "ethical_assessment", "governance_assessment", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "recommendations", "timestamp") VALUES (NEW."audit_type", NEW."audited_by", NEW."compliance_status", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."ethical_assessment", NEW."governance_assessment", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."recommendations", NEW."timestamp"); RETURN NULL;',
                    hash="461d7b9d48e4422a16fb131d9b654c5c23064df3",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_76f81",
                    table="decision_audits",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionaudit",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "decision_audits_history" ("audit_type", "audited_by", "compliance_status", "created_at", "decision_id", "deleted_at", "ethical_assessment", "governance_assessment", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "recommendations", "timestamp") VALUES (NEW."audit_type", NEW."audited_by", NEW."compliance_status", NEW."created_at", NEW."decision_id", NEW."deleted_at", NEW."ethical_assessment", NEW."governance_assessment", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."recommendations", NEW."timestamp"); RETURN NULL;',
                    hash="7b3c11d85f598ddef3a2d9b7f1c150135ebab2bc",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_68e68",
                    table="decision_audits",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "ethical_principles_history" ("category", "created_at", "deleted_at", "description", "id", "implementation_rules", "is_active", "metrics", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "updated_at", "version") VALUES (NEW."category", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_rules", NEW."is_active", NEW."metrics", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."priority", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="4cdcd21b04f2c6fa4c3a2ca13ffb23ca5f5da74f",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_b1263",
                    table="ethical_principles",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "ethical_principles_history" ("category", "created_at", "deleted_at", "description", "id", "implementation_rules", "is_active", "metrics", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "updated_at", "version") VALUES (OLD."category", OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."implementation_rules", OLD."is_active", OLD."metrics", OLD."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."priority", OLD."updated_at", OLD."version"); RETURN NULL;',
                    hash="1d85cd9794358bf49bd1da73dde47d65a9c138e0",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_b8138",
                    table="ethical_principles",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."name", OLD."description", OLD."priority", OLD."category", OLD."implementation_rules", OLD."metrics", OLD."is_active") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."name", NEW."description", NEW."priority", NEW."category", NEW."implementation_rules", NEW."metrics", NEW."is_active"))',
                    func='INSERT INTO "ethical_principles_history" ("category", "created_at", "deleted_at", "description", "id", "implementation_rules", "is_active", "metrics", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "updated_at", "version") VALUES (NEW."category", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_rules", NEW."is_active", NEW."metrics", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."priority", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="72f8985906bb5c4d4b562ae9b9abd5a16092d684",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_fae4c",
                    table="ethical_principles",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "ethical_principles_history" ("category", "created_at", "deleted_at", "description", "id", "implementation_rules", "is_active", "metrics", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "updated_at", "version") VALUES (NEW."category", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_rules", NEW."is_active", NEW."metrics", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."priority", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="e96bd13ebcd36b48313ac3d32fcd15e0a7a2db21",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_6e838",
                    table="ethical_principles",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprinciple",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "ethical_principles_history" ("category", "created_at", "deleted_at", "description", "id", "implementation_rules", "is_active", "metrics", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "updated_at", "version") VALUES (NEW."category", NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_rules", NEW."is_active", NEW."metrics", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."priority", NEW."updated_at", NEW."version"); RETURN NULL;',
                    hash="6c81e08ac826d02ab7241c1351c214eff4aba2d1",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_688c9",
                    table="ethical_principles",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "governance_policies_history" ("affected_domains", "audit_requirements", "created_at", "created_by", "deleted_at", "description", "id", "implementation_level", "is_active", "name", "override_conditions", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policy_rules", "policy_type", "updated_at", "updated_by", "version") VALUES (NEW."affected_domains", NEW."audit_requirements", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_level", NEW."is_active", NEW."name", NEW."override_conditions", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."policy_rules", NEW."policy_type", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="3881a110fcc7846e1b851a05546e0f7272f631ee",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_f348b",
                    table="governance_policies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "governance_policies_history" ("affected_domains", "audit_requirements", "created_at", "created_by", "deleted_at", "description", "id", "implementation_level", "is_active", "name", "override_conditions", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policy_rules", "policy_type", "updated_at", "updated_by", "version") VALUES (OLD."affected_domains", OLD."audit_requirements", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."id", OLD."implementation_level", OLD."is_active", OLD."name", OLD."override_conditions", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."policy_rules", OLD."policy_type", OLD."updated_at", OLD."updated_by", OLD."version"); RETURN NULL;',
                    hash="661207a95c6e32cad8f410743a11ec95eeade969",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_e2669",
                    table="governance_policies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."policy_type", OLD."name", OLD."description", OLD."policy_rules", OLD."affected_domains", OLD."implementation_level", OLD."override_conditions", OLD."audit_requirements", OLD."is_active") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."policy_type", NEW."name", NEW."description", NEW."policy_rules", NEW."affected_domains", NEW."implementation_level", NEW."override_conditions", NEW."audit_requirements", NEW."is_active"))',
                    func='INSERT INTO "governance_policies_history" ("affected_domains", "audit_requirements", "created_at", "created_by", "deleted_at", "description", "id", "implementation_level", "is_active", "name", "override_conditions", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policy_rules", "policy_type", "updated_at", "updated_by", "version") VALUES (NEW."affected_domains", NEW."audit_requirements", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_level", NEW."is_active", NEW."name", NEW."override_conditions", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."policy_rules", NEW."policy_type", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="26cf34fcddb0d20b46b5162599805fca6d9f91c0",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_9d12d",
                    table="governance_policies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "governance_policies_history" ("affected_domains", "audit_requirements", "created_at", "created_by", "deleted_at", "description", "id", "implementation_level", "is_active", "name", "override_conditions", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policy_rules", "policy_type", "updated_at", "updated_by", "version") VALUES (NEW."affected_domains", NEW."audit_requirements", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_level", NEW."is_active", NEW."name", NEW."override_conditions", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."policy_rules", NEW."policy_type", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="0fa610de74712ee4cbad7829e8d3308530699b12",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_7ff6e",
                    table="governance_policies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicy",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "governance_policies_history" ("affected_domains", "audit_requirements", "created_at", "created_by", "deleted_at", "description", "id", "implementation_level", "is_active", "name", "override_conditions", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policy_rules", "policy_type", "updated_at", "updated_by", "version") VALUES (NEW."affected_domains", NEW."audit_requirements", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."implementation_level", NEW."is_active", NEW."name", NEW."override_conditions", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."policy_rules", NEW."policy_type", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="5e3fd7d8ba3887969141079f77715b5e336818e7",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_5e068",
                    table="governance_policies",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decisionauditevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="a0c127e0b48bac7a687a5e4477d578614e5fd7c6",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_99746",
                    table="decision_audits_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="ethicalprincipleevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="003af21fc07689c85ee64f68a775bf56b9618a8d",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_9b636",
                    table="ethical_principles_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="governancepolicyevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="149854300090df97db371c8f30a3c98c5059a4fc",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_a599d",
                    table="governance_policies_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
