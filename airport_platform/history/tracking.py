"""How an entity table is tracked, declared once for all of them.

Every concrete `PlatformModel` whose `track_history` is true (all but the append-only
hypertables) is tracked when its class is prepared (`airport_platform/models/base.py` calls
`track()`), so a domain declares nothing. `track()` creates, in the model's own app:

- an event model (`orchestration.DecisionEvent`, table `decisions_history`) with a copy of every
  column, all nullable and without choices, validators, defaults or foreign keys (a reference
  is kept as the key value), so a row of any age fits, vocabulary changes never need a history
  migration and one app's history never depends on another app's tables;
- five AFTER ROW triggers on the entity table, each writing one event row:

  | label         | fires on                                            | row kept |
  |---------------|-----------------------------------------------------|----------|
  | `insert`      | INSERT                                              | NEW      |
  | `update`      | UPDATE changing data, `deleted_at` staying (un)set  | NEW      |
  | `soft_delete` | UPDATE setting `deleted_at`                         | NEW      |
  | `restore`     | UPDATE clearing `deleted_at`                        | NEW      |
  | `delete`      | DELETE (hard delete)                                | OLD      |

  An UPDATE touching only bookkeeping (`updated_at`, `version`) records nothing;
- an `append_only` trigger on the event table refusing UPDATE and DELETE.

`makemigrations <app>` writes the event table and the triggers into that app's migrations, so
`migrate <app> zero` drops that app's history and nobody else's. The core finds the event
models through `registry.py`.

Each event row also stores `pgh_diff`, `{column: [before, after]}` computed by the trigger
from OLD and NEW (every non-null column for an insert or a delete), and `pgh_context`, the
JSON the request middleware or the management command wrapper set for the transaction
(user, request id, path, via): see `context.py`. Raw SQL carries no context.
"""

import hashlib

import pghistory
import pgtrigger
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models.fields.related import lazy_related_operation
from django.utils.module_loading import import_string
from pghistory.trigger import Event as PghistoryEventTrigger

from .registry import register_event_model

INSERT, UPDATE, SOFT_DELETE, RESTORE, DELETE = "insert", "update", "soft_delete", "restore", "delete"
LABELS = (INSERT, UPDATE, SOFT_DELETE, RESTORE, DELETE)
# Columns every UPDATE changes (triggers keep them current): not a change on their own.
BOOKKEEPING_COLUMNS = ("updated_at", "version")

# Field arguments that describe validation or presentation, not what a column can hold.
DROPPED_FIELD_KWARGS = (
    "primary_key",
    "unique",
    "db_index",
    "choices",
    "validators",
    "help_text",
    "default",
    "db_default",
    "verbose_name",
    "editable",
    "blank",
    "null",
    "db_comment",
    "unique_for_date",
    "unique_for_month",
    "unique_for_year",
)

_DIFF_SQL = {
    "changed": (
        "(SELECT jsonb_object_agg(n.key, jsonb_build_array(o.value, n.value))"
        " FROM jsonb_each(to_jsonb(NEW)) AS n JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key"
        " WHERE n.value IS DISTINCT FROM o.value)"
    ),
    "created": (
        "(SELECT jsonb_object_agg(key, jsonb_build_array(NULL::jsonb, value))"
        " FROM jsonb_each(to_jsonb(NEW)) WHERE value <> 'null'::jsonb)"
    ),
    "removed": (
        "(SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL::jsonb))"
        " FROM jsonb_each(to_jsonb(OLD)) WHERE value <> 'null'::jsonb)"
    ),
}


def _pgid(name: str, key: str) -> str:
    return f"pgtrigger_{name}_{hashlib.sha1(key.encode()).hexdigest()[:5]}".lower()


class DiffingEventTrigger(PghistoryEventTrigger):
    """django-pghistory's row trigger, which also stores the statement's diff in `pgh_diff`."""

    def __init__(self, *, diff: str, **kwargs):
        self.diff = diff
        super().__init__(**kwargs)

    def get_pgid(self, model):
        # pgtrigger derives the Postgres name from "<app>.<Model>"; the history triggers were
        # first installed through proxies in the core (`history.Tracked<Model>`). Keeping that
        # key keeps their names, so existing databases keep their triggers and a fresh database
        # gets the same ones, wherever the model lives.
        return _pgid(self.name, f"history.Tracked{model._meta.object_name}:{self.name}")

    def get_func(self, model):
        event_model = self.event_model
        tracked = {f.column for f in event_model.pgh_tracked_model._meta.concrete_fields}
        row = self.row
        values = {
            field.column: f'{row}."{field.column}"'
            for field in event_model._meta.concrete_fields
            if field.column in tracked and not isinstance(field, models.AutoField)
        }
        pk_column = event_model.pgh_tracked_model._meta.pk.column
        values.update(
            pgh_created_at="NOW()",
            pgh_label=f"'{self.label}'",
            pgh_obj_id=f'{row}."{pk_column}"',
            pgh_context="NULLIF(CURRENT_SETTING('pghistory.context_metadata', TRUE), '')::JSONB",
            pgh_context_id="NULLIF(CURRENT_SETTING('pghistory.context_id', TRUE), '')::UUID",
            pgh_diff=_DIFF_SQL[self.diff],
        )
        columns = ", ".join(f'"{column}"' for column in sorted(values))
        expressions = ", ".join(values[column] for column in sorted(values))
        return f'INSERT INTO "{event_model._meta.db_table}" ({columns}) VALUES ({expressions}); RETURN NULL;'


