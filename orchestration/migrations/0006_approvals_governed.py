"""
Migration: orchestration 0006_approvals_governed

Description:  Approvals that can be trusted (issue 12). New tables approval_requirements (who
              must sign an approval, fixed when it opens: groups, number of distinct people,
              deadline, reasons, policies; immutable but for soft deletion) and approval_signoffs
              (one row per person signing, unique per approval; immutable likewise), with their
              change history (`<table>_history` and triggers, docs/history.md). Triggers
              decision_frozen and action_frozen refuse changes to the substance of an approved or
              finished decision and its actions, and their deletion, whoever writes (raw SQL
              included; a maintenance transaction may purge them with the transaction-local
              setting orchestration.allow_purge). Three platform event types: approval_signed, policy_overridden,
              change_refused.
Version:      1.0.0
Dependencies: orchestration 0005_history
Author:       Airport platform team
Date:         2026-12-02
Reversible:   yes: the triggers, tables and event types are removed.
"""

import uuid

import django.contrib.postgres.fields
import django.contrib.postgres.functions
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import pghistory.utils
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models

import airport_platform.models.functions


class Migration(migrations.Migration):
    dependencies = [
        ("orchestration", "0005_history"),
    ]

    operations = [
        migrations.CreateModel(
            name="ApprovalRequirement",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "approver_groups",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=150), blank=True, default=list, size=None
                    ),
                ),
                (
                    "approvals_required",
                    models.PositiveSmallIntegerField(
                        default=1, validators=[django.core.validators.MinValueValidator(1)]
                    ),
                ),
                ("deadline", models.DateTimeField(blank=True, null=True)),
                (
                    "reasons",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(), blank=True, default=list, size=None
                    ),
                ),
                ("policies", models.JSONField(blank=True, default=list)),
                (
                    "limited_action_types",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=50), blank=True, default=list, size=None
                    ),
                ),
            ],
            options={
                "db_table": "approval_requirements",
                "ordering": ["created_at"],
            },
        ),
        migrations.CreateModel(
            name="ApprovalRequirementEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("approval", models.UUIDField(blank=True, db_column="approval_id", null=True)),
                (
                    "approver_groups",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(blank=True, max_length=150),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                ("approvals_required", models.PositiveSmallIntegerField(blank=True, null=True)),
                ("deadline", models.DateTimeField(blank=True, null=True)),
                (
                    "reasons",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.TextField(blank=True), blank=True, null=True, size=None
                    ),
                ),
                ("policies", models.JSONField(blank=True, null=True)),
                (
                    "limited_action_types",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(blank=True, max_length=50),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
            ],
            options={
                "verbose_name": "approval requirement change",
                "verbose_name_plural": "approval requirement changes",
                "db_table": "approval_requirements_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        migrations.CreateModel(
            name="ApprovalSignoff",
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
                ("deleted_at", models.DateTimeField(blank=True, editable=False, null=True)),
                ("signed_by", models.CharField(max_length=150)),
                ("signed_at", models.DateTimeField()),
                (
                    "groups",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=150), blank=True, default=list, size=None
                    ),
                ),
                ("notes", models.TextField(blank=True, default="")),
            ],
            options={
                "db_table": "approval_signoffs",
                "ordering": ["signed_at"],
            },
        ),
        migrations.CreateModel(
            name="ApprovalSignoffEvent",
            fields=[
                ("pgh_id", models.AutoField(primary_key=True, serialize=False)),
                ("pgh_created_at", models.DateTimeField(auto_now_add=True)),
                ("pgh_label", models.TextField(help_text="The event label.")),
                ("pgh_diff", models.JSONField(blank=True, null=True)),
                ("id", models.UUIDField(blank=True, null=True, serialize=False)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("deleted_at", models.DateTimeField(blank=True, null=True)),
                ("approval", models.UUIDField(blank=True, db_column="approval_id", null=True)),
                ("signed_by", models.CharField(blank=True, max_length=150, null=True)),
                ("signed_at", models.DateTimeField(blank=True, null=True)),
                (
                    "groups",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(blank=True, max_length=150),
                        blank=True,
                        null=True,
                        size=None,
                    ),
                ),
                ("notes", models.TextField(blank=True, null=True)),
                ("pgh_context", pghistory.utils.JSONField(null=True)),
                ("pgh_context_id", models.UUIDField(null=True)),
            ],
            options={
                "verbose_name": "approval signoff change",
                "verbose_name_plural": "approval signoff changes",
                "db_table": "approval_signoffs_history",
                "ordering": ["pgh_id"],
                "abstract": False,
                "default_permissions": (),
            },
        ),
        migrations.RemoveConstraint(
            model_name="orchestrationevent",
            name="orchestration_events_event_type_valid",
        ),
        migrations.AlterField(
            model_name="orchestrationevent",
            name="event_type",
            field=models.CharField(
                choices=[
                    ("decision_created", "Decision created"),
                    ("decision_transitioned", "Decision status changed"),
                    ("approval_requested", "Approval requested"),
                    ("approval_decided", "Approval decided"),
                    ("action_transitioned", "Action status changed"),
                    ("mode_activated", "Operating mode activated"),
                    ("approval_signed", "Approval signed by one of several approvers"),
                    ("policy_overridden", "Policy overridden"),
                    ("change_refused", "Change refused"),
                    ("system_alert", "System alert"),
                    ("external", "External event"),
                ],
                max_length=50,
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="action",
            trigger=pgtrigger.compiler.Trigger(
                name="action_frozen",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    declare="DECLARE changed text[] := '{}'; parent_status text;",
                    func="SELECT status INTO parent_status FROM decisions WHERE id = OLD.decision_id; IF parent_status IS NULL OR parent_status NOT IN ('approved', 'cancelled', 'completed', 'executing', 'expired', 'failed', 'rejected') OR TG_OP = 'DELETE' AND current_setting('orchestration.allow_purge', true) = 'on' THEN RETURN COALESCE(NEW, OLD); END IF; IF TG_OP = 'DELETE' OR (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL) THEN RAISE EXCEPTION 'action % belongs to decision %, which is %: its action list is frozen', OLD.id, OLD.decision_id, parent_status USING ERRCODE = '23000', CONSTRAINT = 'actions_frozen'; END IF; IF NEW.\"decision_id\" IS DISTINCT FROM OLD.\"decision_id\" THEN changed := changed || 'decision_id'::text; END IF; IF NEW.\"type\" IS DISTINCT FROM OLD.\"type\" THEN changed := changed || 'type'::text; END IF; IF NEW.\"domain\" IS DISTINCT FROM OLD.\"domain\" THEN changed := changed || 'domain'::text; END IF; IF NEW.\"description\" IS DISTINCT FROM OLD.\"description\" THEN changed := changed || 'description'::text; END IF; IF NEW.\"parameters\" IS DISTINCT FROM OLD.\"parameters\" THEN changed := changed || 'parameters'::text; END IF; IF NEW.\"execution_order\" IS DISTINCT FROM OLD.\"execution_order\" THEN changed := changed || 'execution_order'::text; END IF; IF cardinality(changed) > 0 THEN RAISE EXCEPTION 'action % belongs to decision %, which is %: its substance is frozen (refused: %)', OLD.id, OLD.decision_id, parent_status, array_to_string(changed, ', ') USING ERRCODE = '23000', CONSTRAINT = 'actions_frozen'; END IF; RETURN NEW;",
                    hash="dab9ce16104542273e10f03da82572c4358ad5fe",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_action_frozen_442a6",
                    table="actions",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="decision",
            trigger=pgtrigger.compiler.Trigger(
                name="decision_frozen",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    declare="DECLARE changed text[] := '{}';",
                    func="IF OLD.status NOT IN ('approved', 'cancelled', 'completed', 'executing', 'expired', 'failed', 'rejected') OR TG_OP = 'DELETE' AND current_setting('orchestration.allow_purge', true) = 'on' THEN RETURN COALESCE(NEW, OLD); END IF; IF TG_OP = 'DELETE' OR (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL) THEN RAISE EXCEPTION 'decision % is %: an approved or finished decision cannot be deleted', OLD.id, OLD.status USING ERRCODE = '23000', CONSTRAINT = 'decisions_not_deletable'; END IF; IF NEW.\"type\" IS DISTINCT FROM OLD.\"type\" THEN changed := changed || 'type'::text; END IF; IF NEW.\"description\" IS DISTINCT FROM OLD.\"description\" THEN changed := changed || 'description'::text; END IF; IF NEW.\"priority\" IS DISTINCT FROM OLD.\"priority\" THEN changed := changed || 'priority'::text; END IF; IF NEW.\"risk\" IS DISTINCT FROM OLD.\"risk\" THEN changed := changed || 'risk'::text; END IF; IF NEW.\"confidence\" IS DISTINCT FROM OLD.\"confidence\" THEN changed := changed || 'confidence'::text; END IF; IF NEW.\"impact_assessment\" IS DISTINCT FROM OLD.\"impact_assessment\" THEN changed := changed || 'impact_assessment'::text; END IF; IF NEW.\"domain_details\" IS DISTINCT FROM OLD.\"domain_details\" THEN changed := changed || 'domain_details'::text; END IF; IF cardinality(changed) > 0 THEN RAISE EXCEPTION 'decision % is %: its substance is frozen since its approval (refused: %)', OLD.id, OLD.status, array_to_string(changed, ', ') USING ERRCODE = '23000', CONSTRAINT = 'decisions_substance_frozen'; END IF; RETURN NEW;",
                    hash="80c0af8e4bb8467607b063d67e1a406b74b34582",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_decision_frozen_7e9ae",
                    table="decisions",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddConstraint(
            model_name="orchestrationevent",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "event_type__in",
                        [
                            "decision_created",
                            "decision_transitioned",
                            "approval_requested",
                            "approval_decided",
                            "action_transitioned",
                            "mode_activated",
                            "approval_signed",
                            "policy_overridden",
                            "change_refused",
                            "system_alert",
                            "external",
                        ],
                    )
                ),
                name="orchestration_events_event_type_valid",
            ),
        ),
        migrations.AddField(
            model_name="approvalrequirement",
            name="approval",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="requirement",
                to="orchestration.approval",
            ),
        ),
        migrations.AddField(
            model_name="approvalrequirementevent",
            name="pgh_obj",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                related_query_name="+",
                to="orchestration.approvalrequirement",
            ),
        ),
        migrations.AddField(
            model_name="approvalsignoff",
            name="approval",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="signoffs",
                to="orchestration.approval",
            ),
        ),
        migrations.AddField(
            model_name="approvalsignoffevent",
            name="pgh_obj",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                related_query_name="+",
                to="orchestration.approvalsignoff",
            ),
        ),
        migrations.AddConstraint(
            model_name="approvalrequirement",
            constraint=models.CheckConstraint(
                condition=models.Q(("approvals_required__gte", 1)),
                name="approval_requirements_approvals_required_range",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="approval_requirement_immutable",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."approval_id" IS DISTINCT FROM (NEW."approval_id") OR OLD."approvals_required" IS DISTINCT FROM (NEW."approvals_required") OR OLD."approver_groups" IS DISTINCT FROM (NEW."approver_groups") OR OLD."deadline" IS DISTINCT FROM (NEW."deadline") OR OLD."limited_action_types" IS DISTINCT FROM (NEW."limited_action_types") OR OLD."policies" IS DISTINCT FROM (NEW."policies") OR OLD."reasons" IS DISTINCT FROM (NEW."reasons"))',
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update rows from % table', TG_TABLE_NAME;",
                    hash="13b751a95e20e91dbee4cbf1d2617e3a05b1cb47",
                    operation="UPDATE",
                    pgid="pgtrigger_approval_requirement_immutable_e5a1a",
                    table="approval_requirements",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approval_requirements_history" ("approval_id", "approvals_required", "approver_groups", "created_at", "deadline", "deleted_at", "id", "limited_action_types", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policies", "reasons") VALUES (NEW."approval_id", NEW."approvals_required", NEW."approver_groups", NEW."created_at", NEW."deadline", NEW."deleted_at", NEW."id", NEW."limited_action_types", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."policies", NEW."reasons"); RETURN NULL;',
                    hash="a8b1d550ee9d89027cc36d5e62446a53ebc5ddf9",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_7e735",
                    table="approval_requirements",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approval_requirements_history" ("approval_id", "approvals_required", "approver_groups", "created_at", "deadline", "deleted_at", "id", "limited_action_types", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policies", "reasons") VALUES (OLD."approval_id", OLD."approvals_required", OLD."approver_groups", OLD."created_at", OLD."deadline", OLD."deleted_at", OLD."id", OLD."limited_action_types", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."policies", OLD."reasons"); RETURN NULL;',
                    hash="1b87e5dc7dd7715a619395515622cc40a72c496d",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_e7a8f",
                    table="approval_requirements",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."approval_id", OLD."approver_groups", OLD."approvals_required", OLD."deadline", OLD."reasons", OLD."policies", OLD."limited_action_types") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."approval_id", NEW."approver_groups", NEW."approvals_required", NEW."deadline", NEW."reasons", NEW."policies", NEW."limited_action_types"))',
                    func='INSERT INTO "approval_requirements_history" ("approval_id", "approvals_required", "approver_groups", "created_at", "deadline", "deleted_at", "id", "limited_action_types", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policies", "reasons") VALUES (NEW."approval_id", NEW."approvals_required", NEW."approver_groups", NEW."created_at", NEW."deadline", NEW."deleted_at", NEW."id", NEW."limited_action_types", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."policies", NEW."reasons"); RETURN NULL;',
                    hash="bf81a32b477c7dfb8252615be9a35f00918819cf",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_5eca3",
                    table="approval_requirements",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "approval_requirements_history" ("approval_id", "approvals_required", "approver_groups", "created_at", "deadline", "deleted_at", "id", "limited_action_types", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policies", "reasons") VALUES (NEW."approval_id", NEW."approvals_required", NEW."approver_groups", NEW."created_at", NEW."deadline", NEW."deleted_at", NEW."id", NEW."limited_action_types", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."policies", NEW."reasons"); RETURN NULL;',
                    hash="151195c4b6ecbd028385a397119834ac04da790b",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_47c48",
                    table="approval_requirements",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirement",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "approval_requirements_history" ("approval_id", "approvals_required", "approver_groups", "created_at", "deadline", "deleted_at", "id", "limited_action_types", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "policies", "reasons") VALUES (NEW."approval_id", NEW."approvals_required", NEW."approver_groups", NEW."created_at", NEW."deadline", NEW."deleted_at", NEW."id", NEW."limited_action_types", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."policies", NEW."reasons"); RETURN NULL;',
                    hash="39c5218cd433e5a5ad3547c88f41fea8c49e9661",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_e09f9",
                    table="approval_requirements",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalrequirementevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="bf4360b192410c2a991f5935356ac438c7818f65",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_4a31b",
                    table="approval_requirements_history",
                    when="BEFORE",
                ),
            ),
        ),
        migrations.AddConstraint(
            model_name="approvalsignoff",
            constraint=models.UniqueConstraint(
                fields=("approval", "signed_by"),
                name="approval_signoffs_one_per_person",
                violation_error_message="this person already signed this approval",
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="approval_signoff_immutable",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."approval_id" IS DISTINCT FROM (NEW."approval_id") OR OLD."groups" IS DISTINCT FROM (NEW."groups") OR OLD."notes" IS DISTINCT FROM (NEW."notes") OR OLD."signed_at" IS DISTINCT FROM (NEW."signed_at") OR OLD."signed_by" IS DISTINCT FROM (NEW."signed_by"))',
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update rows from % table', TG_TABLE_NAME;",
                    hash="2ad7154371976afde7865e36082be1d1ddf80f56",
                    operation="UPDATE",
                    pgid="pgtrigger_approval_signoff_immutable_b0ea1",
                    table="approval_signoffs",
                    when="BEFORE",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="history_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approval_signoffs_history" ("approval_id", "created_at", "deleted_at", "groups", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "signed_at", "signed_by") VALUES (NEW."approval_id", NEW."created_at", NEW."deleted_at", NEW."groups", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value)) FROM jsonb_each(to_jsonb(NEW)) WHERE value <> \'null\'::jsonb), \'insert\', NEW."id", NEW."signed_at", NEW."signed_by"); RETURN NULL;',
                    hash="0e087cbe5cb20fefe9e838763a82749789c7533d",
                    operation="INSERT",
                    pgid="pgtrigger_history_insert_93c3e",
                    table="approval_signoffs",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="history_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func='INSERT INTO "approval_signoffs_history" ("approval_id", "created_at", "deleted_at", "groups", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "signed_at", "signed_by") VALUES (OLD."approval_id", OLD."created_at", OLD."deleted_at", OLD."groups", OLD."id", OLD."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb)) FROM jsonb_each(to_jsonb(OLD)) WHERE value <> \'null\'::jsonb), \'delete\', OLD."id", OLD."signed_at", OLD."signed_by"); RETURN NULL;',
                    hash="8a8a67f3f4cedc4742324e52c7337dfdc4f35e88",
                    operation="DELETE",
                    pgid="pgtrigger_history_delete_d674a",
                    table="approval_signoffs",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="history_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN ((OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL) AND ROW(OLD."id", OLD."created_at", OLD."deleted_at", OLD."approval_id", OLD."signed_by", OLD."signed_at", OLD."groups", OLD."notes") IS DISTINCT FROM ROW(NEW."id", NEW."created_at", NEW."deleted_at", NEW."approval_id", NEW."signed_by", NEW."signed_at", NEW."groups", NEW."notes"))',
                    func='INSERT INTO "approval_signoffs_history" ("approval_id", "created_at", "deleted_at", "groups", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "signed_at", "signed_by") VALUES (NEW."approval_id", NEW."created_at", NEW."deleted_at", NEW."groups", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'update\', NEW."id", NEW."signed_at", NEW."signed_by"); RETURN NULL;',
                    hash="feb4b7761f07440f803c8baffdf3c4624c2ba63d",
                    operation="UPDATE",
                    pgid="pgtrigger_history_update_0afd8",
                    table="approval_signoffs",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="history_soft_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)',
                    func='INSERT INTO "approval_signoffs_history" ("approval_id", "created_at", "deleted_at", "groups", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "signed_at", "signed_by") VALUES (NEW."approval_id", NEW."created_at", NEW."deleted_at", NEW."groups", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'soft_delete\', NEW."id", NEW."signed_at", NEW."signed_by"); RETURN NULL;',
                    hash="55a15e685219ca9830fb33d43a7957075b4c2c79",
                    operation="UPDATE",
                    pgid="pgtrigger_history_soft_delete_a5267",
                    table="approval_signoffs",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoff",
            trigger=pgtrigger.compiler.Trigger(
                name="history_restore",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    condition='WHEN (OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)',
                    func='INSERT INTO "approval_signoffs_history" ("approval_id", "created_at", "deleted_at", "groups", "id", "notes", "pgh_context", "pgh_context_id", "pgh_created_at", "pgh_diff", "pgh_label", "pgh_obj_id", "signed_at", "signed_by") VALUES (NEW."approval_id", NEW."created_at", NEW."deleted_at", NEW."groups", NEW."id", NEW."notes", NULLIF(CURRENT_SETTING(\'pghistory.context_metadata\', TRUE), \'\')::JSONB, NULLIF(CURRENT_SETTING(\'pghistory.context_id\', TRUE), \'\')::UUID, NOW(), (SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value)) FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key WHERE n.value IS DISTINCT FROM o.value), \'restore\', NEW."id", NEW."signed_at", NEW."signed_by"); RETURN NULL;',
                    hash="c30f5eec66c45b0722e9727d6092f85b7cfb06ae",
                    operation="UPDATE",
                    pgid="pgtrigger_history_restore_4ab42",
                    table="approval_signoffs",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="approvalsignoffevent",
            trigger=pgtrigger.compiler.Trigger(
                name="append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="5ac2cc21ec6cfa8fb5c6979385ca898a064b0eb1",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_append_only_61a27",
                    table="approval_signoffs_history",
                    when="BEFORE",
                ),
            ),
        ),
    ]
