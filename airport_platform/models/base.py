"""Base models composed from the mixins, and what every concrete platform model gets for free.

When a concrete subclass of `PlatformModel` is created (`class_prepared`), two things derived
from its own declarations are attached, so they exist in exactly one place:

- the database triggers its mixins declare (`database_triggers`), registered with pgtrigger so
  `makemigrations` writes them into the migration;
- CHECK constraints derived from the fields: `choices` become `IN (...)` checks (for arrays,
  `<@ ARRAY[...]`), Min/MaxValueValidators become range checks. The model field, the database,
  the API serializer and the OpenAPI enum therefore all read the same `TextChoices`.
"""

import pgtrigger
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.signals import class_prepared
from django.dispatch import receiver

from .hypertables import Hypertable
from .mixins import CreatedAt, SoftDeletable, Timestamps, UUIDPrimaryKey


class PlatformModel(UUIDPrimaryKey):
    """Marker base of every spec table (UUID primary key)."""

    # Extra actor columns stamped from the authenticated user on create/update, besides
    # `Authorship`'s; e.g. decisions declare ("requested_by",).
    author_fields_on_create: tuple[str, ...] = ()

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
    return checks


@receiver(class_prepared)
def attach_derived_database_objects(sender, **kwargs):
    # Historical models rendered by migrations are plain `models.Model` subclasses: skipped.
    if not issubclass(sender, PlatformModel) or sender._meta.abstract or sender._meta.proxy:
        return
    existing = {c.name for c in sender._meta.constraints}
    derived = [c for c in derived_check_constraints(sender) if c.name not in existing]
    if derived:
        sender._meta.constraints = [*sender._meta.constraints, *derived]
        sender._meta.original_attrs["constraints"] = sender._meta.constraints
    for klass in sender.__mro__:
        for trigger in klass.__dict__.get("database_triggers", ()):
            pgtrigger.register(trigger)(sender)


__all__ = ["EntityModel", "PlatformModel", "RecordModel", "SoftDeletable", "TimeSeriesModel"]
