"""What the time-series machinery knows about a hypertable, derived from its model only.

    series = Series.of(SustainabilityMetric)
    series.time_column      # "timestamp"            (the model's `hypertable` declaration)
    series.dimensions       # ("metric_type", "location", "unit", "source", "trend")
    series.measures         # ("value", "comparison_to_baseline")

- dimensions: columns a series is grouped or filtered by: vocabularies (choices), foreign
  keys, UUIDs, booleans and short text columns (CharField);
- measures: numeric columns (decimal, integer, float), which `aggregate` can average/sum.

Nothing is declared twice: the model's fields and its `hypertable` attribute are the source.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.contrib.gis.db.models import GeometryField
from django.db import models

from airport_platform.models import TimeSeriesModel

NUMERIC_FIELDS = (models.DecimalField, models.IntegerField, models.FloatField)
# `id` and the audit columns are never dimensions, even if their type would qualify.
NOT_DIMENSIONS = {"id", "created_at", "updated_at"}


@dataclass(frozen=True)
class Series:
    model: type[TimeSeriesModel]

    @classmethod
    @cache
    def of(cls, model) -> "Series":
        if not (isinstance(model, type) and issubclass(model, TimeSeriesModel)) or model._meta.abstract:
            raise TypeError(f"{model!r} is not a hypertable model")
        return cls(model)

    @property
    def table(self) -> str:
        return self.model._meta.db_table

    @property
    def time_column(self) -> str:
        return self.model.hypertable.time_column

    @property
    def chunk_interval(self) -> str:
        return self.model.hypertable.chunk_interval

    @property
    def fields(self) -> list[models.Field]:
        return list(self.model._meta.concrete_fields)

    @property
    def columns(self) -> list[str]:
        return [field.column for field in self.fields]

    def column_of(self, name: str) -> str:
        """Database column of a field name (`journey` -> `journey_id`)."""
        return self.model._meta.get_field(name).column

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Field names (API names: `journey`, not `journey_id`)."""
        return tuple(
            field.name
            for field in self.fields
            if field.name not in NOT_DIMENSIONS
            and field.column != self.time_column
            and (
                field.choices
                or field.many_to_one
                or isinstance(field, models.UUIDField | models.BooleanField)
                or (isinstance(field, models.CharField) and not isinstance(field, GeometryField))
            )
        )

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(
            field.name
            for field in self.fields
            if isinstance(field, NUMERIC_FIELDS) and not field.choices and field.name not in NOT_DIMENSIONS
        )

    @property
    def geometry_columns(self) -> tuple[str, ...]:
        return tuple(field.column for field in self.fields if isinstance(field, GeometryField))


def hypertable_models() -> list[type[TimeSeriesModel]]:
    """Every hypertable model, in app then model order."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TimeSeriesModel) and getattr(model, "is_hypertable", lambda: False)()
    ]


def series_for_table(table: str) -> Series:
    for model in hypertable_models():
        if model._meta.db_table == table:
            return Series.of(model)
    known = ", ".join(sorted(m._meta.db_table for m in hypertable_models()))
    raise LookupError(f"{table!r} is not a hypertable (known: {known})")
