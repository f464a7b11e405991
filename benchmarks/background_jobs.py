"""Background jobs benchmark: how late approvals expire, how late the relay delivers events.

    .venv/bin/python -m benchmarks.background_jobs                      # 100 approvals, 1,000 events/s for 10 s
    .venv/bin/python -m benchmarks.background_jobs --approvals 100 --rate 1000 --seconds 10

Against its own database (BENCH_DATABASE_URL, default .../airport_bench_jobs, created and
migrated if missing) and a redis-server of its own on a free port, it starts the real
processes of `make run` (a Celery worker, beat with the database schedules, the relay):

1. expiry: N approvals whose deadlines are spread evenly over the next 60 s, expired by the
   scheduled job (every 30 s); prints the delay from deadline to expiry, p50/p95/max;
2. relay lag: outbox events written at --rate events/s for --seconds (one transaction per
   100 ms, over 500 aggregates) with nothing but the supervised relay delivering them (the
   web tier's after-commit relay is the faster path; this is the fallback under load);
   prints the lag from `occurred_at` to the XADD (the stream id's time), p50/p95/max.

Figures are recorded in docs/operations.md. Nothing here is a test: no assertions on time.
"""

import argparse
import datetime as dt
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/airport_bench_jobs"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_database(database_url: str):
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"p50 {statistics.median(ordered):.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s (n={len(ordered)})"
    )


class Platform:
    def __init__(self, env: dict, logs: Path):
        self.env, self.logs, self.processes = env, logs, []

    def start(self, name: str, args: list[str]):
        log = (self.logs / f"{name}.log").open("w")
        self.processes.append(
            subprocess.Popen(
                args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        )

    def stop(self):
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)


def wait(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def bench_expiry(count: int):
    from django.utils import timezone

    from orchestration.models import Approval, Decision

    Approval.objects.filter(status="pending").update(status="cancelled")
    start = timezone.now() + dt.timedelta(seconds=5)
    ids = []
    for number in range(count):
        decision = Decision.objects.create(
            type="gate_assignment",
            priority="high",
            confidence=Decimal("0.9"),
            risk=Decimal("0.6"),
            impact_assessment={"bench": number},
            status="pending_approval",
        )
        deadline = start + dt.timedelta(seconds=60 * number / count)
        ids.append(Approval.objects.create(decision=decision, status="pending", expires_at=deadline).pk)
    wait(
        lambda: not Approval.objects.filter(pk__in=ids, status="pending").exists(),
        180,
        "every approval to expire",
    )
    delays = [
        (a.updated_at - a.expires_at).total_seconds()
        for a in Approval.objects.filter(pk__in=ids, status="expired")
    ]
    print(f"expiry delay after the deadline ({count} approvals, job every 30 s): {percentiles(delays)}")


def bench_relay(rate: int, seconds: float, redis_url: str):
    import redis

    from airport_platform.events.models import OutboxEvent
    from airport_platform.tasks.models import JobRun

    OutboxEvent.objects.all().delete()
    JobRun.objects.filter(pk="events.relay").delete()
    wait(lambda: JobRun.objects.filter(pk="events.relay").exists(), 120, "the relay's first sweep")
    per_tick, tick = max(rate // 10, 1), 0.1
    began = time.monotonic()
    for number in range(int(seconds / tick)):
        OutboxEvent.objects.bulk_create(
            OutboxEvent(
                domain="orchestration",
                event_type="decision_transitioned",
                aggregate_type="decision",
                aggregate_id=f"bench-{(number * per_tick + i) % 500}",
                payload={"n": number * per_tick + i},
            )
            for i in range(per_tick)
        )
        time.sleep(max(0.0, began + (number + 1) * tick - time.monotonic()))
    written = OutboxEvent.objects.count()
    print(
        f"wrote {written} events in {time.monotonic() - began:.1f} s ({written / (time.monotonic() - began):.0f}/s)"
    )
    wait(
        lambda: not OutboxEvent.objects.filter(delivered_at__isnull=True).exists(),
        300,
        "the relay to catch up",
    )
    occurred = {str(e): t for e, t in OutboxEvent.objects.values_list("event_id", "occurred_at")}
    client = redis.Redis.from_url(redis_url)
    lags = []
    for entry_id, fields in client.xrange("airport:events:orchestration"):
        event_id = fields[b"event_id"].decode()
        if event_id in occurred:
            added = int(entry_id.decode().split("-")[0]) / 1000
            lags.append(added - occurred[event_id].timestamp())
    print(f"relay lag, occurred_at to XADD, at {rate} events/s: {percentiles(lags)}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--approvals", type=int, default=100)
    parser.add_argument("--rate", type=int, default=1000, help="events per second")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--skip-expiry", action="store_true", help="only measure the relay")
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    ensure_database(database_url)
    workdir = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    port = free_port()
    redis_server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{port}/0",
        "REDIS_URL": f"redis://127.0.0.1:{port}/1",
        "EVENTS_REDIS_URL": f"redis://127.0.0.1:{port}/2",
        "CACHE_KEY_PREFIX": "bench-jobs",
        "DJANGO_SETTINGS_MODULE": "airport_platform.settings",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    platform = Platform(env, workdir)
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--no-input"],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        celery = [sys.executable, "-m", "celery", "-A", "airport_platform.celery"]
        platform.start("worker", [*celery, "worker", "--concurrency", "2", "--loglevel", "WARNING"])
        platform.start("beat", [*celery, "beat", "--loglevel", "WARNING"])
        platform.start("relay", [sys.executable, "manage.py", "relay_events", "--forever", "--interval", "1"])
        if not args.skip_expiry:
            bench_expiry(args.approvals)
        bench_relay(args.rate, args.seconds, env["EVENTS_REDIS_URL"])
        print(f"logs: {workdir}")
    finally:
        platform.stop()
        redis_server.terminate()
        redis_server.wait(timeout=10)


if __name__ == "__main__":
    main()
