"""Writes to the hypertables: bulk ingest through COPY.

Lifecycle operations (retention, archiving, rollups, policies) live in `lifecycle.py`,
history imports in `importing.py`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from airport_platform.exceptions import PlatformError

from .copy import copy_in, copy_rows
from .validation import CHUNK_ROWS, BatchValidator


class BatchRejected(PlatformError):
    """Some rows of a batch are invalid: nothing was written."""

    def __init__(self, errors: dict[int, dict], total: int):
        self.errors = errors
        self.total = total
        super().__init__(f"{len(errors)} of {total} items are invalid; nothing was created.")

    @property
    def items(self) -> dict[str, dict]:
        """Errors keyed by the row index as a string (JSON object keys), in row order."""
        return {str(index): self.errors[index] for index in sorted(self.errors)}


class _Abort(Exception):
    """Raised inside the COPY block so the server discards the rows sent so far."""


class BatchTooLarge(PlatformError):
    """An empty batch, or more rows than TIMESERIES_BULK_MAX_ROWS."""


@dataclass(frozen=True)
class IngestResult:
    count: int
    representations: list[dict]


def bulk_max_rows() -> int:
    return settings.TIMESERIES_BULK_MAX_ROWS


def series_bulk_insert(
    *, validator: BatchValidator, rows: list, author: str | None = None, using: str = "default"
) -> IngestResult:
    """Validate `rows` with the API's rules and COPY them into the hypertable, all or nothing.

    The checks that query the database (foreign keys, entity references) run first; then the
    batch is validated in chunks, each valid chunk streamed into one COPY while PostgreSQL
    works on the previous one. At the first invalid row nothing more is sent, the rest is
    still validated (every error is reported) and the COPY is aborted: no row is kept. Models
    with cross-column CHECK constraints (one query per chunk) are validated whole, then copied.

    Raises `BatchRejected` (errors per row index and field) or `BatchTooLarge`; on success
    returns what the API answers: each created row's representation.
    """
    if not rows:
        raise BatchTooLarge("the list is empty")
    limit = bulk_max_rows()
    if len(rows) > limit:
        raise BatchTooLarge(f"at most {limit} items per request, got {len(rows)}")
    batch = validator.start(rows, author=author)
    checked_every_chunk = False
    if validator.constraints is not None:
        # Constraint checks query per chunk: validate everything first, then one COPY.
        db_rows = [
            row
            for start in range(0, len(rows), CHUNK_ROWS)
            for row in validator.chunk(batch, start, start + CHUNK_ROWS)
        ]
        checked_every_chunk = True
        if batch.valid:
            copy_rows(validator.model._meta.db_table, validator.columns, db_rows, using=using)
    elif batch.valid:
        try:
            # A savepoint: an aborted COPY leaves the request's transaction usable.
            with (
                transaction.atomic(using=using),
                copy_in(validator.model._meta.db_table, validator.columns, using=using) as copy,
            ):
                write = copy.write_row
                for start in range(0, len(rows), CHUNK_ROWS):
                    for row in validator.chunk(batch, start, start + CHUNK_ROWS):
                        write(row)
                checked_every_chunk = True
                if not batch.valid:
                    raise _Abort
        except _Abort:
            pass
    if not batch.valid:
        if not checked_every_chunk:
            for start in range(0, len(rows), CHUNK_ROWS):
                validator.chunk(batch, start, start + CHUNK_ROWS)
        raise BatchRejected(validator.finish(batch), len(rows))
    return IngestResult(len(rows), batch.representations)
