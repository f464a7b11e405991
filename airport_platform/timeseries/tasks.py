"""Time-series periodic jobs: rollup refresh and retention (docs/timeseries.md, spec 6).

- Rollups: hourly buckets every 5 minutes, daily buckets every hour, `CONCURRENTLY` on the
  Apache build (readers are never blocked); with the TSL license TimescaleDB's own refresh
  policies keep the continuous aggregates current and this refresh is a catch-up.
- Retention: each hypertable's chunks entirely older than `TIMESERIES_RETENTION` are
  exported to a verified archive (`TIMESERIES_ARCHIVE_DIR`) and then dropped; a chunk whose
  archive does not verify is kept. Tables without retention are kept forever.
"""

import logging

from django.utils import timezone

from airport_platform.tasks import periodic_task

from . import lifecycle
from .rollups import registered_rollups
from .series import hypertable_models

logger = logging.getLogger(__name__)


def _refresh(period_suffix: str) -> dict:
    names = [rollup.name for rollup in registered_rollups() if rollup.name.endswith(period_suffix)]
    return {"refreshed": lifecycle.refresh_rollups(names, concurrently=True)}


@periodic_task("timeseries.refresh_hourly_rollups", every=5 * 60, time_limit=10 * 60)
def refresh_hourly_rollups() -> dict:
    """Refresh the hourly rollups concurrently (readers are not blocked)."""
    return _refresh("hourly")


@periodic_task("timeseries.refresh_daily_rollups", every=60 * 60, time_limit=30 * 60)
def refresh_daily_rollups() -> dict:
    """Refresh the daily rollups concurrently (readers are not blocked)."""
    return _refresh("daily")


def retention_apply(*, now=None) -> dict:
    """Archive, verify, then drop each hypertable's chunks older than its retention."""
    now = now or timezone.now()
    dropped, kept, rows = [], [], 0
    for model in hypertable_models():
        table = model._meta.db_table
        cutoff = lifecycle.retention_cutoff(table, now=now)
        if cutoff is None:
            continue
        for chunk in lifecycle.chunks(table, older_than=cutoff):
            count = chunk.rows()
            if lifecycle.verified_archive(chunk) is None:
                lifecycle.archive_chunk(chunk)
            if lifecycle.verified_archive(chunk) is None:
                logger.error("retention: archive of %s.%s does not verify; chunk kept", table, chunk.name)
                kept.append(chunk.name)
                break  # newer chunks wait too: drop_chunks by end time would take this one along
            # Oldest first, by this chunk's own end: only chunks archived and verified go.
            dropped += lifecycle.drop_old_chunks(table, chunk.range_end)
            rows += count
    return {"dropped_chunks": len(dropped), "dropped_rows": rows, "kept_unverified": kept}


@periodic_task("timeseries.apply_retention", every=24 * 60 * 60, time_limit=2 * 60 * 60)
def apply_retention() -> dict:
    """Archive then drop hypertable chunks older than their documented retention."""
    return retention_apply()
