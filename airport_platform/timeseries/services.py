"""Writes to the hypertables: bulk ingest through COPY.

Lifecycle operations (retention, archiving, rollups, policies) live in `lifecycle.py`,
history imports in `importing.py`.
"""

from dataclasses import dataclass

from django.conf import settings

from airport_platform.exceptions import PlatformError

from .copy import copy_rows
from .validation import BatchValidator, ValidatedBatch


class BatchRejected(PlatformError):
    """Some rows of a batch are invalid: nothing was written."""

    def __init__(self, batch: ValidatedBatch, total: int):
        self.batch = batch
        self.total = total
        super().__init__(f"{len(batch.errors)} of {total} items are invalid; nothing was created.")

    @property
    def items(self) -> dict[str, dict]:
        return {str(index): self.batch.errors[index] for index in sorted(self.batch.errors)}


class BatchTooLarge(PlatformError):
    pass


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

    Raises `BatchRejected` (per-row, per-field errors) or `BatchTooLarge`; on success returns
    what the API answers: each created row's representation.
    """
    limit = bulk_max_rows()
    if len(rows) > limit:
        raise BatchTooLarge(f"at most {limit} items per request, got {len(rows)}")
    if not rows:
        raise BatchTooLarge("the list is empty")
    batch = validator.validate(rows, author=author)
    if not batch.valid:
        raise BatchRejected(batch, len(rows))
    copy_rows(validator.model._meta.db_table, batch.columns, batch.rows, using=using)
    return IngestResult(len(batch.rows), batch.representations)
