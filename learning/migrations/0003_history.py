"""
Migration: learning 0003_history

Description:  Change history of the learning entity tables (knowledge_applications,
              knowledge_items, knowledge_sources): per table an append-only event table
              `<table>_history` (a nullable copy of every column, plus pgh_id, pgh_created_at,
              pgh_label, pgh_obj_id, pgh_context, pgh_context_id, pgh_diff), five AFTER ROW
              triggers on the entity table (history_insert, history_update, history_soft_delete,
              history_restore, history_delete) writing one event row each, and an append_only
              trigger on the event table. Generated from airport_platform/history/tracking.py
              (`makemigrations learning`), then made adoptive: on a database where the core's
              former `history 0001_initial` created these tables, `CreateModelIfMissing` keeps
              them and their rows, and the triggers (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: learning 0002_required_json_may_be_empty (the tables tracked); no other domain
              app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate learning 0002_required_json_may_be_empty`): drops the triggers and
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
        ("learning", "0002_required_json_may_be_empty"),
    ]

    operations = [
        CreateModelIfMissing(
            name="KnowledgeApplicationEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("knowledge_item", models.UUIDField(blank=True, db_column="knowledge_item_id", null=True)),
                ("target_domain", models.CharField(blank=True, max_length=50, null=True)),
                ("target_context", models.JSONField(blank=True, null=True)),
                ("application_timestamp", models.DateTimeField(blank=True, null=True)),
                ("success_rating", models.IntegerField(blank=True, null=True)),
                ("adaptation_details", models.JSONField(blank=True, null=True)),
                ("metrics", models.JSONField(blank=True, null=True)),
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
                        to="learning.knowledgeapplication",
                    ),
                ),
            ],
            options={
                "verbose_name": "knowledge application change",
                "verbose_name_plural": "knowledge application changes",
                "db_table": "knowledge_applications_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="KnowledgeItemEvent",
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
                ("item_type", models.CharField(blank=True, max_length=50, null=True)),
                ("title", models.CharField(blank=True, max_length=200, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                ("content", models.JSONField(blank=True, null=True)),
                ("source_domain", models.CharField(blank=True, max_length=50, null=True)),
                ("source_context", models.JSONField(blank=True, null=True)),
                (
                    "applicable_domains",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                (
                    "confidence_score",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True),
                ),
                ("validation_status", models.CharField(blank=True, max_length=20, null=True)),
                (
                    "tags",
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
                        to="learning.knowledgeitem",
                    ),
                ),
            ],
            options={
                "verbose_name": "knowledge item change",
                "verbose_name_plural": "knowledge item changes",
                "db_table": "knowledge_items_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="KnowledgeSourceEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("source_type", models.CharField(blank=True, max_length=50, null=True)),
                ("name", models.CharField(blank=True, max_length=100, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "reliability_score",
                    models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True),
                ),
                ("metadata", models.JSONField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
                (
                    "pgh_obj",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="learning.knowledgesource",
                    ),
                ),
            ],
            options={
                "verbose_name": "knowledge source change",
                "verbose_name_plural": "knowledge source changes",
                "db_table": "knowledge_sources_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_applications_history" ("adaptation_details", "application_timestamp", "created_at", "deleted_at", "id", "knowledge_item_id", "metrics", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "success_rating", "target_context", "target_domain") VALUES (NEW."adaptation_details", NEW."application_timestamp", NEW."created_at", NEW."deleted_at", NEW."id", NEW."knowledge_item_id", NEW."metrics", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."success_rating", NEW."target_context", NEW."target_domain"); RETURN NULL;',
                    hash="0b8aee255af2d10784ccf0056e107ff26d0f5439",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_1c0aa",
                    table="knowledge_applications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_applications_history" ("adaptation_details", "application_timestamp", "created_at", "deleted_at", "id", "knowledge_item_id", "metrics", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "success_rating", "target_context", "target_domain") VALUES (OLD."adaptation_details", OLD."application_timestamp", OLD."created_at", OLD."deleted_at", OLD."id", OLD."knowledge_item_id", OLD."metrics", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."success_rating", OLD."target_context", OLD."target_domain"); RETURN NULL;',
                    hash="44038f8c98f5c9ee2bf6086ab3af3153fbd1ea71",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_ba64a",
                    table="knowledge_applications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."knowledge_item_id", OLD."target_domain", OLD."target_context", OLD."application_timestamp", OLD."success_rating", OLD."adaptation_details", OLD."metrics", OLD."notes") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."knowledge_item_id", NEW."target_domain", NEW."target_context", NEW."application_timestamp", NEW."success_rating", NEW."adaptation_details", NEW."metrics", NEW."notes"))',
                    func='INSERT INTO "knowledge_applications_history" ("adaptation_details", "application_timestamp", "created_at", "deleted_at", "id", "knowledge_item_id", "metrics", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "success_rating", "target_context", "target_domain") VALUES (NEW."adaptation_details", NEW."application_timestamp", NEW."created_at", NEW."deleted_at", NEW."id", NEW."knowledge_item_id", NEW."metrics", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."success_rating", NEW."target_context", NEW."target_domain"); RETURN NULL;',
                    hash="bcd36a592ee72607afe213f3fdf58e6b4591701f",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_0a75b",
                    table="knowledge_applications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "knowledge_applications_history" ("adaptation_details", "application_timestamp", "created_at", "deleted_at", "id", "knowledge_item_id", "metrics", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "success_rating", "target_context", "target_domain") VALUES (NEW."adaptation_details", NEW."application_timestamp", NEW."created_at", NEW."deleted_at", NEW."id", NEW."knowledge_item_id", NEW."metrics", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."success_rating", NEW."target_context", NEW."target_domain"); RETURN NULL;',
                    hash="6847822ef7b6820cb2c28f42ad02036227497013",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_c36eb",
                    table="knowledge_applications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplication",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "knowledge_applications_history" ("adaptation_details", "application_timestamp", "created_at", "deleted_at", "id", "knowledge_item_id", "metrics", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "success_rating", "target_context", "target_domain") VALUES (NEW."adaptation_details", NEW."application_timestamp", NEW."created_at", NEW."deleted_at", NEW."id", NEW."knowledge_item_id", NEW."metrics", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."success_rating", NEW."target_context", NEW."target_domain"); RETURN NULL;',
                    hash="b9528fd5944d83b7e7087bc8ee7beaf3db2219db",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_49b44",
                    table="knowledge_applications",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_items_history" ("applicable_domains", "confidence_score", "content", "created_at", "created_by", "deleted_at", "description", "id", "item_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "source_context", "source_domain", "tags", "title", "updated_at", "updated_by", "validation_status", "version") VALUES (NEW."applicable_domains", NEW."confidence_score", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."item_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."source_context", NEW."source_domain", NEW."tags", NEW."title", NEW."updated_at", NEW."updated_by", NEW."validation_status", NEW."version"); RETURN NULL;',
                    hash="b070155396aa68a658954b9af98f613ac4e2738f",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_9fc3c",
                    table="knowledge_items",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_items_history" ("applicable_domains", "confidence_score", "content", "created_at", "created_by", "deleted_at", "description", "id", "item_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "source_context", "source_domain", "tags", "title", "updated_at", "updated_by", "validation_status", "version") VALUES (OLD."applicable_domains", OLD."confidence_score", OLD."content", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."id", OLD."item_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."source_context", OLD."source_domain", OLD."tags", OLD."title", OLD."updated_at", OLD."updated_by", OLD."validation_status", OLD."version"); RETURN NULL;',
                    hash="586c0aff660340cb256c19835ac67bcdc6182d80",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_7e8e3",
                    table="knowledge_items",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."item_type", OLD."title", OLD."description", OLD."content", OLD."source_domain", OLD."source_context", OLD."applicable_domains", OLD."confidence_score", OLD."validation_status", OLD."tags") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."item_type", NEW."title", NEW."description", NEW."content", NEW."source_domain", NEW."source_context", NEW."applicable_domains", NEW."confidence_score", NEW."validation_status", NEW."tags"))',
                    func='INSERT INTO "knowledge_items_history" ("applicable_domains", "confidence_score", "content", "created_at", "created_by", "deleted_at", "description", "id", "item_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "source_context", "source_domain", "tags", "title", "updated_at", "updated_by", "validation_status", "version") VALUES (NEW."applicable_domains", NEW."confidence_score", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."item_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."source_context", NEW."source_domain", NEW."tags", NEW."title", NEW."updated_at", NEW."updated_by", NEW."validation_status", NEW."version"); RETURN NULL;',
                    hash="2b0732862849cedcc46670aa0ebeed8b9a31db53",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_1e3da",
                    table="knowledge_items",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "knowledge_items_history" ("applicable_domains", "confidence_score", "content", "created_at", "created_by", "deleted_at", "description", "id", "item_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "source_context", "source_domain", "tags", "title", "updated_at", "updated_by", "validation_status", "version") VALUES (NEW."applicable_domains", NEW."confidence_score", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."item_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."source_context", NEW."source_domain", NEW."tags", NEW."title", NEW."updated_at", NEW."updated_by", NEW."validation_status", NEW."version"); RETURN NULL;',
                    hash="265cbc87ad4a74bbba4fe53384c5068518ebbb06",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_d84b0",
                    table="knowledge_items",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitem",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "knowledge_items_history" ("applicable_domains", "confidence_score", "content", "created_at", "created_by", "deleted_at", "description", "id", "item_type", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "source_context", "source_domain", "tags", "title", "updated_at", "updated_by", "validation_status", "version") VALUES (NEW."applicable_domains", NEW."confidence_score", NEW."content", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."id", NEW."item_type", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."source_context", NEW."source_domain", NEW."tags", NEW."title", NEW."updated_at", NEW."updated_by", NEW."validation_status", NEW."version"); RETURN NULL;',
                    hash="c9422c29fb2c0feb8e96120194f202a6c4c7fc56",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_bad6c",
                    table="knowledge_items",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_sources_history" ("created_at", "deleted_at", "description", "id", "metadata", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "reliability_score", "source_type", "updated_at") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."metadata", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."reliability_score", NEW."source_type", NEW."updated_at"); RETURN NULL;',
                    hash="94083fbaebacdc6dc9d93178287a8b6507162720",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_6e1e3",
                    table="knowledge_sources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "knowledge_sources_history" ("created_at", "deleted_at", "description", "id", "metadata", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "reliability_score", "source_type", "updated_at") VALUES (OLD."created_at", OLD."deleted_at", OLD."description", OLD."id", OLD."metadata", OLD."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."reliability_score", OLD."source_type", OLD."updated_at"); RETURN NULL;',
                    hash="1c42c85400873c22096f3d8b5ee374bc988f37b7",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_8aeda",
                    table="knowledge_sources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."source_type", OLD."name", OLD."description", OLD."reliability_score", OLD."metadata") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."source_type", NEW."name", NEW."description", NEW."reliability_score", NEW."metadata"))',
                    func='INSERT INTO "knowledge_sources_history" ("created_at", "deleted_at", "description", "id", "metadata", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "reliability_score", "source_type", "updated_at") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."metadata", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."reliability_score", NEW."source_type", NEW."updated_at"); RETURN NULL;',
                    hash="743d30e53f4cc03c650d648f9b4d06fe33fffeb9",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_684d4",
                    table="knowledge_sources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "knowledge_sources_history" ("created_at", "deleted_at", "description", "id", "metadata", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "reliability_score", "source_type", "updated_at") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."metadata", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."reliability_score", NEW."source_type", NEW."updated_at"); RETURN NULL;',
                    hash="e399ef2239d69ad2344e6cb27da9991390eef270",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_72a1f",
                    table="knowledge_sources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesource",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "knowledge_sources_history" ("created_at", "deleted_at", "description", "id", "metadata", "name", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "reliability_score", "source_type", "updated_at") VALUES (NEW."created_at", NEW."deleted_at", NEW."description", NEW."id", NEW."metadata", NEW."name", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."reliability_score", NEW."source_type", NEW."updated_at"); RETURN NULL;',
                    hash="55a22a23ce89dd0f2c56b126274ac32d239d6ede",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_8aae7",
                    table="knowledge_sources",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeapplicationevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="61b8d2bd9f58326707c7f116a18040d233888296",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_13e3e",
                    table="knowledge_applications_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgeitemevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="8091d3a7b04607e416954162811039481f0f8aeb",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_481e6",
                    table="knowledge_items_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="knowledgesourceevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="ffe7988f677c488fac81f38946317178fb1430b5",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_65a67",
                    table="knowledge_sources_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
