"""Data lifecycle of the hypertables (spec section 6): retention, archiving, compression, rollups.

Hot data lives in the hypertable chunks; warm data may be compressed (TSL); cold data is
exported, one compressed CSV file per chunk (`archive_chunk`), before its chunk is dropped
(`drop_old_chunks`); `restore_archive` loads such a file back. Every function works on the
Apache build; TSL-only features (retention/compression policies, continuous aggregates) are
applied where `timescale_capabilities().tsl` says they exist and skipped with a reason
otherwise.
"""

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone
from psycopg import sql

from airport_platform.db.timescale import timescale_capabilities

from .copy import copy_query_out, copy_text_in
from .rollups import registered_rollups
from .series import Series, hypertable_models, series_for_table

logger = logging.getLogger(__name__)
INTERVAL_RE = re.compile(r"^\s*(\d+)\s*(second|minute|hour|day|week|month|year)s?\s*$")
UNIT_DAYS = {"week": 7, "month": 30, "year": 365}


def parse_interval(text: str) -> dt.timedelta:
    """'90 days', '1 year', '12 hours' -> timedelta (months as 30 days, years as 365)."""
    match = INTERVAL_RE.match(text or "")
    if not match:
        raise ValueError(f"not an interval: {text!r} (e.g. '90 days', '2 years')")
    amount, unit = int(match[1]), match[2]
    if unit in UNIT_DAYS:
        return dt.timedelta(days=amount * UNIT_DAYS[unit])
    return dt.timedelta(**{f"{unit}s": amount})


@dataclass(frozen=True)
class Chunk:
    schema: str
    name: str
    table: str
    range_start: dt.datetime
    range_end: dt.datetime
    is_compressed: bool

    @property
    def qualified(self) -> sql.Composed:
        return sql.SQL("{}.{}").format(sql.Identifier(self.schema), sql.Identifier(self.name))

    def rows(self, using: str = "default") -> int:
        with connections[using].cursor() as cursor:
            cursor.execute(
                sql.SQL("SELECT count(*) FROM {}").format(self.qualified).as_string(cursor.connection)
            )
            return cursor.fetchone()[0]


def chunks(table: str, *, older_than: dt.datetime | None = None, using: str = "default") -> list[Chunk]:
    """The table's chunks, oldest first; with `older_than`, only chunks that end by then
    (exactly those `drop_chunks(older_than => ...)` removes)."""
    query = (
        "SELECT chunk_schema, chunk_name, hypertable_name, range_start, range_end, is_compressed "
        "FROM timescaledb_information.chunks WHERE hypertable_name = %s"
    )
    params: list = [table]
    if older_than is not None:
        query += " AND range_end <= %s"
        params.append(older_than)
    with connections[using].cursor() as cursor:
        cursor.execute(query + " ORDER BY range_start", params)
        return [Chunk(*row) for row in cursor.fetchall()]


def retention(table: str) -> dt.timedelta | None:
    text = settings.TIMESERIES_RETENTION.get(table)
    return parse_interval(text) if text else None


def retention_cutoff(table: str, *, now: dt.datetime | None = None) -> dt.datetime | None:
    keep = retention(table)
    return None if keep is None else (now or timezone.now()) - keep


# --- archiving (cold storage) -----------------------------------------------------------------


def archive_directory(table: str, directory: Path | None = None) -> Path:
    return Path(directory or settings.TIMESERIES_ARCHIVE_DIR) / table


def archive_path(chunk: Chunk, directory: Path | None = None) -> Path:
    stamp = "%Y%m%dT%H%M%SZ"
    start = chunk.range_start.astimezone(dt.UTC).strftime(stamp)
    end = chunk.range_end.astimezone(dt.UTC).strftime(stamp)
    return archive_directory(chunk.table, directory) / f"{chunk.table}__{start}__{end}.csv.gz"


def manifest_path(archive: Path) -> Path:
    return archive.with_name(archive.name.removesuffix(".csv.gz") + ".json")


