"""Worker and scheduler health (reads), for `/health/` and `manage.py jobs_status`."""

import datetime as dt

import redis
from django.conf import settings
from django.utils import timezone

# A job is overdue when its last success is older than this many of its intervals.
OVERDUE_INTERVALS = 3


def _interval_seconds(task) -> float | None:
    if task.interval_id is None:
        return None
    return task.interval.schedule.run_every.total_seconds()


def jobs_status(*, now: dt.datetime | None = None) -> list[dict]:
    """Each enabled interval schedule: its interval, last run and outcome, and whether overdue
    (last success, or its creation when it never succeeded, older than 3 intervals)."""
    from django_celery_beat.models import PeriodicTask

    from .models import JobRun

    now = now or timezone.now()
    runs = {run.name: run for run in JobRun.objects.all()}
    report = []
    for task in PeriodicTask.objects.filter(enabled=True).select_related("interval").order_by("name"):
        every = _interval_seconds(task)
        run = runs.get(task.task)
        since = (run.last_success_at if run else None) or task.date_changed
        late = (now - since).total_seconds() if since else None
        report.append(
            {
                "job": task.task,
                "every_seconds": every,
                "last_started_at": run.last_started_at if run else None,
                "last_finished_at": run.last_finished_at if run else None,
                "last_outcome": run.last_outcome if run else None,
                "last_duration_ms": run.last_duration_ms if run else None,
                "last_result": run.last_result if run else None,
                "last_error": run.last_error if run else None,
                "consecutive_failures": run.consecutive_failures if run else 0,
                "scheduler_last_sent_at": task.last_run_at,
                "overdue": bool(every and late is not None and late > OVERDUE_INTERVALS * every),
            }
        )
    return report


def queue_depth() -> dict:
    """Messages waiting in each task queue of the broker (Redis lists named after the queues)."""
    url = settings.CELERY_BROKER_URL
    queues = [settings.CELERY_TASK_DEFAULT_QUEUE]
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
        return {queue: client.llen(queue) for queue in queues}
    except redis.RedisError as exc:
        return {"error": f"{exc.__class__.__name__}: {exc}"}


def process_status(name: str) -> dict | None:
    """Last recorded sweep of a long-running process (e.g. `events.relay`), or None."""
    from .models import JobRun

    run = JobRun.objects.filter(pk=name).first()
    if run is None:
        return None
    return {
        "last_sweep_at": run.last_finished_at,
        "last_outcome": run.last_outcome,
        "last_error": run.last_error,
        "consecutive_failures": run.consecutive_failures,
    }
