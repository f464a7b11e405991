"""`manage.py run_job <job>`: run one periodic job now, in this process, with the same lock,
bookkeeping and log line as a worker run (no broker needed). `--list` names the jobs."""

import json

from django.core.management.base import BaseCommand, CommandError

from airport_platform.celery import app
from airport_platform.tasks.schedules import declared_schedules


class Command(BaseCommand):
    help = "Run one periodic job now (see docs/operations.md), or --list them."

    def add_arguments(self, parser):
        parser.add_argument("job", nargs="?")
        parser.add_argument("--list", action="store_true", help="list the declared jobs and their schedules")

    def handle(self, *args, job, list, **options):
        schedules = declared_schedules()
        if list or not job:
            for name, schedule in sorted(schedules.items()):
                self.stdout.write(
                    f"{name}\tevery {schedule.every:g} s\t{schedule.description.splitlines()[0]}"
                )
            return
        if job not in schedules:
            raise CommandError(f"unknown job {job!r}; known: {', '.join(sorted(schedules))}")
        result = app.tasks[job].apply(throw=True).get()
        self.stdout.write(json.dumps(result, default=str))
