"""Backfilling history (spec 6.1): load a legacy CSV or NDJSON file (optionally gzipped) into a
hypertable, validated with exactly the API's rules.

- streamed in batches: memory stays flat whatever the file size;
- each batch is validated (`BatchValidator`, the bulk endpoint's validator); invalid rows go to
  the rejects file (NDJSON: line number, errors per field, the row) and the others are loaded;
- valid rows go into a temporary staging table by COPY, then into the hypertable with
  `INSERT ... SELECT ... ON CONFLICT DO NOTHING`, one transaction per batch;
- re-runnable: a row without an `id` column gets a deterministic one (UUID 5 of the file's
  SHA-256 and the row's line number), so re-running after an interruption (or twice) inserts
  only what is missing.
"""

import csv
import gzip
import hashlib
import io
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import connections, transaction
from psycopg import sql

from .checks import JSONCheck
from .copy import copy_rows
from .series import series_for_table
from .validation import BatchValidator

NAMESPACE = uuid.UUID("1b4e28ba-2fa1-4d3b-9c5a-0a1e2b3c4d5e")  # this platform's imports
FORMATS = ("csv", "ndjson")


def _refuse_constant(name):
    raise ValueError(f"{name} is not valid JSON")


@dataclass
class ImportResult:
    rows: int = 0
    inserted: int = 0
    already_present: int = 0
    rejected: int = 0


def file_format(path: Path, declared: str | None = None) -> str:
    if declared:
        if declared not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        return declared
    name = path.name.removesuffix(".gz")
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".ndjson", ".jsonl", ".json")):
        return "ndjson"
    raise ValueError(
        f"cannot tell the format of {path.name}: name it .csv/.ndjson (optionally .gz) or pass --format"
    )


def open_binary(path: Path):
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller through the returned pair
    magic = raw.read(2)
    raw.seek(0)
    return raw, (gzip.GzipFile(fileobj=raw) if magic == b"\x1f\x8b" else raw)


def file_key(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _records(stream, kind: str, json_fields: set[str]) -> Iterator[tuple[int, object, dict]]:
    """(line number, row for validation, field errors found while decoding) per record."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        yield from (_ndjson_records(text) if kind == "ndjson" else _csv_records(text, json_fields))
    finally:
        text.detach()  # the caller owns (and closes) the binary stream


def _ndjson_records(text):
    for number, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line, parse_constant=_refuse_constant), {}
        except ValueError as exc:
            yield number, None, {"non_field_errors": [f"not valid JSON: {exc}"]}


def _csv_records(text, json_fields):
    reader = csv.DictReader(text)
    for record in reader:
        errors = {}
        # An empty CSV cell is an absent value: the column's default, or "required".
        row = {key: value for key, value in record.items() if key is not None and value != ""}
        for name in json_fields & row.keys():
            try:
                row[name] = json.loads(row[name], parse_constant=_refuse_constant)
            except ValueError:
                errors[name] = ["Value must be valid JSON."]
        yield reader.line_num, row, errors


class SeriesImporter:
    def __init__(self, table: str, *, serializer_class, batch_size: int = 20_000, using: str = "default"):
        self.series = series_for_table(table)
        self.validator = BatchValidator.for_serializer(serializer_class)
        if self.validator is None:
            raise ValueError(f"{serializer_class.__name__} cannot be validated in batches")
        self.batch_size = batch_size
        self.using = using
        self.json_fields = {check.name for check in self.validator.checks if isinstance(check, JSONCheck)}
        self.staging = f"import_{self.series.table}"

    def run(
        self,
        path: Path,
        *,
        kind: str | None = None,
        rejects: Path,
        key: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> ImportResult:
        path = Path(path)
        kind = file_format(path, kind)
        key = key or file_key(path)
        result = ImportResult()
        raw, stream = open_binary(path)
        position = 0
        with raw, stream, open(rejects, "w") as rejected:
            self._create_staging()
            batch: list[tuple[int, object, dict]] = []
            for record in _records(stream, kind, self.json_fields):
                batch.append(record)
                if len(batch) >= self.batch_size:
                    self._load(batch, key, result, rejected)
                    batch = []
                    if progress:
                        progress(raw.tell() - position)
                        position = raw.tell()
            if batch:
                self._load(batch, key, result, rejected)
            if progress:
                progress(raw.tell() - position)
        self._drop_staging()
        return result

    # --- one batch ----------------------------------------------------------------------
    def _load(self, batch, key, result: ImportResult, rejected):
        result.rows += len(batch)
        errors: dict[int, dict] = {}
        for index, (_, _row, decode_errors) in enumerate(batch):
            if decode_errors:
                errors[index] = decode_errors
        candidates = [index for index in range(len(batch)) if index not in errors]
        rows = [batch[index][1] for index in candidates]
        ids = [self._row_id(batch[index][1], key, batch[index][0]) for index in candidates]
        checked = self.validator.validate(rows, ids=ids)
        if not checked.valid:
            for position, row_errors in checked.errors.items():
                errors[candidates[position]] = row_errors
            keep = [position for position in range(len(candidates)) if position not in checked.errors]
            candidates = [candidates[position] for position in keep]
            checked = self.validator.validate([rows[p] for p in keep], ids=[ids[p] for p in keep])
        for index in sorted(errors):
            number, row, row_errors = batch[index][0], batch[index][1], errors[index]
            rejected.write(json.dumps({"line": number, "errors": row_errors, "row": row}, default=str) + "\n")
        result.rejected += len(errors)
        if checked.rows:
            inserted = self._insert(checked.columns, checked.rows)
            result.inserted += inserted
            result.already_present += len(checked.rows) - inserted

    def _row_id(self, row, key: str, number: int) -> str:
        given = row.get("id") if isinstance(row, dict) else None
        if isinstance(given, str):
            try:
                return str(uuid.UUID(given))
            except ValueError:
                pass
        return str(uuid.uuid5(NAMESPACE, f"{key}:{number}"))

    def _sql(self, statement) -> str:
        with connections[self.using].cursor() as cursor:
            return statement.as_string(cursor.connection)

    def _execute(self, statement):
        with connections[self.using].cursor() as cursor:
            cursor.execute(statement.as_string(cursor.connection))
            return cursor.rowcount

    def _create_staging(self):
        self._execute(
            sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {} INCLUDING DEFAULTS)").format(
                sql.Identifier(self.staging), sql.Identifier(self.series.table)
            )
        )
        self._execute(sql.SQL("TRUNCATE {}").format(sql.Identifier(self.staging)))

    def _drop_staging(self):
        self._execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(self.staging)))

    def _insert(self, columns, rows) -> int:
        column_list = sql.SQL(", ").join(map(sql.Identifier, columns))
        staging = sql.Identifier(self.staging)
        with transaction.atomic(using=self.using):
            copy_rows(self.staging, columns, rows, using=self.using)
            inserted = self._execute(
                sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING").format(
                    sql.Identifier(self.series.table), column_list, column_list, staging
                )
            )
            self._execute(sql.SQL("TRUNCATE {}").format(staging))
        return inserted
