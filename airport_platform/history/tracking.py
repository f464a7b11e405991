"""How an entity table is tracked, declared once for all of them.

For every entity model (a `PlatformModel` that is not a hypertable), `track()` creates:

- a proxy model in this app (`history.TrackedDecision`), so the triggers and their migrations
  belong to the `history` app and the domain apps need no migration of their own (the way
  django-pghistory tracks models it does not own);
- an event model (`history.DecisionEvent`, table `decisions_history`) with a copy of every
  column, all nullable and without choices, validators or defaults, so a row of any age fits
  and vocabulary changes never need a history migration;
- five AFTER ROW triggers on the entity table, each writing one event row:

  | label         | fires on                                            | row kept |
  |---------------|-----------------------------------------------------|----------|
  | `insert`      | INSERT                                              | NEW      |
  | `update`      | UPDATE changing data, `deleted_at` staying (un)set  | NEW      |
  | `soft_delete` | UPDATE setting `deleted_at`                         | NEW      |
  | `restore`     | UPDATE clearing `deleted_at`                        | NEW      |
  | `delete`      | DELETE (hard delete)                                | OLD      |

  An UPDATE touching only bookkeeping (`updated_at`, `version`) records nothing.

Each event row also stores `pgh_diff`, `{column: [before, after]}` computed by the trigger
from OLD and NEW (every non-null column for an insert or a delete), and `pgh_context`, the
JSON the request middleware or the management command wrapper set for the transaction
(user, request id, path, via): see `context.py`. Raw SQL carries no context.
"""

import pghistory
import pgtrigger
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from pghistory.trigger import Event as PghistoryEventTrigger

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


class DiffingEventTrigger(PghistoryEventTrigger):
    """django-pghistory's row trigger, which also stores the statement's diff in `pgh_diff`."""

    def __init__(self, *, diff: str, **kwargs):
        self.diff = diff
        super().__init__(**kwargs)

    def get_func(self, model):
        event_model = self.event_model
        tracked = {f.name for f in event_model.pgh_tracked_model._meta.concrete_fields}
        row = self.row
        values = {
            field.column: f'{row}."{field.column}"'
            for field in event_model._meta.concrete_fields
            if field.name in tracked and not isinstance(field, models.AutoField)
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


def _plain(field: models.Field) -> models.Field:
    """A copy of `field` that holds the same values and nothing more: nullable, no choices,
    validators, defaults, keys or indexes (foreign keys stay joinable, unconstrained)."""
    if isinstance(field, models.ForeignKey):
        return models.ForeignKey(
            field.remote_field.model,
            on_delete=models.DO_NOTHING,
            db_constraint=False,
            related_name="+",
            related_query_name="+",
            null=True,
            blank=True,
            db_index=False,
        )
    _, path, args, kwargs = field.deconstruct()
    for name in DROPPED_FIELD_KWARGS:
        kwargs.pop(name, None)
    if "base_field" in kwargs:  # ArrayField: its items keep no choices either
        kwargs["base_field"] = _plain(kwargs["base_field"])
        kwargs["base_field"].null = False  # array items as the original declares them
    return import_string(path)(*args, null=True, blank=True, **kwargs)


def entity_models() -> list[type[models.Model]]:
    """Every entity model of the domain apps: `PlatformModel`s that are not hypertables."""
    from airport_platform.models import PlatformModel

    found = []
    for app_label in settings.DOMAIN_APPS:
        for model in apps.all_models[app_label].values():
            if (
                issubclass(model, PlatformModel)
                and not model._meta.abstract
                and not model._meta.proxy
                and not model.is_hypertable()
            ):
                found.append(model)
    return sorted(found, key=lambda model: model._meta.label)


def track(model, *, module, base_model) -> type[models.Model]:
    """Create the proxy and event model for `model` in `module` (this app's models); returns the
    event model."""
    name = model.__name__
    opts = model._meta
    proxy = type(
        f"Tracked{name}",
        (model,),
        {
            "__module__": module.__name__,
            "Meta": type(
                "Meta",
                (),
                {
                    "proxy": True,
                    "app_label": "history",
                    "default_permissions": (),
                    "verbose_name": f"tracked {opts.verbose_name}",
                    "verbose_name_plural": f"tracked {opts.verbose_name_plural}",
                },
            ),
        },
    )
    setattr(module, proxy.__name__, proxy)
    fields = [f.name for f in opts.concrete_fields]
    pghistory.track(
        *trackers_for(model),
        fields=fields,
        attrs={f.name: _plain(f) for f in opts.concrete_fields},
        model_name=f"{name}Event",
        app_label="history",
        base_model=base_model,
        append_only=True,
        obj_field=pghistory.ObjForeignKey(related_name="+", related_query_name="+"),
        context_field=pghistory.ContextJSONField(),
        context_id_field=pghistory.ContextUUIDField(),
        meta={
            "db_table": f"{opts.db_table}_history",
            "default_permissions": (),
            "verbose_name": f"{opts.verbose_name} change",
            "verbose_name_plural": f"{opts.verbose_name} changes",
            "ordering": ["pgh_id"],
        },
    )(proxy)
    return getattr(module, f"{name}Event")
