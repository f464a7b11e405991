"""How every periodic job runs: lock, time limit, retries, bookkeeping, one log line.

- **One at a time.** A session-level advisory lock per job (`pg_try_advisory_lock`): a run
  that finds it taken is recorded as `skipped` and ends. The lock belongs to the database
  session, so a worker killed with SIGKILL releases it when its connection drops.
- **All or nothing.** Jobs write in transactions; a run interrupted (time limit, SIGKILL)
  rolls back and the next scheduled run does the work.
- **Retries.** Transient faults (database or Redis connection lost) are retried with
  exponential backoff and jitter, at most `max_retries` times; anything else fails the run.
- **Bookkeeping.** `periodic_job_runs` keeps the last start, finish, outcome, duration,
  result and error of each job: `/health/` reads it.
"""

import json
import logging
import random
import socket
import time
import zlib
from contextlib import contextmanager

import redis
from celery import Task
from celery.exceptions import Retry, SoftTimeLimitExceeded
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections, connection
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger("airport_platform.jobs")

# First key of the two-key advisory locks taken by jobs (the second is a hash of the job
# name); other advisory locks of the platform use the one-key form, so they never collide.
JOB_LOCK_NAMESPACE = 0x10B5
TRANSIENT_ERRORS = (OperationalError, InterfaceError, redis.ConnectionError, redis.TimeoutError)


@contextmanager
def advisory_lock(name: str):
    """Yield True if this session got the job's lock (released on exit), False if another
    session holds it."""
    key = zlib.crc32(name.encode()) - 2**31  # a stable int4 from the name
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [JOB_LOCK_NAMESPACE, key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [JOB_LOCK_NAMESPACE, key])
            except DatabaseError:  # a broken session: closing it releases the lock
                connection.close()


def _record(name: str, **fields) -> None:
    from .models import JobRun

    updated = JobRun.objects.filter(pk=name).update(**fields)
    if not updated:
        plain = {key: value for key, value in fields.items() if not hasattr(value, "resolve_expression")}
        JobRun.objects.get_or_create(pk=name, defaults=plain)
        JobRun.objects.filter(pk=name).update(**fields)


def job_run_record(name: str, *, outcome: str, result: dict | None = None, error: str | None = None) -> None:
    """Record a run of a process that is not a Celery job (the relay's sweeps) for /health/."""
    from .models import JobOutcome

    now = timezone.now()
    fields = {
        "last_started_at": now,
        "last_finished_at": now,
        "last_outcome": outcome,
        "last_result": result,
        "last_error": error,
        "last_worker": socket.gethostname(),
        "runs": F("runs") + 1,
    }
    if outcome == JobOutcome.SUCCEEDED:
        fields.update(last_success_at=now, consecutive_failures=0)
    else:
        fields["consecutive_failures"] = F("consecutive_failures") + 1
    try:
        _record(name, **fields)
    except DatabaseError:
        close_old_connections()


class PlatformTask(Task):
    """Base of every periodic job (see `periodic_task`)."""

    job = None  # the function doing the work: () -> dict
    job_lock = True
    max_retries = 3
    retry_backoff = 2  # seconds: 2, 4, 8 (with jitter)
    retry_backoff_max = 60
    # A periodic job's message is acknowledged on receipt: if the worker dies, the next
    # scheduled run does the work (nothing is half-done: each job writes in transactions).
    acks_late = False

    def run_job(self) -> dict:
        from .models import JobOutcome

        name = self.name
        # (Celery's Django fixup closes stale database connections before and after each task.)
        started, clock = timezone.now(), time.monotonic()
        worker = self.request.hostname or socket.gethostname()
        try:
            _record(name, last_started_at=started, last_outcome=JobOutcome.RUNNING, last_worker=worker)
            with advisory_lock(name) if self.job_lock else _no_lock() as acquired:
                if not acquired:
                    self._finish(name, JobOutcome.SKIPPED, clock, {"reason": "another run holds the lock"})
                    return {"skipped": True}
                result = type(self).job() or {}
        except SoftTimeLimitExceeded:
            self._fail(name, clock, "time limit exceeded")
            raise
        except TRANSIENT_ERRORS as exc:
            if not connection.in_atomic_block:
                close_old_connections()  # reconnect for the retry
            self._fail(name, clock, f"{exc.__class__.__name__}: {exc}")
            if self.request.retries < self.max_retries and not self.request.called_directly:
                countdown = min(self.retry_backoff * 2**self.request.retries, self.retry_backoff_max)
                raise self.retry(exc=exc, countdown=countdown * (0.5 + random.random())) from exc
            raise
        except Retry:
            raise
        except Exception as exc:
            self._fail(name, clock, f"{exc.__class__.__name__}: {exc}")
            raise
        self._finish(name, JobOutcome.SUCCEEDED, clock, result)
        return result

    def _finish(self, name, outcome, clock, result):
        from .models import JobOutcome

        now = timezone.now()
        duration_ms = int((time.monotonic() - clock) * 1000)
        fields = {
            "last_finished_at": now,
            "last_outcome": outcome,
            "last_duration_ms": duration_ms,
            "last_result": result,
            "runs": F("runs") + 1,
        }
        if outcome == JobOutcome.SUCCEEDED:
            fields.update(last_success_at=now, last_error=None, consecutive_failures=0)
        _record(name, **fields)
        logger.info(
            json.dumps({"job": name, "outcome": outcome, "duration_ms": duration_ms, **result}, default=str)
        )

    def _fail(self, name, clock, error):
        from .models import JobOutcome

        duration_ms = int((time.monotonic() - clock) * 1000)
        logger.error(
            json.dumps({"job": name, "outcome": "failed", "duration_ms": duration_ms, "error": error})
        )
        try:
            _record(
                name,
                last_finished_at=timezone.now(),
                last_outcome=JobOutcome.FAILED,
                last_duration_ms=duration_ms,
                last_error=error[:2000],
                runs=F("runs") + 1,
                consecutive_failures=F("consecutive_failures") + 1,
            )
        except DatabaseError:  # the database itself is what failed: the log line says it
            close_old_connections()


@contextmanager
def _no_lock():
    yield True
