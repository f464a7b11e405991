"""Migration operations of the timeseries app.

    CreateRollup("sustainability_metrics_hourly", source="sustainability_metrics",
                 time_column="timestamp", bucket="1 hour",
                 dimensions=["metric_type", "location", "unit"], measures=["value"])

With the TSL license the rollup is a continuous aggregate with a refresh policy; on the Apache
build a materialized view with a unique index (refreshed by `manage.py refresh_rollups`). Same
name and columns either way. Reverse: the view is dropped.
"""

import logging

from django.db import migrations
from psycopg import sql

from airport_platform.db.timescale import timescale_capabilities

from .rollups import Rollup

logger = logging.getLogger(__name__)


def _run(schema_editor, statement: sql.Composable):
    with schema_editor.connection.cursor() as cursor:
        schema_editor.execute(statement.as_string(cursor.connection), params=None)


class CreateRollup(migrations.operations.base.Operation):
    reversible = True
    reduces_to_sql = False

    def __init__(self, name, *, source, time_column, bucket, dimensions, measures):
        self.name = name
        self.rollup = Rollup(name, source, time_column, bucket, tuple(dimensions), tuple(measures))

    def deconstruct(self):
        r = self.rollup
        kwargs = {
            "source": r.source,
            "time_column": r.time_column,
            "bucket": r.bucket,
            "dimensions": list(r.dimensions),
            "measures": list(r.measures),
        }
        return (self.__class__.__qualname__, [self.name], kwargs)

    def state_forwards(self, app_label, state):
        pass

    def describe(self):
        return f"Rollup {self.name}: {self.rollup.bucket} buckets of {self.rollup.source}"

    @property
    def migration_name_fragment(self):
        return f"rollup_{self.name}"

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        r = self.rollup
        view = sql.Identifier(r.name)
        if timescale_capabilities(schema_editor.connection.alias).tsl:
            _run(
                schema_editor,
                sql.SQL(
                    "CREATE MATERIALIZED VIEW IF NOT EXISTS {} WITH (timescaledb.continuous, "
                    "timescaledb.materialized_only = false) AS {} WITH NO DATA"
                ).format(view, r.select()),
            )
            _run(
                schema_editor,
                sql.SQL(
                    "SELECT add_continuous_aggregate_policy({}::regclass, start_offset => NULL, "
                    "end_offset => {}::interval, schedule_interval => {}::interval, if_not_exists => true)"
                ).format(sql.Literal(r.name), sql.Literal(r.bucket), sql.Literal(r.bucket)),
            )
        else:
            logger.debug("%s: materialized view (continuous aggregates need the TSL license)", r.name)
            # Populated at once, so it is readable before the first refresh_rollups.
            _run(
                schema_editor,
                sql.SQL("CREATE MATERIALIZED VIEW IF NOT EXISTS {} AS {} WITH DATA").format(view, r.select()),
            )
            _run(
                schema_editor,
                sql.SQL("CREATE UNIQUE INDEX IF NOT EXISTS {} ON {} (bucket{})").format(
                    sql.Identifier(f"{r.name}_key"),
                    view,
                    sql.SQL("").join(sql.SQL(", {}").format(sql.Identifier(d)) for d in r.dimensions),
                ),
            )
        # A continuous aggregate shows itself as a view; the Apache rollup is a materialized view.
        kind = "VIEW" if timescale_capabilities(schema_editor.connection.alias).tsl else "MATERIALIZED VIEW"
        _run(
            schema_editor,
            sql.SQL("COMMENT ON {} {} IS {}").format(
                sql.SQL(kind),
                view,
                sql.Literal(f"Rollup: {r.bucket} buckets of {r.source} (airport_platform.timeseries)"),
            ),
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        _run(
            schema_editor,
            sql.SQL("DROP MATERIALIZED VIEW IF EXISTS {} CASCADE").format(sql.Identifier(self.name)),
        )
