"""Reads over the hypertables: time_bucket aggregates (with gap filling), latest value per
dimension, chunk listings, and the cross-domain views.

Every query keeps the time predicate in SQL on the hypertable's time column, so TimescaleDB
only opens the chunks that overlap the requested range.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import connections

from airport_platform.db.timescale import timescale_capabilities

from .series import Series

AGGREGATES = ("avg", "min", "max", "sum", "count")
FILLS = ("null", "locf")
BUCKET_RE = re.compile(r"^(?P<count>[1-9]\d{0,5})(?P<unit>s|m|h|d|w)$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_bucket(text: str) -> dt.timedelta:
    """`5m`, `1h`, `1d`, `7d`, `1w` ... -> timedelta; ValueError otherwise."""
    match = BUCKET_RE.match(text or "")
    if not match:
        raise ValueError("expected <number><unit>, unit one of s, m, h, d, w (e.g. 5m, 1h, 1d)")
    return dt.timedelta(**{UNITS[match["unit"]]: int(match["count"])})


class InvalidAggregate(ValueError):
    """A parameter of an aggregate request is wrong; `parameter` names it."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(message)


def _tsl(using: str) -> bool:
    return timescale_capabilities(using).tsl


@dataclass(frozen=True)
class Aggregate:
    """One `time_bucket` aggregate request, already validated (see `AggregateMixin`)."""

    series: Series
    bucket: dt.timedelta
    agg: str
    start: dt.datetime
    end: dt.datetime
    value: str | None = None  # a measure field; None only for agg=count (counts rows)
    group_by: tuple[str, ...] = ()
    fill: str | None = None  # None (no gap filling), "null" or "locf"

    def __post_init__(self):
        if self.agg not in AGGREGATES:
            raise InvalidAggregate("agg", f"agg must be one of {', '.join(AGGREGATES)}")
        if self.value is None and self.agg != "count":
            raise InvalidAggregate("measure", f"agg={self.agg} needs a numeric column")
        if self.value is not None and self.value not in self.series.measures:
            raise InvalidAggregate(
                "measure",
                f"{self.value!r} is not a numeric column of {self.series.table} "
                f"(numeric columns: {', '.join(self.series.measures) or 'none'})",
            )
        unknown = [name for name in self.group_by if name not in self.series.dimensions]
        if unknown:
            raise InvalidAggregate(
                "group_by",
                f"cannot group by {', '.join(unknown)} (dimensions: {', '.join(self.series.dimensions)})",
            )
        if self.fill is not None and self.fill not in FILLS:
            raise InvalidAggregate("fill", f"fill must be one of {', '.join(FILLS)}")
        if self.end <= self.start:
            raise InvalidAggregate("end", "end must be after start")
        buckets = (self.end - self.start) / self.bucket
        limit = settings.TIMESERIES_AGGREGATE_MAX_BUCKETS
        if buckets > limit:
            raise InvalidAggregate(
                "bucket",
                f"{int(buckets):,} buckets requested, at most {limit:,}: narrow start/end or widen the bucket",
            )


def _source_sql(queryset, aggregate: Aggregate, using: str) -> tuple[str, list]:
    """The filtered rows in [start, end) as SQL (a subquery the planner flattens)."""
    time_column = aggregate.series.time_column
    rows = queryset.filter(
        **{f"{time_column}__gte": aggregate.start, f"{time_column}__lt": aggregate.end}
    ).order_by()
    sql, params = rows.query.get_compiler(using).as_sql()
    return sql, list(params)


