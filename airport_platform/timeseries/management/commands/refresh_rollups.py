"""`manage.py refresh_rollups`: bring the hourly/daily rollups up to date."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_datetime

from airport_platform.db.timescale import timescale_capabilities
from airport_platform.timeseries import lifecycle


class Command(BaseCommand):
    help = (
        "Refresh the rollups (materialized views on the Apache build; continuous aggregates, "
        "which TimescaleDB also refreshes on its own schedule, with the TSL license)."
    )

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", help="rollup names (default: all)")
        parser.add_argument("--concurrently", action="store_true", help="do not block readers (Apache build)")
        parser.add_argument("--start", help="TSL: first moment to refresh (default: all)")
        parser.add_argument("--end", help="TSL: end of the window to refresh (default: now)")

    def handle(self, *args, names, concurrently, start, end, **options):
        try:
            done = lifecycle.refresh_rollups(
                names or None,
                concurrently=concurrently,
                start=parse_datetime(start) if start else None,
                end=parse_datetime(end) if end else None,
            )
        except LookupError as exc:
            raise CommandError(str(exc)) from exc
        kind = "continuous aggregate" if timescale_capabilities().tsl else "materialized view"
        for name in done:
            self.stdout.write(f"refreshed {name} ({kind})")
        self.stdout.write(self.style.SUCCESS(f"Refreshed {len(done)} rollup(s)."))
