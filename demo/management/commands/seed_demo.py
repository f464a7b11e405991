"""`manage.py seed_demo`: a coherent demo day at the airport, in all 37 tables.

The day is the 24 hours before `--at` (default: now, rounded down to 15 minutes); what happens
in it is described in the `demo` app. Idempotent per section: sections already seeded
are skipped, so a second run just says the demo is there, and a run interrupted between
sections is completed by the next one. `--reset` hard-deletes every demo row (hypertable rows
too, one transaction) and seeds again. `--scale N` makes the time series N times denser and
brings N times more passengers, for benchmarks. `--seed` fixes the random streams: with the same
`--at` the data is identical, ids included.
"""

import datetime as dt
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count, Min, ProtectedError, RestrictedError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from tqdm import tqdm

from demo.accounts import demo_password, ensure_demo_accounts
from demo.seed import (
    DAY,
    SECTIONS,
    SYSTEM_STATE_EVERY_MIN,
    TIME_SERIES_MODELS,
    DemoDay,
    count_demo_rows,
    delete_demo_rows,
    demo_rows,
)
from orchestration.models import SystemState


class Command(BaseCommand):
    help = (
        "Seed a coherent demo day at the airport (all 37 tables). Idempotent: sections already "
        "seeded are skipped; --reset deletes the demo rows and seeds again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="hard-delete the demo data, then seed it again"
        )
        parser.add_argument(
            "--scale", type=int, default=1, help="multiply the time-series volume (default 1)"
        )
        parser.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="do not create the demo accounts (admin, operator, duty-manager, governance-officer, auditor, demo-service)",
        )
        parser.add_argument(
            "--at",
            default=None,
            help="end of the demo day, ISO 8601 (default: now); with the same --seed the data is identical",
        )

    def handle(self, *args, reset, scale, seed, at, verbosity, no_accounts=False, **options):
        if scale < 1:
            raise CommandError("--scale must be at least 1")
        end = self._end_of_day(at)
        began = time.monotonic()
        self.verbosity = verbosity
        if not no_accounts:
            self._accounts()

        if reset:
            self._say(f"Deleted {self._delete_demo():,} demo rows.")

        present = [section for section in SECTIONS if demo_rows(section.anchor).exists()]
        if len(present) == len(SECTIONS):
            counts = count_demo_rows()
            self._say(
                self.style.WARNING(
                    f"Demo data already present ({sum(counts.values()):,} rows in {len(counts)} tables): "
                    "nothing to do. Run `manage.py seed_demo --reset` to recreate it."
                )
            )
            return
        if present:
            end, scale = self._resume(end, scale)
            self._say(
                f"Demo data partly present ({', '.join(s.name for s in present)}): completing the other sections."
            )

        day = DemoDay(end=end, scale=scale, seed=seed, progress=self._progress_bar)
        missing = [section for section in SECTIONS if section not in present]
        with tqdm(
            missing, desc="Seeding demo", unit="section", disable=verbosity < 1, file=sys.stderr
        ) as sections:
            for section in sections:
                sections.set_postfix_str(section.name)
                day.reseed(section.name)
                with transaction.atomic():
                    section.seed(day)
                    day.flush()

        counts = count_demo_rows()
        series = sum(counts[model._meta.db_table] for model in TIME_SERIES_MODELS)
        self._say(
            self.style.SUCCESS(
                f"Seeded the demo day {day.start:%Y-%m-%d %H:%M} - {day.end:%Y-%m-%d %H:%M} UTC "
                f"(scale {scale}, seed {seed}): {sum(counts.values()):,} rows in "
                f"{sum(1 for c in counts.values() if c)} tables, {series:,} of them time series, "
                f"in {time.monotonic() - began:.1f} s."
            )
        )
        if verbosity >= 2:
            for table, count in counts.items():
                self.stdout.write(f"  {table:<32} {count:>10,}")

    def _accounts(self) -> None:
        if settings.PRODUCTION:
            self._say("Production settings: no demo accounts created.")
            return
        accounts = ensure_demo_accounts()
        if accounts["created"]:
            self._say(
                f"Demo accounts {', '.join(accounts['created'])} created with password {demo_password()!r} "
                "(log in at /admin/)."
            )
        self._say(f"Demo service account token (Authorization: Token ...): {accounts['token']}")

    def _delete_demo(self) -> int:
        try:
            return delete_demo_rows()
        except (ProtectedError, RestrictedError) as error:
            referrers = getattr(error, "protected_objects", None) or getattr(error, "restricted_objects", ())
            examples = ", ".join(sorted(f"{obj._meta.label} {obj.pk}" for obj in list(referrers)[:3]))
            raise CommandError(
                f"Cannot delete the demo data: rows that are not demo data still refer to it ({examples}). "
                "Delete them or point them elsewhere first; nothing was deleted."
            ) from error

    def _end_of_day(self, at: str | None) -> dt.datetime:
        if at is None:
            moment = timezone.now()
        else:
            moment = parse_datetime(at)
            if moment is None:
                raise CommandError(f"--at {at!r} is not an ISO 8601 date-time")
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, dt.UTC)
        moment = moment.astimezone(dt.UTC)
        return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)

    def _resume(self, end: dt.datetime, scale: int) -> tuple[dt.datetime, int]:
        """Complete a partial demo on the day (and at the scale) it was started with."""
        states = demo_rows(SystemState).aggregate(first=Min("timestamp"), n=Count("id"))
        if not states["n"]:
            return end, scale
        per_scale = int(DAY / dt.timedelta(minutes=SYSTEM_STATE_EVERY_MIN))
        return states["first"] + DAY, max(1, round(states["n"] / per_scale))

    def _progress_bar(self, description: str, total: int):
        return tqdm(
            total=total,
            desc=f"  {description}",
            unit="rows",
            unit_scale=True,
            leave=False,
            disable=self.verbosity < 1,
            file=sys.stderr,
        )

    def _say(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(message)
