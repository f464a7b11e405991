"""
Migration: passenger 0004_history

Description:  Change history of the passenger entity tables (journey_interventions,
              passenger_journeys): per table an append-only event table `<table>_history` (a
              nullable copy of every column, plus pgh_id, pgh_created_at, pgh_label, pgh_obj_id,
              pgh_context, pgh_context_id, pgh_diff), five AFTER ROW triggers on the entity
              table (history_insert, history_update, history_soft_delete, history_restore,
              history_delete) writing one event row each, and an append_only trigger on the
              event table. Generated from airport_platform/history/tracking.py (`makemigrations
              passenger`), then made adoptive: on a database where the core's former `history
              0001_initial` created these tables, `CreateModelIfMissing` keeps them and their
              rows, and the triggers (same names) are reinstalled in place.
Version:      1.0.0
Dependencies: passenger 0003_consistency_checks (its previous migration);
              no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (`migrate passenger 0003_consistency_checks`): drops the triggers and this
              app's event tables, with their rows; other apps' history is untouched.
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
        ("passenger", "0003_consistency_checks"),
    ]

    operations = [
        CreateModelIfMissing(
            name="JourneyInterventionEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("created_by", models.CharField(blank=True, max_length=100, null=True)),
                ("updated_by", models.CharField(blank=True, max_length=100, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("intervention_type", models.CharField(blank=True, max_length=50, null=True)),
                ("description", models.TextField(blank=True, null=True)),
                (
                    "affected_journeys",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.UUIDField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("execution_method", models.JSONField(blank=True, null=True)),
                ("priority", models.CharField(blank=True, max_length=20, null=True)),
                ("status", models.CharField(blank=True, max_length=20, null=True)),
                ("scheduled_for", models.DateTimeField(blank=True, null=True)),
                ("executed_at", models.DateTimeField(blank=True, null=True)),
                ("expected_impact", models.JSONField(blank=True, null=True)),
                ("actual_impact", models.JSONField(blank=True, null=True)),
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
                        to="passenger.journeyintervention",
                    ),
                ),
            ],
            options={
                "verbose_name": "journey intervention change",
                "verbose_name_plural": "journey intervention changes",
                "db_table": "journey_interventions_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        CreateModelIfMissing(
            name="PassengerJourneyEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("updated_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("passenger_id", models.UUIDField(blank=True, null=True)),
                ("journey_status", models.CharField(blank=True, max_length=50, null=True)),
                ("passenger_type", models.CharField(blank=True, max_length=50, null=True)),
                ("start_time", models.DateTimeField(blank=True, null=True)),
                ("end_time", models.DateTimeField(blank=True, null=True)),
                ("current_location", models.CharField(blank=True, max_length=100, null=True)),
                ("current_stage", models.CharField(blank=True, max_length=50, null=True)),
                ("personalization_profile", models.JSONField(blank=True, null=True)),
                ("associated_flights", models.JSONField(blank=True, null=True)),
                ("satisfaction_metrics", models.JSONField(blank=True, null=True)),
                ("is_active", models.BooleanField(blank=True, null=True)),
                (
                    "current_position",
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
                        to="passenger.passengerjourney",
                    ),
                ),
            ],
            options={
                "verbose_name": "passenger journey change",
                "verbose_name_plural": "passenger journey changes",
                "db_table": "passenger_journeys_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "journey_interventions_history" ("actual_impact", "affected_journeys", "created_at", "created_by", "deleted_at", "description", "executed_at", "execution_method", "expected_impact", "id", "intervention_type", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "scheduled_for", "status", "updated_by") VALUES (NEW."actual_impact", NEW."affected_journeys", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."executed_at", NEW."execution_method", NEW."expected_impact", NEW."id", NEW."intervention_type", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."priority", NEW."scheduled_for", NEW."status", NEW."updated_by"); RETURN NULL;',
                    hash="a4f210f83059165b167045f9be8c03ddafa0c3c0",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_689e9",
                    table="journey_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "journey_interventions_history" ("actual_impact", "affected_journeys", "created_at", "created_by", "deleted_at", "description", "executed_at", "execution_method", "expected_impact", "id", "intervention_type", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "scheduled_for", "status", "updated_by") VALUES (OLD."actual_impact", OLD."affected_journeys", OLD."created_at", OLD."created_by", OLD."deleted_at", OLD."description", OLD."executed_at", OLD."execution_method", OLD."expected_impact", OLD."id", OLD."intervention_type", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."priority", OLD."scheduled_for", OLD."status", OLD."updated_by"); RETURN NULL;',
                    hash="5a1a2b1e86d211ca3d963745bc6ffc0b72c7f1e7",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_f86ad",
                    table="journey_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."created_by", OLD."updated_by", OLD."deleted_at", OLD."intervention_type", OLD."description", OLD."affected_journeys", OLD."execution_method", OLD."priority", OLD."status", OLD."scheduled_for", OLD."executed_at", OLD."expected_impact", OLD."actual_impact", OLD."notes") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."created_by", NEW."updated_by", NEW."deleted_at", NEW."intervention_type", NEW."description", NEW."affected_journeys", NEW."execution_method", NEW."priority", NEW."status", NEW."scheduled_for", NEW."executed_at", NEW."expected_impact", NEW."actual_impact", NEW."notes"))',
                    func='INSERT INTO "journey_interventions_history" ("actual_impact", "affected_journeys", "created_at", "created_by", "deleted_at", "description", "executed_at", "execution_method", "expected_impact", "id", "intervention_type", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "scheduled_for", "status", "updated_by") VALUES (NEW."actual_impact", NEW."affected_journeys", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."executed_at", NEW."execution_method", NEW."expected_impact", NEW."id", NEW."intervention_type", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."priority", NEW."scheduled_for", NEW."status", NEW."updated_by"); RETURN NULL;',
                    hash="264bc40a25a36fae48c5ea48570c0dd5a9f3610b",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_2da83",
                    table="journey_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "journey_interventions_history" ("actual_impact", "affected_journeys", "created_at", "created_by", "deleted_at", "description", "executed_at", "execution_method", "expected_impact", "id", "intervention_type", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "scheduled_for", "status", "updated_by") VALUES (NEW."actual_impact", NEW."affected_journeys", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."executed_at", NEW."execution_method", NEW."expected_impact", NEW."id", NEW."intervention_type", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."priority", NEW."scheduled_for", NEW."status", NEW."updated_by"); RETURN NULL;',
                    hash="ea7968c11f1e8649ef54de52103577038032de27",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_04b96",
                    table="journey_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyintervention",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "journey_interventions_history" ("actual_impact", "affected_journeys", "created_at", "created_by", "deleted_at", "description", "executed_at", "execution_method", "expected_impact", "id", "intervention_type", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "priority", "scheduled_for", "status", "updated_by") VALUES (NEW."actual_impact", NEW."affected_journeys", NEW."created_at", NEW."created_by", NEW."deleted_at", NEW."description", NEW."executed_at", NEW."execution_method", NEW."expected_impact", NEW."id", NEW."intervention_type", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."priority", NEW."scheduled_for", NEW."status", NEW."updated_by"); RETURN NULL;',
                    hash="582f1bd8ab52be0c3da2c4ff7d48a322df424bc8",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_aeffa",
                    table="journey_interventions",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "passenger_journeys_history" ("associated_flights", "created_at", "current_location", "current_position", "current_stage", "deleted_at", "end_time", "id", "is_active", "journey_status", "passenger_id", "passenger_type", "personalization_profile", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "satisfaction_metrics", "start_time", "updated_at") VALUES (NEW."associated_flights", NEW."created_at", NEW."current_location", NEW."current_position", NEW."current_stage", NEW."deleted_at", NEW."end_time", NEW."id", NEW."is_active", NEW."journey_status", NEW."passenger_id", NEW."passenger_type", NEW."personalization_profile", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."satisfaction_metrics", NEW."start_time", NEW."updated_at"); RETURN NULL;',
                    hash="792abd2ce12ea4251fd0c7454ac145e466ad856d",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_f9e67",
                    table="passenger_journeys",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "passenger_journeys_history" ("associated_flights", "created_at", "current_location", "current_position", "current_stage", "deleted_at", "end_time", "id", "is_active", "journey_status", "passenger_id", "passenger_type", "personalization_profile", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "satisfaction_metrics", "start_time", "updated_at") VALUES (OLD."associated_flights", OLD."created_at", OLD."current_location", OLD."current_position", OLD."current_stage", OLD."deleted_at", OLD."end_time", OLD."id", OLD."is_active", OLD."journey_status", OLD."passenger_id", OLD."passenger_type", OLD."personalization_profile", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."satisfaction_metrics", OLD."start_time", OLD."updated_at"); RETURN NULL;',
                    hash="c9005cc522607f4352ca77a6e42c027cea9b546f",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_8a164",
                    table="passenger_journeys",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."passenger_id", OLD."journey_status", OLD."passenger_type", OLD."start_time", OLD."end_time", OLD."current_location", OLD."current_stage", OLD."personalization_profile", OLD."associated_flights", OLD."satisfaction_metrics", OLD."is_active", OLD."current_position") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."passenger_id", NEW."journey_status", NEW."passenger_type", NEW."start_time", NEW."end_time", NEW."current_location", NEW."current_stage", NEW."personalization_profile", NEW."associated_flights", NEW."satisfaction_metrics", NEW."is_active", NEW."current_position"))',
                    func='INSERT INTO "passenger_journeys_history" ("associated_flights", "created_at", "current_location", "current_position", "current_stage", "deleted_at", "end_time", "id", "is_active", "journey_status", "passenger_id", "passenger_type", "personalization_profile", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "satisfaction_metrics", "start_time", "updated_at") VALUES (NEW."associated_flights", NEW."created_at", NEW."current_location", NEW."current_position", NEW."current_stage", NEW."deleted_at", NEW."end_time", NEW."id", NEW."is_active", NEW."journey_status", NEW."passenger_id", NEW."passenger_type", NEW."personalization_profile", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."satisfaction_metrics", NEW."start_time", NEW."updated_at"); RETURN NULL;',
                    hash="43e51a3abe2b48ba9c8a8098a1941b45838cd744",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_f4abf",
                    table="passenger_journeys",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "passenger_journeys_history" ("associated_flights", "created_at", "current_location", "current_position", "current_stage", "deleted_at", "end_time", "id", "is_active", "journey_status", "passenger_id", "passenger_type", "personalization_profile", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "satisfaction_metrics", "start_time", "updated_at") VALUES (NEW."associated_flights", NEW."created_at", NEW."current_location", NEW."current_position", NEW."current_stage", NEW."deleted_at", NEW."end_time", NEW."id", NEW."is_active", NEW."journey_status", NEW."passenger_id", NEW."passenger_type", NEW."personalization_profile", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."satisfaction_metrics", NEW."start_time", NEW."updated_at"); RETURN NULL;',
                    hash="1622c6b8b3e8a64632a7dccfa9e4ac72ac7472ac",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_05168",
                    table="passenger_journeys",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourney",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "passenger_journeys_history" ("associated_flights", "created_at", "current_location", "current_position", "current_stage", "deleted_at", "end_time", "id", "is_active", "journey_status", "passenger_id", "passenger_type", "personalization_profile", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "satisfaction_metrics", "start_time", "updated_at") VALUES (NEW."associated_flights", NEW."created_at", NEW."current_location", NEW."current_position", NEW."current_stage", NEW."deleted_at", NEW."end_time", NEW."id", NEW."is_active", NEW."journey_status", NEW."passenger_id", NEW."passenger_type", NEW."personalization_profile", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."satisfaction_metrics", NEW."start_time", NEW."updated_at"); RETURN NULL;',
                    hash="b132311897b5fddfea131cf351a806e9bc12abe7",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_1215e",
                    table="passenger_journeys",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="journeyinterventionevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="6060c20a931b0b84599e9fa430eee39dea788cc5",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_54b5b",
                    table="journey_interventions_history",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="passengerjourneyevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="604e85b1ac817d6e1ebb7a47fbbf53c75cf9a850",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_cd4ac",
                    table="passenger_journeys_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
