"""Hourly and daily rollups (spec 6.1 "summarized views of historical trends", 6.3 materialized
views with refresh schedules) of the sustainability, resource consumption, experience,
fairness and learning metrics.

Each rollup has the same name and columns on every TimescaleDB build:

    bucket, <dimensions...>, row_count, <measure>_avg, <measure>_min, <measure>_max, <measure>_sum

- TSL license: a continuous aggregate (real-time: recent buckets are computed on read) with a
  refresh policy, kept current by TimescaleDB's job scheduler;
- Apache build: a materialized view with a unique index on (bucket, dimensions), refreshed by
  `manage.py refresh_rollups` (schedule it, e.g. hourly from cron).

`ROLLUPS` is the registry the commands and docs read; migration 0001 creates the same views
with `CreateRollup` (its arguments frozen, as `CreateHypertable` freezes a model's
`hypertable`), and a test checks the two agree.
"""

from dataclasses import dataclass

from psycopg import sql

BUCKETS = {"hourly": "1 hour", "daily": "1 day"}


@dataclass(frozen=True)
class Rollup:
    name: str
    source: str
    time_column: str
    bucket: str
    dimensions: tuple[str, ...]
    measures: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        stats = [f"{measure}_{stat}" for measure in self.measures for stat in ("avg", "min", "max", "sum")]
        return ["bucket", *self.dimensions, "row_count", *stats]

    def select(self) -> sql.Composed:
        """The aggregate query (valid for a continuous aggregate: time_bucket, GROUP BY, no joins)."""
        stats = [
            sql.SQL("{}({}) AS {}").format(
                sql.SQL(stat), sql.Identifier(measure), sql.Identifier(f"{measure}_{stat}")
            )
            for measure in self.measures
            for stat in ("avg", "min", "max", "sum")
        ]
        dimensions = [sql.Identifier(name) for name in self.dimensions]
        return sql.SQL(
            "SELECT time_bucket(INTERVAL {bucket}, {time}) AS bucket, {dims}count(*) AS row_count, {stats} "
            "FROM {source} GROUP BY 1{group}"
        ).format(
            bucket=sql.Literal(self.bucket),
            time=sql.Identifier(self.time_column),
            dims=sql.SQL("").join(sql.SQL("{}, ").format(d) for d in dimensions),
            stats=sql.SQL(", ").join(stats),
            source=sql.Identifier(self.source),
            group=sql.SQL("").join(sql.SQL(", {}").format(d) for d in dimensions),
        )


# (source table, dimensions, measures): what is summed or averaged, per what.
SOURCES = (
    ("sustainability_metrics", ("metric_type", "location", "unit"), ("value",)),
    (
        "resource_consumption",
        ("resource_type", "location", "unit"),
        ("consumption_value", "carbon_equivalent", "cost"),
    ),
    ("experience_metrics", ("metric_type", "location", "passenger_type"), ("value", "sample_size")),
    ("fairness_metrics", ("metric_type", "domain", "affected_group"), ("value", "baseline_comparison")),
    ("learning_metrics", ("metric_type", "domain"), ("value",)),
)

ROLLUPS = [
    Rollup(f"{source}_{period}", source, "timestamp", bucket, dimensions, measures)
    for source, dimensions, measures in SOURCES
    for period, bucket in BUCKETS.items()
]


def rollup(name: str) -> Rollup:
    for candidate in ROLLUPS:
        if candidate.name == name:
            return candidate
    raise LookupError(f"no rollup {name!r} (known: {', '.join(r.name for r in ROLLUPS)})")