def archive_chunk(chunk: Chunk, *, directory: Path | None = None, using: str = "default") -> Path:
    """Export one chunk to `<dir>/<table>/<table>__<start>__<end>.csv.gz` (+ a JSON manifest).

    PostgreSQL writes the CSV itself (COPY ... TO STDOUT, with a header), streamed into gzip:
    memory stays flat and every type round-trips exactly. The file appears complete or not
    at all (written to a temporary name, then renamed); the manifest records rows, columns,
    range and the SHA-256 of the file.
    """
    series = series_for_table(chunk.table)
    target = archive_path(chunk, directory)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    columns = series.columns
    query = sql.SQL("SELECT {} FROM {} ORDER BY {}, id").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), chunk.qualified, sql.Identifier(series.time_column)
    )
    with open(partial, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as out:
        copy_query_out(query, out, options="WITH (FORMAT csv, HEADER true)", using=using)
    digest = hashlib.sha256(partial.read_bytes()).hexdigest()
    rows = chunk.rows(using)
    os.replace(partial, target)
    manifest = {
        "table": chunk.table,
        "chunk": chunk.name,
        "range_start": chunk.range_start.isoformat(),
        "range_end": chunk.range_end.isoformat(),
        "rows": rows,
        "columns": columns,
        "format": "csv.gz (PostgreSQL COPY CSV with header)",
        "sha256": digest,
        "archived_at": timezone.now().isoformat(),
    }
    manifest_path(target).write_text(json.dumps(manifest, indent=2) + "\n")
    return target


def verified_archive(chunk: Chunk, directory: Path | None = None, using: str = "default") -> Path | None:
    """The chunk's archive if it exists, matches its checksum and holds the chunk's row count."""
    path = archive_path(chunk, directory)
    manifest = manifest_path(path)
    if not (path.exists() and manifest.exists()):
        return None
    recorded = json.loads(manifest.read_text())
    if hashlib.sha256(path.read_bytes()).hexdigest() != recorded["sha256"]:
        return None
    return path if recorded["rows"] == chunk.rows(using) else None


def restore_archive(path: Path, *, using: str = "default") -> tuple[int, int]:
    """Load an archive back into its hypertable; returns (rows in the file, rows inserted).

    The file goes into a temporary staging table first (COPY), then into the hypertable with
    ON CONFLICT DO NOTHING on the (id, time) key: restoring twice, or restoring rows that were
    never dropped, adds nothing.
    """
    path = Path(path)
    manifest = manifest_path(path)
    table = json.loads(manifest.read_text())["table"] if manifest.exists() else path.name.split("__", 1)[0]
    series = series_for_table(table)
    with gzip.open(path, "rb") as stream:
        header = stream.readline().decode().strip()
    columns = header.split(",")
    unknown = set(columns) - set(series.columns)
    if unknown:
        raise ValueError(f"{path.name}: columns {sorted(unknown)} are not in {table}")
    staging = f"restore_{table}"
    column_list = sql.SQL(", ").join(map(sql.Identifier, columns))
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        as_text = lambda statement: statement.as_string(cursor.connection)  # noqa: E731
        cursor.execute(
            as_text(
                sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {} INCLUDING DEFAULTS)").format(
                    sql.Identifier(staging), sql.Identifier(table)
                )
            )
        )
        cursor.execute(as_text(sql.SQL("TRUNCATE {}").format(sql.Identifier(staging))))
        with gzip.open(path, "rb") as stream:
            copy_text_in(staging, columns, stream, options="WITH (FORMAT csv, HEADER true)", using=using)
        cursor.execute(as_text(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(staging))))
        in_file = cursor.fetchone()[0]
        cursor.execute(
            as_text(
                sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING").format(
                    sql.Identifier(table), column_list, column_list, sql.Identifier(staging)
                )
            )
        )
        inserted = cursor.rowcount
        cursor.execute(as_text(sql.SQL("DROP TABLE {}").format(sql.Identifier(staging))))
    return in_file, inserted


