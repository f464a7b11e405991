"""Hourly and daily rollups (spec 6.1 "summarized views of historical trends", 6.3 materialized
views with refresh schedules) of the sustainability, resource consumption, experience,
fairness and learning metrics.

Each rollup has the same name and columns on every TimescaleDB build:

    bucket, <dimensions...>, row_count, <measure>_avg, <measure>_min, <measure>_max, <measure>_sum

- TSL license: a continuous aggregate (real-time: recent buckets are computed on read) with a
  refresh policy, kept current by TimescaleDB's job scheduler;
- Apache build: a materialized view with a unique index on (bucket, dimensions), refreshed by
  `manage.py refresh_rollups` (schedule it, e.g. hourly from cron).

A hypertable declares its rollups on its model (`rollups = Rollups(dimensions=..., measures=...)`);
`registered_rollups()` collects them, so the core names no domain table. The domain's own
migration creates the views with `CreateRollup` (its arguments frozen, as `CreateHypertable`
freezes a model's `hypertable`), and a test checks the migrations and the declarations agree.
"""

from dataclasses import dataclass

from django.apps import apps
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


@dataclass(frozen=True)
class Rollups:
    """A hypertable's declaration of its hourly and daily rollups: what is summed or averaged
    (`measures`), per what (`dimensions`). Declared on the model, e.g.

        rollups = Rollups(dimensions=("metric_type", "location", "unit"), measures=("value",))
    """

    dimensions: tuple[str, ...]
    measures: tuple[str, ...]

    def expand(self, model) -> list[Rollup]:
        table = model._meta.db_table
        return [
            Rollup(
                f"{table}_{period}",
                table,
                model.hypertable.time_column,
                bucket,
                self.dimensions,
                self.measures,
            )
            for period, bucket in BUCKETS.items()
        ]


def registered_rollups() -> list[Rollup]:
    """Every rollup the installed apps declare, in app and model order (the registry the
    commands, tasks and docs read; each domain's migration creates its own)."""
    return [
        rollup
        for model in apps.get_models()
        if isinstance(getattr(model, "rollups", None), Rollups)
        for rollup in model.rollups.expand(model)
    ]
