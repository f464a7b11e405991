"""Base models composed from the mixins, and what every concrete platform model gets for free.

When a concrete subclass of `PlatformModel` is created (`class_prepared`), what is derived
from its own declarations is attached, so they exist in exactly one place:

- the database triggers its mixins declare (`database_triggers`), registered with pgtrigger so
  `makemigrations` writes them into the migration;
- CHECK constraints derived from the fields: `choices` become `IN (...)` checks (for arrays,
  `<@ ARRAY[...]`), Min/MaxValueValidators become range checks. The model field, the database,
  the API serializer and the OpenAPI enum therefore all read the same `TextChoices`;
- CHECK constraints derived from the model's `ordered_times`: each (start, end) pair becomes
  `<table>_<end>_after_<start>` ("<end> cannot be before <start>"), which the API reports as a
  400 naming the field;
- what makes a row an edge of a dependency graph, from its `graph_edge` (the dependent and
  dependency foreign keys to one model): the pair is unique, a node never depends on itself, and
  each end is indexed (cycles are refused by the services, which need a lock to see them);
- its change history (`track_history`, docs/history.md): an event model `<Model>Event` in the
  model's own app and the triggers filling it, written by `makemigrations <app>`.
"""

import pgtrigger
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver

from airport_platform.history.tracking import track

from .hypertables import Hypertable
from .mixins import CreatedAt, SoftDeletable, Timestamps, UUIDPrimaryKey


class PlatformModel(UUIDPrimaryKey):
    """Marker base of every spec table (UUID primary key)."""

    # Extra actor columns stamped from the authenticated user on create/update, besides
    # `Authorship`'s; e.g. decisions declare ("requested_by",).
    author_fields_on_create: tuple[str, ...] = ()
    # Time columns the server sets to its own clock when a client (API, admin) creates a row,
    # so a client cannot back-date it, e.g. ("timestamp",) for orchestration events.
    server_time_fields_on_create: tuple[str, ...] = ()
    # Every change recorded in `<table>_history` by triggers (docs/history.md); opt out with False.
    track_history: bool = True
    # (start, end) pairs of timestamp fields: where both are set, the end is never before the
    # start (a derived CHECK), e.g. (("started_at", "ended_at"),).
    ordered_times: tuple[tuple[str, str], ...] = ()
    # (dependent, dependency): the two foreign keys of an edge of a dependency graph, e.g.
    # ("dependent_decision", "dependency_decision"); see `graph_edge_database_objects`.
    graph_edge: tuple[str, str] | None = None

    class Meta:
        abstract = True

    @classmethod
    def is_hypertable(cls) -> bool:
        return isinstance(getattr(cls, "hypertable", None), Hypertable)

    @classmethod
    def create_author_fields(cls) -> tuple[str, ...]:
        names = {f.name for f in cls._meta.concrete_fields}
        own = tuple(f for f in ("created_by", "updated_by") if f in names)
        return own + cls.author_fields_on_create

    @classmethod
    def update_author_fields(cls) -> tuple[str, ...]:
        return ("updated_by",) if "updated_by" in {f.name for f in cls._meta.concrete_fields} else ()


class EntityModel(SoftDeletable, Timestamps, PlatformModel):
    """A spec entity with created_at/updated_at that is soft-deleted, never removed."""

    class Meta:
        abstract = True


class RecordModel(SoftDeletable, CreatedAt, PlatformModel):
    """A spec record with only created_at (links, audits, feedback), soft-deletable."""

    class Meta:
        abstract = True


class TimeSeriesModel(CreatedAt, PlatformModel):
    """A row of a TimescaleDB hypertable: append-only history, no soft deletion.

    Subclasses declare `hypertable = Hypertable(time_column=..., chunk_interval=...)`.
    """

    hypertable: Hypertable
    track_history = False  # append-only: every row already is history

    class Meta:
        abstract = True


def _check_name(table: str, column: str, kind: str) -> str:
    name = f"{table}_{column}_{kind}"
    return name if len(name) <= 63 else f"{table[: 63 - len(column) - len(kind) - 2]}_{column}_{kind}"


