"""`manage.py jobs_status`: last run and outcome of each periodic job.

Exit status 1 with `--strict` when a job is overdue by more than 3 intervals, and with
`--scheduler-within SECONDS` when beat has sent nothing for that long (the compose `beat`
health check: the expiry job alone is sent every 30 s).
"""

import json
import sys

from django.core.management.base import BaseCommand
from django.utils import timezone

from airport_platform.tasks.selectors import jobs_status


class Command(BaseCommand):
    help = "Show each periodic job's last run; --strict / --scheduler-within make it a health check."

    def add_arguments(self, parser):
        parser.add_argument("--strict", action="store_true", help="exit 1 if a job is overdue")
        parser.add_argument(
            "--scheduler-within",
            type=float,
            metavar="SECONDS",
            help="exit 1 if beat sent nothing for that long",
        )

    def handle(self, *args, strict, scheduler_within, **options):
        report = jobs_status()
        for job in report:
            self.stdout.write(json.dumps(job, default=str))
        failed = False
        if strict and any(job["overdue"] for job in report):
            self.stderr.write("overdue: " + ", ".join(job["job"] for job in report if job["overdue"]))
            failed = True
        if scheduler_within is not None:
            sent = [job["scheduler_last_sent_at"] for job in report if job["scheduler_last_sent_at"]]
            age = (timezone.now() - max(sent)).total_seconds() if sent else None
            if age is None or age > scheduler_within:
                self.stderr.write(f"beat has sent nothing for {age if age is not None else 'ever'} s")
                failed = True
        if failed:
            sys.exit(1)
