"""Base filter set: app filter sets list field names; lookups are derived from each field's type.

    class DecisionFilterSet(PlatformFilterSet):
        class Meta:
            model = Decision
            fields = ("type", "status", "priority", "initiated_at", "operating_mode", "tags")
            search_fields = ("description",)
            ordering_fields = ("initiated_at", "priority")

- vocabularies (choices), UUIDs, foreign keys: exact and `__in` (comma-separated);
- numbers and times: exact and range (`__gt`, `__gte`, `__lt`, `__lte`);
- TEXT[] columns: `__contains` (all given values) and `__overlap` (any of them);
- `search=` free text over `Meta.search_fields`;
- `ordering=` over `Meta.ordering_fields` (vocabulary columns order by rank, e.g. priority
  low < medium < high < critical);
- models with a PostGIS point: `near=<lon>,<lat>` orders by distance and, with `within_m=`,
  keeps rows within that many metres (one query using the GiST index);
- hypertables: `created_at` and the time column are always filters, and ordering defaults to
  the time column, so a time-series filter set lists only its own dimensions.
"""

import datetime as dt

import django_filters
from django import forms
from django.contrib.gis.geos import Point
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from airport_platform.geo import annotate_distance, point_field, within_metres
from airport_platform.models.expressions import choice_rank

RANGE = ["exact", "gt", "gte", "lt", "lte"]
EXACT_IN = ["exact", "in"]


def lookups_for(field) -> list[str]:
    if isinstance(field, ArrayField):
        return []  # declared explicitly (contains / overlap)
    if isinstance(field, models.ForeignKey | models.UUIDField) or field.choices:
        return EXACT_IN
    if isinstance(
        field,
        models.DateTimeField
        | models.DateField
        | models.DecimalField
        | models.IntegerField
        | models.FloatField,
    ):
        return RANGE
    if isinstance(field, models.BooleanField):
        return ["exact"]
    if isinstance(field, models.CharField):
        return ["exact", "in", "icontains"]
    return ["exact"]


class UTCDateTimeField(forms.DateTimeField):
    """Accepts any ISO 8601 offset and hands the database UTC (PostgreSQL refuses offsets
    beyond +-15:59); a moment outside the representable range is a 400, not a 500."""

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            return moment.astimezone(dt.UTC) if moment.tzinfo else moment
        except OverflowError as exc:
            raise forms.ValidationError("date-time out of range") from exc


class UTCDateTimeFilter(django_filters.DateTimeFilter):
    field_class = UTCDateTimeField


class ArrayItemsFilter(django_filters.BaseCSVFilter, django_filters.CharFilter):
    """`?tags__contains=a,b` (rows having all) / `?tags__overlap=a,b` (rows having any)."""


class LonLatField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            lon, lat = (float(part) for part in value.split(","))
        except ValueError as exc:
            raise forms.ValidationError("expected '<longitude>,<latitude>' in degrees") from exc
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise forms.ValidationError("longitude must be in [-180, 180] and latitude in [-90, 90]")
        return Point(lon, lat, srid=4326)


@extend_schema_field(OpenApiTypes.STR)
class NearFilter(django_filters.Filter):
    field_class = LonLatField

    def filter(self, qs, value):
        return qs  # applied in PlatformFilterSet.filter_queryset, together with within_m


class RankedOrderingFilter(django_filters.OrderingFilter):
    """Ordering where vocabulary columns sort by their declared order, not alphabetically."""

    def __init__(self, *args, model=None, **kwargs):
        self.model = model
        super().__init__(*args, **kwargs)

    def get_ordering_value(self, param):
        descending = param.startswith("-")
        name = self.param_map[param[1:] if descending else param]
        if self.model._meta.get_field(name).choices:
            rank = choice_rank(self.model, name)
            return rank.desc() if descending else rank.asc()
        return f"-{name}" if descending else name


class PlatformFilterSet(django_filters.FilterSet):
    FILTER_DEFAULTS = {
        **django_filters.FilterSet.FILTER_DEFAULTS,
        models.DateTimeField: {"filter_class": UTCDateTimeFilter},
    }

    @classmethod
    def get_filters(cls):
        model = cls._meta.model
        if model is None:
            return super().get_filters()
        names = cls._meta.fields or ()
        if model.is_hypertable() and not isinstance(names, dict):
            # Every time series filters on its time column and created_at: declared once here.
            time_column = model.hypertable.time_column
            names = tuple(dict.fromkeys(("created_at", time_column, *names)))
            cls._meta.fields = names
        if not isinstance(names, dict):
            cls._meta.fields = {name: lookups_for(model._meta.get_field(name)) for name in names}
        filters = super().get_filters()
        for name in names:
            field = model._meta.get_field(name)
            if isinstance(field, ArrayField):
                for lookup, meaning in (("contains", "all of"), ("overlap", "any of")):
                    filters[f"{name}__{lookup}"] = ArrayItemsFilter(
                        field_name=name,
                        lookup_expr=lookup,
                        help_text=f"rows whose {name} contain {meaning} these",
                    )
        # django-filter keeps only its own Meta options in `_meta`; ours are read from Meta.
        search_fields = getattr(cls.Meta, "search_fields", ())
        if search_fields:
            filters["search"] = django_filters.CharFilter(
                method="filter_search",
                help_text=f"case-insensitive text search in {', '.join(search_fields)}",
            )
        ordering_fields = cls.ordering_fields()
        if ordering_fields:
            filters["ordering"] = RankedOrderingFilter(model=model, fields=ordering_fields)
        if point_field(model):
            filters["near"] = NearFilter(
                help_text="'<longitude>,<latitude>': order by distance from this point"
            )
            filters["within_m"] = django_filters.NumberFilter(
                method="filter_within",
                min_value=0,
                help_text="with `near`: only rows within this many metres",
            )
        return filters

    @classmethod
    def ordering_fields(cls) -> tuple[str, ...]:
        """`Meta.ordering_fields`; for a hypertable without them, its time column."""
        declared = tuple(getattr(cls.Meta, "ordering_fields", ()))
        model = cls._meta.model
        if not declared and model is not None and model.is_hypertable():
            return (model.hypertable.time_column,)
        return declared

    def filter_search(self, queryset, name, value):
        condition = Q()
        for field in self.Meta.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)

    def filter_within(self, queryset, name, value):
        return queryset  # applied in filter_queryset, where `near` is known

    def is_valid(self):
        valid = super().is_valid()
        if (
            valid
            and self.form.cleaned_data.get("within_m") is not None
            and not self.form.cleaned_data.get("near")
        ):
            self.form.add_error("within_m", "within_m needs near=<longitude>,<latitude>")
            return False
        return valid

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        point = self.form.cleaned_data.get("near")
        if point is not None:
            field = point_field(self._meta.model).name
            metres = self.form.cleaned_data.get("within_m")
            if metres is not None:
                queryset = within_metres(queryset, field, point, float(metres))
            queryset = annotate_distance(queryset, field, point).order_by("distance_m")
        return queryset
