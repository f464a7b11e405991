"""Real Celery workers and beat as subprocesses, on a Redis server of the test's own and the
test database (tests here are `transaction=True`: what they write is committed, so the
subprocesses see it)."""

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from airport_platform.tasks.schedules import schedules_sync
from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import Approval, Decision
from tests.events.conftest import RedisServer

ROOT = Path(settings.BASE_DIR)
CELERY = [sys.executable, "-m", "celery", "-A", "airport_platform.celery"]


def database_url() -> str:
    params = connection.get_connection_params()
    url = f"postgres://{params['user']}@{params['host']}:{params['port']}/{connection.settings_dict['NAME']}"
    if params.get("password"):
        url = url.replace("@", f":{params['password']}@", 1)
    return url


class Processes:
    """Start platform processes (worker, beat, relay) against the test database and the
    test's Redis; each in a session of its own, so `kill()` reaches its pool children too."""

    def __init__(self, redis_server: RedisServer, logs: Path):
        self.redis = redis_server
        self.logs = logs
        self.started: list[tuple[subprocess.Popen, Path]] = []

    @property
    def env(self) -> dict:
        return {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": self.redis.url(0),
            "REDIS_URL": self.redis.url(1),
            "EVENTS_REDIS_URL": self.redis.url(2),
            "DJANGO_SETTINGS_MODULE": "airport_platform.settings",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, name: str, args: list[str]) -> tuple[subprocess.Popen, Path]:
        log = self.logs / f"{name}.log"
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=self.env,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.started.append((process, log))
        return process, log

    def worker(self, name: str, *, concurrency: int = 1, ready: bool = True) -> tuple[subprocess.Popen, Path]:
        process, log = self.start(
            name,
            [
                *CELERY,
                "worker",
                "--loglevel",
                "INFO",
                "--pool",
                "prefork",
                "--concurrency",
                str(concurrency),
                "--hostname",
                f"{name}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
        )
        if ready:
            wait_for(lambda: "ready." in log.read_text(), timeout=60, what=f"{name} ready", log=log)
        return process, log

    def beat(self) -> tuple[subprocess.Popen, Path]:
        process, log = self.start("beat", [*CELERY, "beat", "--loglevel", "INFO", "--max-interval", "1"])
        wait_for(lambda: "beat: Starting" in log.read_text(), timeout=60, what="beat started", log=log)
        return process, log

    @staticmethod
    def kill(process: subprocess.Popen, sig=signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def stop_all(self):
        for process, _ in self.started:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=15)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    self.kill(process)
        # Pool children of a worker killed earlier may outlive their parent: end the sessions.
        for process, _ in self.started:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def wait_for(condition, *, timeout: float, what: str, log: Path | None = None, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    tail = log.read_text()[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out after {timeout} s waiting for {what}\n{tail}")


@pytest.fixture
def processes(transactional_db, tmp_path):
    """Background processes on a Redis of the test's own; stopped before the database is
    flushed. The declared schedules are (re)created: a flush empties every table."""
    schedules_sync()
    server = RedisServer(tmp_path / "redis").start()
    started = Processes(server, tmp_path)
    yield started
    started.stop_all()
    server.stop()


def pending_approvals(count: int, *, expires_at: dt.datetime) -> list[Approval]:
    approvals = []
    for number in range(count):
        decision = Decision.objects.create(
            type="gate_assignment",
            priority="high",
            confidence=Decimal("0.9"),
            risk=Decimal("0.6"),
            impact_assessment={"passengers_affected": number},
            status=DecisionStatus.PENDING_APPROVAL,
        )
        approvals.append(
            Approval.objects.create(decision=decision, status=ApprovalStatus.PENDING, expires_at=expires_at)
        )
    return approvals


def set_interval(task_name: str, seconds: int):
    """What an operator does in the admin: change a job's interval."""
    from django_celery_beat.models import IntervalSchedule, PeriodicTask

    interval, _ = IntervalSchedule.objects.get_or_create(every=seconds, period=IntervalSchedule.SECONDS)
    task = PeriodicTask.objects.get(task=task_name)
    task.interval = interval
    task.save()


def now():
    return timezone.now()
