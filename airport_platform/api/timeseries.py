"""Viewset mixins for the hypertables, composed into `TimeSeriesViewSet`:

- `TimeSeriesJSONMixin`: orjson parser/renderer (same output as DRF's) and an NDJSON parser;
- `FastListMixin`: list pages rendered from `.values()` rows when the representation is plain;
- `FastBulkIngestMixin`: `POST <url>` with a JSON array and `POST <url>bulk/` (JSON array or
  NDJSON) validate the whole batch column by column with the serializer's rules
  (`timeseries.validation`) and write it with one COPY: all rows or none;
- `AggregateMixin`: `GET <url>aggregate/`: time_bucket aggregates with optional gap filling;
- `LatestMixin`: `GET <url>latest/?by=...`: the latest row per combination of dimensions.

Behaviour and parameters are derived from the model (`timeseries.series.Series`); app
viewsets stay declarations.
"""

import json
from functools import cache

import orjson
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.parsers import BaseParser, FormParser, JSONParser, MultiPartParser
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder as DRFJSONEncoder

from airport_platform.api.fields import JSONDocumentField
from airport_platform.timeseries import selectors
from airport_platform.timeseries.series import Series
from airport_platform.timeseries.services import BatchRejected, BatchTooLarge, series_bulk_insert
from airport_platform.timeseries.validation import BatchValidator


class FastJSONParser(JSONParser):
    """JSON bodies parsed by orjson (~2x the standard library; NaN/Infinity refused alike)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return orjson.loads(stream.read())
        except orjson.JSONDecodeError as exc:
            raise ParseError(f"JSON parse error - {exc}") from exc


class NDJSONParser(BaseParser):
    """Newline-delimited JSON (`application/x-ndjson`): one object per line, blank lines ignored."""

    media_type = "application/x-ndjson"

    def parse(self, stream, media_type=None, parser_context=None):
        lines = [line for line in stream.read().splitlines() if line.strip()]
        try:
            return orjson.loads(b"[" + b",".join(lines) + b"]")
        except orjson.JSONDecodeError:
            for number, line in enumerate(lines, start=1):  # name the line that is wrong
                try:
                    orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise ParseError(f"NDJSON line {number} (of the non-blank lines): {exc}") from exc
            raise ParseError("NDJSON body is not one JSON value per line") from None


def _default(value):
    """What orjson cannot encode, encoded as DRF's JSONEncoder does."""
    return json.loads(json.dumps(value, cls=DRFJSONEncoder))


