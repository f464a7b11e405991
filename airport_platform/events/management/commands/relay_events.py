"""`manage.py relay_events`: deliver what the after-commit relay left behind.

Once (cron, a deploy hook), or as a long-lived worker with `--forever` (the compose `relay`
service): every `--interval` seconds it delivers undelivered events in order per aggregate,
waiting longer (up to a minute) while Redis is down. SIGTERM/SIGINT stop it between sweeps.
"""

import datetime as dt
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from airport_platform.events.models import OutboxEvent
from airport_platform.events.relay import backlog, relay


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

    def handle(self, *args, forever, interval, ignore_backoff, purge_delivered_after_days, **options):
        stop = threading.Event()
        if forever and threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_: stop.set())
        pause = interval
        while True:
            close_old_connections()
            result = relay(respect_backoff=not ignore_backoff)
            if purge_delivered_after_days:
                self.purge(purge_delivered_after_days)
            if result.delivered or result.error or not forever:
                self.report(result)
            if not forever:
                return
            pause = min(max(pause * 2, interval), 60) if result.error else interval
            if stop.wait(pause):
                self.stdout.write("relay_events: stopped")
                return

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