def aggregate_sql(queryset, aggregate: Aggregate, *, tsl: bool, using: str = "default") -> tuple[str, list]:
    """The SQL of an aggregate: TSL `time_bucket_gapfill` or the Apache equivalent, same output."""
    quote = connections[using].ops.quote_name
    series = aggregate.series
    source, source_params = _source_sql(queryset, aggregate, using)
    time = quote(series.time_column)
    groups = [(name, quote(series.column_of(name))) for name in aggregate.group_by]
    group_select = "".join(f", s.{column} AS {quote(name)}" for name, column in groups)
    group_names = "".join(f", {quote(name)}" for name, _ in groups)
    if aggregate.value is None:
        measure = "count(*)"
    else:
        value = f"s.{quote(series.column_of(aggregate.value))}"
        measure = f"count({value})" if aggregate.agg == "count" else f"{aggregate.agg}({value})::float8"
    order = f"bucket{group_names}"

    if aggregate.fill is None:
        sql = (
            f"SELECT time_bucket(%s, s.{time}) AS bucket{group_select}, {measure} AS value "
            f"FROM ({source}) s GROUP BY {order} ORDER BY {order}"
        )
        return sql, [aggregate.bucket, *source_params]

    if tsl:
        filled = "locf(" + measure + ")" if aggregate.fill == "locf" else measure
        sql = (
            f"SELECT time_bucket_gapfill(%s, s.{time}, %s, %s) AS bucket{group_select}, {filled} AS value "
            f"FROM ({source}) s GROUP BY {order} ORDER BY {order}"
        )
        return sql, [aggregate.bucket, aggregate.start, aggregate.end, *source_params]

    # Apache build: buckets from generate_series, crossed with the groups present in the data.
    join = "".join(f" AND d.{quote(name)} IS NOT DISTINCT FROM g.{quote(name)}" for name, _ in groups)
    group_list = ", ".join(quote(name) for name, _ in groups)
    groups_cte = f"SELECT DISTINCT {group_list} FROM data" if groups else "SELECT"
    g_select = "".join(f", g.{quote(name)}" for name, _ in groups)
    value = "d.value"
    if aggregate.fill == "locf":
        partition = "PARTITION BY " + ", ".join(f"g.{quote(n)}" for n, _ in groups) + " " if groups else ""
        sql_filled = (
            f"SELECT bucket{group_names}, first_value(value) OVER "
            f"(PARTITION BY {group_list + ', ' if groups else ''}run ORDER BY bucket) AS value FROM ("
            f"SELECT b.bucket{g_select}, {value}, count({value}) OVER ({partition}ORDER BY b.bucket) AS run "
            f"FROM buckets b CROSS JOIN groups g LEFT JOIN data d ON d.bucket = b.bucket{join}) f"
        )
    else:
        sql_filled = (
            f"SELECT b.bucket{g_select}, {value} AS value "
            f"FROM buckets b CROSS JOIN groups g LEFT JOIN data d ON d.bucket = b.bucket{join}"
        )
    sql = (
        f"WITH data AS (SELECT time_bucket(%s, s.{time}) AS bucket{group_select}, {measure} AS value "
        f"FROM ({source}) s GROUP BY {order}), "
        f"groups AS ({groups_cte}), "
        "buckets AS (SELECT generate_series(time_bucket(%s, %s::timestamptz), "
        "%s::timestamptz - interval '1 microsecond', %s) AS bucket) "
        f"SELECT * FROM ({sql_filled}) filled ORDER BY {order}"
    )
    params = [
        aggregate.bucket,
        *source_params,
        aggregate.bucket,
        aggregate.start,
        aggregate.end,
        aggregate.bucket,
    ]
    return sql, params


def series_aggregate(*, queryset, aggregate: Aggregate, using: str = "default", tsl: bool | None = None):
    """Rows of {"bucket", <group_by fields>..., "value"}, ordered by bucket then groups."""
    tsl = _tsl(using) if tsl is None else tsl
    sql, params = aggregate_sql(queryset, aggregate, tsl=tsl, using=using)
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def default_latest_since(series: Series, *, now: dt.datetime | None = None) -> dt.datetime:
    """Latest values are looked for in the last two chunk intervals unless `since` is given."""
    from django.utils import timezone

    interval = series.model.hypertable.chunk_interval
    amount, unit = interval.split()
    return (now or timezone.now()) - 2 * dt.timedelta(**{unit.rstrip("s") + "s": int(amount)})


def series_latest(*, queryset, series: Series, by: tuple[str, ...], since: dt.datetime):
    """The most recent row for every combination of `by` (DISTINCT ON, one query)."""
    unknown = [name for name in by if name not in series.dimensions]
    if unknown or not by:
        raise ValueError(
            f"cannot take the latest by {', '.join(unknown) or '(nothing)'}; "
            f"dimensions: {', '.join(series.dimensions)}"
        )
    time_column = series.time_column
    # Foreign keys by their own column: ordering by the relation would sort by the related
    # model's ordering, which DISTINCT ON (the key column) refuses.
    columns = [queryset.model._meta.get_field(name).attname for name in by]
    return (
        queryset.filter(**{f"{time_column}__gte": since})
        .order_by(*columns, f"-{time_column}", "-id")
        .distinct(*columns)
    )