class FastJSONRenderer(JSONRenderer):
    """DRF's compact JSON output, rendered by orjson (~8x faster for large lists)."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        if self.get_indent(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        out = orjson.dumps(data, default=_default, option=orjson.OPT_UTC_Z)
        # As DRF does: U+2028/U+2029 are valid JSON but break JavaScript string literals.
        if b"\xe2\x80\xa8" in out or b"\xe2\x80\xa9" in out:
            out = out.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
        return out


class TimeSeriesJSONMixin:
    """orjson for the large JSON bodies hypertables send and receive, plus NDJSON uploads."""

    parser_classes = [FastJSONParser, NDJSONParser, FormParser, MultiPartParser]
    renderer_classes = [FastJSONRenderer, BrowsableAPIRenderer]


def _decimal(value):
    return None if value is None else f"{value:f}"  # the column's scale: DRF's quantized string


# How the list fast path represents a column, by DRF field class; absent: the DRF field decides.
# orjson writes datetimes (UTC, 'Z') and UUIDs exactly as DRF's renderer does.
PASS_THROUGH = (
    serializers.ChoiceField,
    serializers.CharField,
    serializers.IntegerField,
    serializers.BooleanField,
    serializers.DateTimeField,
    serializers.UUIDField,
    serializers.PrimaryKeyRelatedField,
    serializers.JSONField,
)


@cache
def _list_columns(serializer_class):
    """[(name, source, converter or None)] for the list fast path, or None if a field has no
    known plain representation (the serializer then renders the page)."""
    columns = []
    for name, field in serializer_class().fields.items():
        if type(field) is serializers.DecimalField:
            converter = _decimal
        elif isinstance(field, PASS_THROUGH) and type(field).to_representation in {
            klass.to_representation for klass in PASS_THROUGH
        } | {JSONDocumentField.to_representation}:
            converter = None
        else:
            converter = field.to_representation  # e.g. PostGIS points as GeoJSON
        if "." in field.source or field.source == "*":
            return None
        columns.append((name, field.source, converter))
    return columns


@cache
def _narrowed(filterset_class, names: frozenset):
    """A subclass of `filterset_class` with only the filters `names` (same Meta, same rules)."""
    narrowed = type(f"Narrowed{filterset_class.__name__}", (filterset_class,), {})
    narrowed.base_filters = {name: f for name, f in filterset_class.base_filters.items() if name in names}
    return narrowed


class FastListMixin:
    """List pages rendered straight from `.values()` rows (no model instances, no serializer per
    row), when the representation is plain; GeoJSON, the browsable API and `near` (which
    adds distances) keep the serializer."""

    def filter_queryset(self, queryset):
        """As DjangoFilterBackend, with a filter set narrowed to the filters the request uses:
        building the whole form (30+ filters deep-copied per request) cost more than the query."""
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is None or self.filter_backends != [DjangoFilterBackend]:
            return super().filter_queryset(queryset)
        requested = frozenset(filterset_class.base_filters).intersection(self.request.query_params)
        if not requested:
            return queryset
        filterset = _narrowed(filterset_class, requested)(
            data=self.request.query_params, queryset=queryset, request=self.request
        )
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        return filterset.qs

    def list(self, request, *args, **kwargs):
        columns = _list_columns(self.get_serializer_class())
        if columns is None or getattr(request.accepted_renderer, "format", None) != "json":
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        if queryset.query.annotations:
            return super().list(request, *args, **kwargs)
        rows = self.paginate_queryset(queryset.values(*[source for _, source, _ in columns]))
        converted = [
            (name, source, converter) for name, source, converter in columns if converter or name != source
        ]
        if converted:
            for row in rows:
                for name, source, converter in converted:
                    value = row.pop(source) if name != source else row[source]
                    row[name] = converter(value) if converter is not None and value is not None else value
        return self.get_paginated_response(rows)


class FastBulkIngestMixin:
    """JSON arrays / NDJSON of up to TIMESERIES_BULK_MAX_ROWS rows, validated per column, COPYed."""

    def bulk_create(self, request):
        validator = BatchValidator.for_serializer(self.get_serializer_class())
        if validator is None or self.create_service is not None:
            return super().bulk_create(request)  # the plain serializer path keeps working
        try:
            result = series_bulk_insert(
                validator=validator,
                rows=request.data,
                author=request.user.get_username() if request.user.is_authenticated else None,
            )
        except BatchTooLarge as exc:
            raise ValidationError({"non_field_errors": [str(exc)]}) from exc
        except BatchRejected as exc:
            raise ValidationError({"detail": str(exc), "items": exc.items}) from exc
        return Response(result.representations, status=status.HTTP_201_CREATED)

    @extend_schema(
        description="Append up to TIMESERIES_BULK_MAX_ROWS rows (default 10,000) at once, as a JSON "
        "array or NDJSON (`Content-Type: application/x-ndjson`, one object per line). Every row is "
        "validated; the batch is written with one COPY: all rows, or none (400 with the errors "
        "per row index and field).",
    )
    @action(detail=False, methods=["post"], url_path="bulk")
    def bulk(self, request, *args, **kwargs):
        return super().bulk(request, *args, **kwargs)


class AggregateParameters(serializers.Serializer):
    bucket = serializers.CharField(
        help_text="bucket width: <number><unit>, unit s, m, h, d or w (5m, 1h, 1d)"
    )
    agg = serializers.ChoiceField(choices=selectors.AGGREGATES, default="avg", help_text="aggregate function")
    measure = serializers.CharField(
        required=False, help_text="numeric column to aggregate (default: the first one; none for count)"
    )
    group_by = serializers.CharField(required=False, help_text="comma-separated dimension columns")
    start = serializers.DateTimeField(help_text="first moment included")
    end = serializers.DateTimeField(help_text="first moment excluded")
    fill = serializers.ChoiceField(
        choices=selectors.FILLS,
        required=False,
        help_text="gap filling: `null` (empty buckets with null) or `locf` (last value carried forward)",
    )

    def validate_bucket(self, value):
        try:
            return selectors.parse_bucket(value)
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from exc


def _names(text: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (text or "").split(",") if name.strip())


AGGREGATE_RESPONSE = {
    "type": "object",
    "properties": {
        "bucket": {"type": "string"},
        "agg": {"type": "string"},
        "measure": {"type": "string", "nullable": True},
        "group_by": {"type": "array", "items": {"type": "string"}},
        "fill": {"type": "string", "nullable": True},
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "description": "bucket start, the group_by columns, and the aggregated value",
                "properties": {
                    "bucket": {"type": "string", "format": "date-time"},
                    "value": {"type": "number", "nullable": True},
                },
                "additionalProperties": True,
            },
        },
    },
}


class AggregateMixin:
    """`GET <url>aggregate/`: time_bucket aggregates of a measure, optionally gap-filled."""

    @extend_schema(
        description="Aggregate a numeric column in time buckets (TimescaleDB `time_bucket`), per "
        "combination of `group_by` columns, over [start, end). The list filters apply too. With "
        "`fill`, every bucket of the range appears for every group (TSL `time_bucket_gapfill`, or "
        "the same result computed with `generate_series` on the Apache build).",
        parameters=[AggregateParameters],
        filters=True,
        responses={200: OpenApiResponse(response=AGGREGATE_RESPONSE)},
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def aggregate(self, request, *args, **kwargs):
        series = Series.of(self.model)
        params = AggregateParameters(data=request.query_params)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        measure = data.get("measure")
        if measure is None and data["agg"] != "count":
            measure = next(iter(series.measures), None)
            if measure is None:
                raise ValidationError({"agg": [f"{series.table} has no numeric column: only agg=count"]})
        group_by = _names(data.get("group_by"))
        try:
            aggregate = selectors.Aggregate(
                series=series,
                bucket=data["bucket"],
                agg=data["agg"],
                start=data["start"],
                end=data["end"],
                value=measure,
                group_by=group_by,
                fill=data.get("fill"),
            )
        except selectors.InvalidAggregate as exc:
            raise ValidationError({exc.parameter: [str(exc)]}) from exc
        rows = selectors.series_aggregate(
            queryset=self.filter_queryset(self.get_queryset()), aggregate=aggregate
        )
        return Response(
            {
                "bucket": request.query_params.get("bucket"),
                "agg": aggregate.agg,
                "measure": measure,
                "group_by": list(group_by),
                "fill": aggregate.fill,
                "start": data["start"],
                "end": data["end"],
                "results": rows,
            }
        )


class LatestParameters(serializers.Serializer):
    by = serializers.CharField(help_text="comma-separated dimension columns, e.g. location,metric_type")
    since = serializers.DateTimeField(
        required=False, help_text="only rows from this moment on (default: the last two chunk intervals)"
    )


class LatestMixin:
    """`GET <url>latest/?by=location,metric_type`: the newest row per combination of dimensions."""

    @extend_schema(
        description="The most recent row for every combination of the `by` columns (e.g. the latest "
        "reading per location and metric type), among rows since `since` (default: the last two "
        "chunk intervals). The list filters apply too.",
        parameters=[LatestParameters],
        filters=True,
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def latest(self, request, *args, **kwargs):
        series = Series.of(self.model)
        params = LatestParameters(data=request.query_params)
        params.is_valid(raise_exception=True)
        by = _names(params.validated_data["by"])
        since = params.validated_data.get("since") or selectors.default_latest_since(series)
        try:
            rows = selectors.series_latest(
                queryset=self.filter_queryset(self.get_queryset()), series=series, by=by, since=since
            )
        except ValueError as exc:
            raise ValidationError({"by": [str(exc)]}) from exc
        return Response(self.get_serializer(rows).data)

    def get_serializer(self, *args, **kwargs):
        if getattr(self, "action", None) == "latest":  # a list of rows (also for the OpenAPI schema)
            kwargs.setdefault("many", True)
        return super().get_serializer(*args, **kwargs)
