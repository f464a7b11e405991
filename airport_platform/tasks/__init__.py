"""Platform machinery for background work (docs/operations.md).

Domains declare periodic jobs in their `tasks.py` with `periodic_task`; the core runs them
with one advisory lock per job, retries with backoff for transient faults, a time limit, one
structured log line per run, and the last run and outcome kept in PostgreSQL for `/health/`.
"""

from .registry import SCHEDULES, Schedule, periodic_task

__all__ = ["SCHEDULES", "Schedule", "periodic_task"]
