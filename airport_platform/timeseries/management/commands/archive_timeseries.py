"""`manage.py archive_timeseries`: export hypertable chunks to compressed files (cold storage)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from airport_platform.timeseries import lifecycle
from airport_platform.timeseries.series import series_for_table


class Command(BaseCommand):
    help = (
        "Export every chunk of a hypertable that ends before --older-than (default: its retention) "
        "to <archive dir>/<table>/<table>__<start>__<end>.csv.gz with a JSON manifest; chunks "
        "already archived and verified are skipped. Nothing is dropped (see prune_timeseries)."
    )

    def add_arguments(self, parser):
        parser.add_argument("table")
        parser.add_argument("--older-than", help="e.g. '30 days' (default: the table's retention)")
        parser.add_argument("--archive-dir", help="default: settings.TIMESERIES_ARCHIVE_DIR")

    def handle(self, *args, table, older_than, archive_dir, **options):
        try:
            table = series_for_table(table).table
            keep = lifecycle.parse_interval(older_than) if older_than else lifecycle.retention(table)
        except (LookupError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        if keep is None:
            raise CommandError(f"{table} has no retention: say which chunks with --older-than")
        exported = 0
        for chunk in lifecycle.chunks(table, older_than=timezone.now() - keep):
            if lifecycle.verified_archive(chunk, archive_dir):
                self.stdout.write(f"{chunk.name}: already archived")
                continue
            path = lifecycle.archive_chunk(chunk, directory=archive_dir)
            exported += 1
            self.stdout.write(f"{chunk.name}: {path}")
        self.stdout.write(self.style.SUCCESS(f"Archived {exported} chunk(s) of {table}."))
