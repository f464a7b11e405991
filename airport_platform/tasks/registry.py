"""`periodic_task`: declare a job and its default schedule in one place (a domain's tasks.py)."""

from dataclasses import dataclass

from airport_platform.celery import app

from .runner import PlatformTask


@dataclass(frozen=True)
class Schedule:
    name: str  # task name, also the PeriodicTask name and the JobRun key
    every: float  # default interval in seconds (an operator may change it in the admin)
    description: str
    lock: bool


SCHEDULES: dict[str, Schedule] = {}


def periodic_task(name: str, *, every: float, time_limit: int, lock: bool = True, description: str = ""):
    """Register `function` (no arguments, returns a dict summary) as Celery task `name`, run
    every `every` seconds by beat. `lock`: at most one run at a time across every worker (a
    session advisory lock; a second run meanwhile is recorded as skipped). `time_limit`:
    seconds before the run is interrupted (soft limit 90% of it, so it can roll back cleanly)."""

    def decorate(function):
        SCHEDULES[name] = Schedule(name, every, description or (function.__doc__ or "").strip(), lock)
        return app.task(
            name=name,
            base=PlatformTask,
            bind=True,
            job=function,
            job_lock=lock,
            time_limit=time_limit,
            soft_time_limit=max(int(time_limit * 0.9), 1),
        )(_run)

    return decorate


def _run(task):
    return task.run_job()
