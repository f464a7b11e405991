"""`manage.py timeseries_policies`: retention and compression policies where the license allows."""

from django.core.management.base import BaseCommand

from airport_platform.timeseries import lifecycle


class Command(BaseCommand):
    help = (
        "Install TimescaleDB retention (TIMESERIES_RETENTION) and compression "
        "(TIMESERIES_COMPRESS_AFTER) policies. They need the Timescale License: on the Apache "
        "build each is skipped with a line saying so (use prune_timeseries there)."
    )

    def handle(self, *args, **options):
        for line in lifecycle.apply_policies():
            style = self.style.WARNING if "skipped" in line else self.style.SUCCESS
            self.stdout.write(style(line))