def derived_check_constraints(model) -> list[models.CheckConstraint]:
    table = model._meta.db_table
    checks = []
    for field in model._meta.local_concrete_fields:
        if isinstance(field, ArrayField) and field.base_field.choices:
            allowed = [value for value, _ in field.base_field.flatchoices]
            checks.append(
                models.CheckConstraint(
                    condition=models.Q(**{f"{field.name}__contained_by": allowed}),
                    name=_check_name(table, field.column, "valid"),
                )
            )
        elif field.choices:
            allowed = [value for value, _ in field.flatchoices]
            checks.append(
                models.CheckConstraint(
                    condition=models.Q(**{f"{field.name}__in": allowed}),
                    name=_check_name(table, field.column, "valid"),
                )
            )
        bounds = {}
        # `_validators` are the ones declared on the field; `validators` would add Django's
        # implicit integer-range ones, which the column type already enforces.
        for validator in field._validators:
            if isinstance(validator, MinValueValidator):
                bounds[f"{field.name}__gte"] = validator.limit_value
            elif isinstance(validator, MaxValueValidator):
                bounds[f"{field.name}__lte"] = validator.limit_value
        if bounds:
            checks.append(
                models.CheckConstraint(
                    condition=models.Q(**bounds), name=_check_name(table, field.column, "range")
                )
            )
    for start, end in getattr(model, "ordered_times", ()):
        checks.append(time_order_check(model, start, end))
    return checks


def time_order_check(model, start: str, end: str) -> models.CheckConstraint:
    """`end` is not before `start` (either may be unknown)."""
    opts = model._meta
    start_column, end_column = opts.get_field(start).column, opts.get_field(end).column
    return models.CheckConstraint(
        condition=models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{start}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=_check_name(opts.db_table, end_column, f"after_{start_column}"),
        violation_error_message=f"{end} cannot be before {start}",
    )


def _postgres_name(table: str, columns: list[str], label: str) -> str:
    """The name PostgreSQL gives an unnamed constraint (`makeObjectName`): the longer of the
    table and column parts is shortened until `<table>_<columns>_<label>` fits 63 bytes."""
    joined = "_".join(columns)
    table_chars, column_chars = len(table), len(joined)
    while table_chars + column_chars > 63 - len(label) - 2:
        if table_chars > column_chars:
            table_chars -= 1
        else:
            column_chars -= 1
    return f"{table[:table_chars]}_{joined[:column_chars]}_{label}"


def graph_edge_database_objects(model) -> tuple[list[models.BaseConstraint], list[models.Index]]:
    """The constraints and indexes of a `graph_edge` model (none for other models)."""
    if not model.graph_edge:
        return [], []
    dependent, dependency = model.graph_edge
    opts, table = model._meta, model._meta.db_table
    target = opts.get_field(dependent).remote_field.model  # a name while it is not loaded
    node = target._meta.verbose_name if isinstance(target, type) else dependent.split("_", 1)[1]
    article = "an" if node[0] in "aeiou" else "a"
    columns = [opts.get_field(name).column for name in model.graph_edge]
    constraints = [
        models.UniqueConstraint(
            fields=[dependent, dependency],
            name=_postgres_name(table, columns, "key"),
            violation_error_message="this dependency already exists",
        ),
        models.CheckConstraint(
            condition=~models.Q(**{dependent: models.F(dependency)}),
            name=f"{table}_not_self",
            violation_error_message=f"{article} {node} cannot depend on itself",
        ),
    ]
    indexes = [
        models.Index(fields=[dependent], name=f"idx_{table}_dependent"),
        models.Index(fields=[dependency], name=f"idx_{table}_dependency"),
    ]
    return constraints, indexes


@receiver(class_prepared)
def attach_derived_database_objects(sender, **kwargs):
    # Historical models rendered by migrations are plain `models.Model` subclasses: skipped.
    if not issubclass(sender, PlatformModel) or sender._meta.abstract or sender._meta.proxy:
        return
    edge_constraints, edge_indexes = graph_edge_database_objects(sender)
    existing = {c.name for c in sender._meta.constraints}
    derived = [c for c in [*edge_constraints, *derived_check_constraints(sender)] if c.name not in existing]
    if derived:
        sender._meta.constraints = [*sender._meta.constraints, *derived]
        sender._meta.original_attrs["constraints"] = sender._meta.constraints
    existing = {i.name for i in sender._meta.indexes}
    derived = [i for i in edge_indexes if i.name not in existing]
    if derived:
        sender._meta.indexes = [*sender._meta.indexes, *derived]
        sender._meta.original_attrs["indexes"] = sender._meta.indexes
    for klass in sender.__mro__:
        for trigger in klass.__dict__.get("database_triggers", ()):
            pgtrigger.register(trigger)(sender)
    if sender.track_history:
        track(sender)


__all__ = ["EntityModel", "PlatformModel", "RecordModel", "SoftDeletable", "TimeSeriesModel"]
