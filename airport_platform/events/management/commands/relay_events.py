"""`manage.py relay_events`: deliver what the after-commit relay left behind.

Once (cron, a deploy hook), or as a supervised long-lived process with `--forever` (the
Procfile and compose `relay` process): every `--interval` seconds it delivers undelivered
events in order per aggregate. While Redis is down it retries every 2 s at most, and as soon
as Redis answers it also sends the events a connection failure had put in backoff, so the
backlog drains within seconds of recovery. SIGTERM/SIGINT stop it between sweeps; a SIGKILL
mid-batch loses nothing and duplicates nothing (docs/events.md).

`--replay-since <time>` sends again the events delivered since then (Redis lost its data);
consumers deduplicate by event id.
"""

import datetime as dt
import re
import signal
import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from airport_platform.events.models import OutboxEvent
from airport_platform.events.relay import backlog, relay, replay, waiting_after_connection_failure
from airport_platform.tasks.models import JobOutcome
from airport_platform.tasks.runner import job_run_record

RELAY_JOB = "events.relay"
MAX_ERROR_PAUSE_SECONDS = 2.0
HEARTBEAT_SECONDS = 10.0
AGO_RE = re.compile(r"^(\d+)\s*([smhd])$")
AGO_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_since(text: str) -> dt.datetime:
    """An ISO 8601 time ('2026-12-01T10:00:00Z') or an age ('15m', '2h', '1d')."""
    match = AGO_RE.match(text.strip())
    if match:
        return timezone.now() - dt.timedelta(**{AGO_UNITS[match[2]]: int(match[1])})
    moment = parse_datetime(text.strip())
    if moment is None:
        raise CommandError(
            f"--replay-since: {text!r} is neither an ISO 8601 time nor an age like 15m, 2h, 1d"
        )
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, dt.UTC)


class Command(BaseCommand):
    help = "Deliver undelivered outbox events to Redis (once, or continuously with --forever)."

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="keep sweeping until stopped")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between sweeps (default 1)")
        parser.add_argument(
            "--ignore-backoff",
            action="store_true",
            help="retry every undelivered event now, even those waiting for their next attempt",
        )
        parser.add_argument(
            "--purge-delivered-after-days",
            type=int,
            default=7,
            help="delete delivered outbox rows older than this many days (default 7; 0 keeps them)",
        )
        parser.add_argument(
            "--replay-since",
            metavar="TIME",
            help="send again the events delivered since TIME (ISO 8601, or an age: 15m, 2h, 1d), then exit",
        )

    def handle(
        self, *args, forever, interval, ignore_backoff, purge_delivered_after_days, replay_since, **options
    ):
        if interval <= 0:
            raise CommandError("--interval must be a positive number of seconds")
        if replay_since:
            self.replay(parse_since(replay_since))
            return
        stop = threading.Event()
        if forever and threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        pause, heartbeat = interval, 0.0
        while True:
            close_old_connections()
            result = relay(respect_backoff=not ignore_backoff)
            if not result.error and waiting_after_connection_failure():
                catch_up = relay(respect_backoff=False)  # Redis answers: no reason to wait
                result.delivered += catch_up.delivered
                result.duplicates += catch_up.duplicates
                result.error = catch_up.error
            if purge_delivered_after_days:
                self.purge(purge_delivered_after_days)
            if result.delivered or result.error or not forever:
                self.report(result)
            if not forever:
                return
            if time.monotonic() - heartbeat >= HEARTBEAT_SECONDS or result.error:
                heartbeat = time.monotonic()
                job_run_record(
                    RELAY_JOB,
                    outcome=JobOutcome.FAILED if result.error else JobOutcome.SUCCEEDED,
                    result={"delivered": result.delivered},
                    error=result.error,
                )
            pause = (
                min(max(pause * 2, interval), max(MAX_ERROR_PAUSE_SECONDS, interval))
                if result.error
                else interval
            )
            if stop.wait(pause):
                self.stdout.write("relay_events: stopped")
                return

    def replay(self, since):
        result = replay(since=since)
        line = (
            f"relay_events: replayed events delivered since {since.isoformat()}: "
            f"{result.delivered} sent again, {result.duplicates} still in Redis"
        )
        if result.error:
            raise CommandError(f"{line}; stopped, Redis unavailable: {result.error}")
        self.stdout.write(line)

    def report(self, result):
        waiting = backlog()
        line = (
            f"relay_events: delivered {result.delivered}"
            f" (already in the stream: {result.duplicates}), waiting {waiting['undelivered']}"
        )
        if result.error:
            self.stderr.write(f"{line}; Redis unavailable: {result.error}")
        else:
            self.stdout.write(line)

    def purge(self, days):
        cutoff = timezone.now() - dt.timedelta(days=days)
        OutboxEvent.objects.filter(delivered_at__lt=cutoff).delete()
