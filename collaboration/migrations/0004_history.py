"""
Migration: collaboration 0004_history

Description:  Change history of the collaboration entity tables (ai_explanations,
              collaboration_artifacts, collaboration_sessions, human_feedback): per table an
              append-only event table `<table>_history` (a nullable copy of every column, plus
              pgh_id, pgh_created_at, pgh_label, pgh_obj_id, pgh_context, pgh_context_id,
              pgh_diff), five AFTER ROW triggers on the entity table (history_insert,
              history_update, history_soft_delete, history_restore, history_delete) writing one
              event row each, and an append_only trigger on the event table. Generated from
              airport_platform/history/tracking.py (`makemigrations collaboration`), then made
              adoptive: on a database where the core's former `history 0001_initial` created
              these tables, `CreateModelIfMissing` keeps them and their rows, and the triggers
              (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: collaboration 0003_consistency_checks (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate collaboration 0003_consistency_checks`): drops the triggers and this
              app's event tables, with their rows; other apps' history is untouched.
"""

import django.db.models.deletion
import pghistory.utils
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

from airport_platform.db.operations import CreateModelIfMissing


class Migration(migrations.Migration):
    dependencies = [
        ("collaboration", "0003_consistency_checks"),
    ]

    operations = [
        CreateModelIfMissing(
            name="AIExplanationEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("entity_id", models.UUIDField(blank=True, null=True)),
                ("entity_type", models.CharField(blank=True, max_length=50, null=True)),
                ("explanation_format", models.CharField(blank=True, max_length=50, null=True)),
                ("content", models.TextField(blank=True, null=True)),
                ("summary", models.TextField(blank=True, null=True)),
                ("audience_level", models.CharField(blank=True, max_length=20, null=True)),
                (
                    "confidence_score",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True),
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
                        to="collaboration.aiexplanation",
                    ),
                ),
            ],
            options={
                "verbose_name": "AI explanation change",
                "verbose_name_plural": "AI explanation changes",
                "db_table": "ai_explanations_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="CollaborationArtifactEvent",
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
                ("session", models.UUIDField(blank=True, db_column="session_id", null=True)),
                ("artifact_type", models.CharField(blank=True, max_length=50, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("content", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="collaboration.collaborationartifact",
                    ),
                ),
            ],
            options={
                "verbose_name": "collaboration artifact change",
                "verbose_name_plural": "collaboration artifact changes",
                "db_table": "collaboration_artifacts_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="CollaborationSessionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("session_type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("started_at", models.DateTimeField(blank=True, null=True)),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                ("initiated_by", models.CharField(blank=True, max_length=100, null=True)),
                ("participants", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
                ("workspace_data", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="collaboration.collaborationsession",
                    ),
                ),
            ],
            options={
                "verbose_name": "collaboration session change",
                "verbose_name_plural": "collaboration session changes",
                "db_table": "collaboration_sessions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="HumanFeedbackEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("entity_id", models.UUIDField(blank=True, null=True)),
                ("entity_type", models.CharField(blank=True, max_length=50, null=True)),
                ("feedback_type", models.CharField(blank=True, max_length=50, null=True)),
                ("rating", models.IntegerField(blank=True, null=True)),
                ("comments", models.TextField(blank=True, null=True)),
                ("provided_by", models.CharField(blank=True, max_length=100, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="collaboration.humanfeedback",
                    ),
                ),
            ],
            options={
                "verbose_name": "human feedback change",
                "verbose_name_plural": "human feedback changes",
                "db_table": "human_feedback_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanation",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "ai_explanations_history" ("audience_level", "confidence_score", "content", "created_at", "deleted_at", "entity_id", "entity_type", "explanation_format", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "summary") VALUES (NEW."audience_level", NEW."confidence_score", NEW."content", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."explanation_format", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."summary"); RETURN NULL;',
                    hash="c8d2e862a60ad67e58f9dcc52fde6504183c45e5",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_13a53",
                    table="ai_explanations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanation",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "ai_explanations_history" ("audience_level", "confidence_score", "content", "created_at", "deleted_at", "entity_id", "entity_type", "explanation_format", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "summary") VALUES (OLD."audience_level", OLD."confidence_score", OLD."content", OLD."created_at", OLD."deleted_at", OLD."entity_id", OLD."entity_type", OLD."explanation_format", OLD."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."summary"); RETURN NULL;',
                    hash="f7451978d8be7e7916496e217a4ad00e5e5f1203",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_2828d",
                    table="ai_explanations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanation",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."entity_id", OLD."entity_type", OLD."explanation_format", OLD."content", OLD."summary", OLD."audience_level", OLD."confidence_score") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."explanation_format", NEW."content", NEW."summary", NEW."audience_level", NEW."confidence_score"))',
                    func='INSERT INTO "ai_explanations_history" ("audience_level", "confidence_score", "content", "created_at", "deleted_at", "entity_id", "entity_type", "explanation_format", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "summary") VALUES (NEW."audience_level", NEW."confidence_score", NEW."content", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."explanation_format", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."summary"); RETURN NULL;',
                    hash="9ab1068a1f26dced5afa1aea68834155fde57fb0",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_6a16e",
                    table="ai_explanations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanation",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "ai_explanations_history" ("audience_level", "confidence_score", "content", "created_at", "deleted_at", "entity_id", "entity_type", "explanation_format", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "summary") VALUES (NEW."audience_level", NEW."confidence_score", NEW."content", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."explanation_format", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."summary"); RETURN NULL;',
                    hash="344ca76cb1656348c580866981ead69b9b09ba5a",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_a2517",
                    table="ai_explanations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanation",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "ai_explanations_history" ("audience_level", "confidence_score", "content", "created_at", "deleted_at", "entity_id", "entity_type", "explanation_format", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "summary") VALUES (NEW."audience_level", NEW."confidence_score", NEW."content", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."explanation_format", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."summary"); RETURN NULL;',
                    hash="04e7006a29b10a87e912b2fe0bde8c730703680b",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_dee5d",
                    table="ai_explanations",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "collaboration_artifacts_history" ("artifact_type", "content", "created_at", "created_by", "deleted_at", "description", "id", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_id", "updated_at", "updated_by", "version") VALUES (NEW."artifact_type", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."session_id", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="0b460080e19ba28f1907f7bb10e8374f804f2345",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_82317",
                    table="collaboration_artifacts",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "collaboration_artifacts_history" ("artifact_type", "content", "created_at", "created_by", "deleted_at", "description", "id", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_id", "updated_at", "updated_by", "version") VALUES (OLD."artifact_type", OLD."content", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."id", OLD."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."session_id", OLD."updated_at", OLD."updated_by", OLD."version"); RETURN NULL;',
                    hash="0a57735170183123e28fe7a819e3df99ec2d382e",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_dd13d",
                    table="collaboration_artifacts",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."session_id", OLD."artifact_type", OLD."name", OLD."description", OLD."content") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."session_id", NEW."artifact_type", NEW."name", NEW."description", NEW."content"))',
                    func='INSERT INTO "collaboration_artifacts_history" ("artifact_type", "content", "created_at", "created_by", "deleted_at", "description", "id", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_id", "updated_at", "updated_by", "version") VALUES (NEW."artifact_type", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."session_id", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="9620858de135d7b85fef57664c7fcd498e3b6353",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_f1a55",
                    table="collaboration_artifacts",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "collaboration_artifacts_history" ("artifact_type", "content", "created_at", "created_by", "deleted_at", "description", "id", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_id", "updated_at", "updated_by", "version") VALUES (NEW."artifact_type", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."session_id", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="bd3e13bf4cf35b7a99efe93c00d72209c7301853",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_749fa",
                    table="collaboration_artifacts",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifact",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "collaboration_artifacts_history" ("artifact_type", "content", "created_at", "created_by", "deleted_at", "description", "id", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_id", "updated_at", "updated_by", "version") VALUES (NEW."artifact_type", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."session_id", NEW."updated_at", NEW."updated_by", NEW."version"); RETURN NULL;',
                    hash="146bf6a27517d0f7f14e74c690a4be2830099f67",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_f97d2",
                    table="collaboration_artifacts",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "collaboration_sessions_history" ("created_at", "deleted_at", "description", "ended_at", "id", "initiated_by", "metrics", "participants", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_type", "started_at", "status", "updated_at", "workspace_data") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."ended_at", NEW."id", NEW."initiated_by", NEW."metrics", NEW."participants", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."session_type", NEW."started_at", NEW."status", NEW."updated_at", NEW."workspace_data"); RETURN NULL;',
                    hash="68fe82c562bc5930f894ae4845f6aa7ff56dd223",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_49409",
                    table="collaboration_sessions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "collaboration_sessions_history" ("created_at", "deleted_at", "description", "ended_at", "id", "initiated_by", "metrics", "participants", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_type", "started_at", "status", "updated_at", "workspace_data") VALUES (OLD."created_at", OLD."deleted_at", OLD."description", OLD."ended_at", OLD."id", OLD."initiated_by", OLD."metrics", OLD."participants", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."session_type", OLD."started_at", OLD."status", OLD."updated_at", OLD."workspace_data"); RETURN NULL;',
                    hash="1cd25b7d7580895dd119aec639750d2a3f448f0d",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_50798",
                    table="collaboration_sessions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."session_type", OLD."description", OLD."status", OLD."started_at", OLD."ended_at", OLD."initiated_by", OLD."participants", OLD."metrics", OLD."workspace_data") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."session_type", NEW."description", NEW."status", NEW."started_at", NEW."ended_at", NEW."initiated_by", NEW."participants", NEW."metrics", NEW."workspace_data"))',
                    func='INSERT INTO "collaboration_sessions_history" ("created_at", "deleted_at", "description", "ended_at", "id", "initiated_by", "metrics", "participants", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_type", "started_at", "status", "updated_at", "workspace_data") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."ended_at", NEW."id", NEW."initiated_by", NEW."metrics", NEW."participants", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."session_type", NEW."started_at", NEW."status", NEW."updated_at", NEW."workspace_data"); RETURN NULL;',
                    hash="9bc337af563a8ddcbe88bf3615f7e396f018b338",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_925e0",
                    table="collaboration_sessions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "collaboration_sessions_history" ("created_at", "deleted_at", "description", "ended_at", "id", "initiated_by", "metrics", "participants", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_type", "started_at", "status", "updated_at", "workspace_data") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."ended_at", NEW."id", NEW."initiated_by", NEW."metrics", NEW."participants", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."session_type", NEW."started_at", NEW."status", NEW."updated_at", NEW."workspace_data"); RETURN NULL;',
                    hash="22f456bc37818c17ed53684daab0ad3066ef629c",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_def7c",
                    table="collaboration_sessions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsession",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "collaboration_sessions_history" ("created_at", "deleted_at", "description", "ended_at", "id", "initiated_by", "metrics", "participants", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "session_type", "started_at", "status", "updated_at", "workspace_data") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."ended_at", NEW."id", NEW."initiated_by", NEW."metrics", NEW."participants", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."session_type", NEW."started_at", NEW."status", NEW."updated_at", NEW."workspace_data"); RETURN NULL;',
                    hash="1ee7859dc226f2a52790af096e6d89bac67433bc",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_83593",
                    table="collaboration_sessions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedback",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "human_feedback_history" ("comments", "created_at", "deleted_at", "entity_id", "entity_type", "feedback_type", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "provided_by", "rating") VALUES (NEW."comments", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."feedback_type", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."provided_by", NEW."rating"); RETURN NULL;',
                    hash="bbf8b3b13b706900c31a1078b639745fa51ed253",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_ceaa5",
                    table="human_feedback",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedback",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "human_feedback_history" ("comments", "created_at", "deleted_at", "entity_id", "entity_type", "feedback_type", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "provided_by", "rating") VALUES (OLD."comments", OLD."created_at", OLD."deleted_at", OLD."entity_id", OLD."entity_type", OLD."feedback_type", OLD."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."provided_by", OLD."rating"); RETURN NULL;',
                    hash="e09a56d6ba6da68b12e32d6f5a9a6383d4109307",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_3c6cd",
                    table="human_feedback",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedback",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."entity_id", OLD."entity_type", OLD."feedback_type", OLD."rating", OLD."comments", OLD."provided_by") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."feedback_type", NEW."rating", NEW."comments", NEW."provided_by"))',
                    func='INSERT INTO "human_feedback_history" ("comments", "created_at", "deleted_at", "entity_id", "entity_type", "feedback_type", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "provided_by", "rating") VALUES (NEW."comments", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."feedback_type", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."provided_by", NEW."rating"); RETURN NULL;',
                    hash="e8e11b237f3f91f3c7cd3b15cf68603e2edcc596",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_2938f",
                    table="human_feedback",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedback",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "human_feedback_history" ("comments", "created_at", "deleted_at", "entity_id", "entity_type", "feedback_type", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "provided_by", "rating") VALUES (NEW."comments", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."feedback_type", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."provided_by", NEW."rating"); RETURN NULL;',
                    hash="ae6e33c1ecacb5648abd72d7fb3f1b2e868298b3",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_f5f22",
                    table="human_feedback",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedback",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "human_feedback_history" ("comments", "created_at", "deleted_at", "entity_id", "entity_type", "feedback_type", "id", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "provided_by", "rating") VALUES (NEW."comments", NEW."created_at", NEW."deleted_at", NEW."entity_id", NEW."entity_type", NEW."feedback_type", NEW."id", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."provided_by", NEW."rating"); RETURN NULL;',
                    hash="3e64c3ddeb8bf04fd047b343ee02a3c39d8e4f95",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_1265e",
                    table="human_feedback",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="aiexplanationevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="3e9a8dc39c9ba95e0168d9ebf3c4dd9eed45d6e1",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_8b3b7",
                    table="ai_explanations_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationartifactevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="7aea1464e38d11333637ce0db8168a41ae9ceb4e",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_28e55",
                    table="collaboration_artifacts_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="collaborationsessionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="a256e5d615de1091adcc70f3b26c89bc80220bbb",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_6c696",
                    table="collaboration_sessions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="humanfeedbackevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="67367d653ac2d855776633ce6716d826a0e88073",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_8d858",
                    table="human_feedback_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