class AppendOnly(pgtrigger.Protect):
    """Event rows are never updated or deleted (named as when the event models lived in the core,
    see `DiffingEventTrigger.get_pgid`)."""

    def __init__(self):
        super().__init__(name="append_only", operation=pgtrigger.Update | pgtrigger.Delete)

    def get_pgid(self, model):
        return _pgid(self.name, f"history.{model._meta.object_name}:{self.name}")


class HistoryRowEvent(pghistory.RowEvent):
    """A row-level tracker whose trigger is a `DiffingEventTrigger` named `history_<label>`."""

    def __init__(self, label, *, operation, row, diff, condition=None):
        super().__init__(
            label, operation=operation, row=row, condition=condition, trigger_name=f"history_{label}"
        )
        self.diff = diff

    def add_event_trigger(self, event_model):
        pgtrigger.register(
            DiffingEventTrigger(
                event_model=event_model,
                label=self.label,
                name=self.trigger_name,
                row=self.row,
                operation=self.operation,
                condition=self.condition,
                level=self.level,
                diff=self.diff,
            )
        )(event_model.pgh_tracked_model)


def _columns(model, exclude=()):
    return [f'"{f.column}"' for f in model._meta.concrete_fields if f.column not in exclude]


def trackers_for(model) -> list[pghistory.Tracker]:
    soft_deletable = "deleted_at" in {f.column for f in model._meta.concrete_fields}
    data = _columns(model, exclude=BOOKKEEPING_COLUMNS)
    changed = "ROW({}) IS DISTINCT FROM ROW({})".format(
        ", ".join(f"OLD.{c}" for c in data), ", ".join(f"NEW.{c}" for c in data)
    )
    trackers = [
        HistoryRowEvent(INSERT, operation=pgtrigger.Insert, row=pghistory.New, diff="created"),
        HistoryRowEvent(DELETE, operation=pgtrigger.Delete, row=pghistory.Old, diff="removed"),
    ]
    if not soft_deletable:
        trackers.append(
            HistoryRowEvent(
                UPDATE,
                operation=pgtrigger.Update,
                row=pghistory.New,
                diff="changed",
                condition=pgtrigger.Condition(f"({changed})"),
            )
        )
        return trackers
    same_state = '(OLD."deleted_at" IS NULL) = (NEW."deleted_at" IS NULL)'
    return [
        *trackers,
        HistoryRowEvent(
            UPDATE,
            operation=pgtrigger.Update,
            row=pghistory.New,
            diff="changed",
            condition=pgtrigger.Condition(f"({same_state} AND {changed})"),
        ),
        HistoryRowEvent(
            SOFT_DELETE,
            operation=pgtrigger.Update,
            row=pghistory.New,
            diff="changed",
            condition=pgtrigger.Condition('(OLD."deleted_at" IS NULL AND NEW."deleted_at" IS NOT NULL)'),
        ),
        HistoryRowEvent(
            RESTORE,
            operation=pgtrigger.Update,
            row=pghistory.New,
            diff="changed",
            condition=pgtrigger.Condition('(OLD."deleted_at" IS NOT NULL AND NEW."deleted_at" IS NULL)'),
        ),
    ]


def _check_uuid_key(model, target, *, field):
    if not isinstance(target._meta.pk, models.UUIDField):
        raise ImproperlyConfigured(
            f"{field}: its history copies the key as a UUID, {target._meta.pk} is not one"
        )


def _plain(field: models.Field) -> models.Field:
    """A copy of `field` that holds the same values and nothing more: nullable, no choices,
    validators, defaults, keys or indexes. A foreign key becomes its key column (same name and
    type), so the history of one app never references another app's tables."""
    if isinstance(field, models.ForeignKey):
        target = field.remote_field.model
        if isinstance(target, str):  # not loaded yet: platform keys are UUIDs, checked once it is
            lazy_related_operation(_check_uuid_key, field.model, target, field=field)
            key = models.UUIDField(null=True, blank=True)
        else:
            key = _plain(field.target_field)
        key.db_column, key.serialize = field.column, True
        return key
    _, path, args, kwargs = field.deconstruct()
    for name in DROPPED_FIELD_KWARGS:
        kwargs.pop(name, None)
    if "base_field" in kwargs:  # ArrayField: its items keep no choices either
        kwargs["base_field"] = _plain(kwargs["base_field"])
        kwargs["base_field"].null = False  # array items as the original declares them
    return import_string(path)(*args, null=True, blank=True, **kwargs)


def track(model: type[models.Model]) -> type[models.Model]:
    """Create the event model and triggers recording `model`'s changes, in `model`'s app, and
    register it; returns the event model."""
    from .models import HistoryEvent

    opts = model._meta
    pghistory.track(
        *trackers_for(model),
        fields=[f.name for f in opts.concrete_fields],
        attrs={f.name: _plain(f) for f in opts.concrete_fields},
        model_name=f"{model.__name__}Event",
        base_model=HistoryEvent,
        append_only=False,  # `AppendOnly` below, under its established name
        obj_field=pghistory.ObjForeignKey(related_name="+", related_query_name="+"),
        context_field=pghistory.ContextJSONField(),
        context_id_field=pghistory.ContextUUIDField(),
        meta={
            "db_table": f"{opts.db_table}_history",
            "default_permissions": (),
            "verbose_name": f"{opts.verbose_name} change",
            "verbose_name_plural": f"{opts.verbose_name} changes",
            "ordering": ["pgh_id"],
            "triggers": [AppendOnly()],
        },
    )(model)
    event_model = apps.all_models[opts.app_label][f"{model.__name__}Event".lower()]
    register_event_model(model, event_model)
    return event_model