# --- retention ------------------------------------------------------------------------------


def drop_old_chunks(table: str, older_than: dt.datetime, *, using: str = "default") -> list[str]:
    """`drop_chunks`: remove every chunk of `table` that ends by `older_than`; their names."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT drop_chunks(%s::regclass, older_than => %s)", [table, older_than])
        return [row[0] for row in cursor.fetchall()]


# --- policies (TSL) -------------------------------------------------------------------------


def apply_policies(*, using: str = "default") -> list[str]:
    """Retention and compression policies from the settings where the license allows them.

    Returns one line per table and feature saying what was done or why it was skipped.
    """
    caps = timescale_capabilities(using)
    lines = []
    for model in hypertable_models():
        series = Series.of(model)
        table = series.table
        keep = settings.TIMESERIES_RETENTION.get(table)
        compress_after = settings.TIMESERIES_COMPRESS_AFTER.get(table)
        if not caps.tsl:
            reason = f"needs the Timescale License (this server: TimescaleDB {caps.version}, {caps.license})"
            if keep:
                lines.append(
                    f"{table}: retention policy skipped, {reason}; run `manage.py prune_timeseries` "
                    f"to drop chunks older than {keep}"
                )
            if compress_after:
                lines.append(f"{table}: compression skipped, {reason}")
            continue
        with connections[using].cursor() as cursor:
            if keep:
                cursor.execute(
                    "SELECT add_retention_policy(%s::regclass, drop_after => %s::interval, if_not_exists => true)",
                    [table, keep],
                )
                lines.append(f"{table}: retention policy, chunks dropped after {keep}")
            if compress_after:
                segment_by = ",".join(series.column_of(name) for name in series.dimensions[:2])
                cursor.execute(
                    sql.SQL(
                        "ALTER TABLE {} SET (timescaledb.compress, timescaledb.compress_segmentby = {}, "
                        "timescaledb.compress_orderby = {})"
                    )
                    .format(
                        sql.Identifier(table),
                        sql.Literal(segment_by),
                        sql.Literal(f'"{series.time_column}" DESC'),
                    )
                    .as_string(cursor.connection)
                )
                cursor.execute(
                    "SELECT add_compression_policy(%s::regclass, compress_after => %s::interval, if_not_exists => true)",
                    [table, compress_after],
                )
                lines.append(f"{table}: compression after {compress_after} (segment by {segment_by or '-'})")
    for line in lines:
        logger.info(line)
    return lines


# --- rollups --------------------------------------------------------------------------------


def refresh_rollups(
    names: list[str] | None = None,
    *,
    concurrently: bool = False,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    using: str = "default",
) -> list[str]:
    """Refresh the rollups (all, or `names`): REFRESH MATERIALIZED VIEW on the Apache build,
    `refresh_continuous_aggregate(start, end)` with the TSL license (outside a transaction)."""
    known = [rollup.name for rollup in registered_rollups()]
    names = names or known
    unknown = set(names) - set(known)
    if unknown:
        raise LookupError(f"unknown rollups: {', '.join(sorted(unknown))}")
    tsl = timescale_capabilities(using).tsl
    connection = connections[using]
    with connection.cursor() as cursor:
        for name in names:
            if tsl:
                cursor.execute("CALL refresh_continuous_aggregate(%s::regclass, %s, %s)", [name, start, end])
            else:
                # CONCURRENTLY (readers are not blocked) only works once the view has data.
                cursor.execute("SELECT ispopulated FROM pg_matviews WHERE matviewname = %s", [name])
                populated = cursor.fetchone()[0]
                cursor.execute(
                    sql.SQL("REFRESH MATERIALIZED VIEW {}{}")
                    .format(
                        sql.SQL("CONCURRENTLY " if concurrently and populated else ""), sql.Identifier(name)
                    )
                    .as_string(cursor.connection)
                )
    return names
