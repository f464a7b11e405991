"""`manage.py prune_timeseries`: drop hypertable chunks older than their retention (spec 6.2).

With the TSL license `timeseries_policies` installs retention policies that do this on a
schedule; on the Apache build, run this command (e.g. daily from cron).
"""

from django.core.management.base import BaseCommand, CommandError

from airport_platform.timeseries import lifecycle
from airport_platform.timeseries.series import hypertable_models, series_for_table


class Command(BaseCommand):
    help = (
        "Drop the chunks of each hypertable that are entirely older than its retention "
        "(settings.TIMESERIES_RETENTION); --archive exports each chunk first, --dry-run only says what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument("--table", action="append", help="only this hypertable (repeatable)")
        parser.add_argument("--older-than", help="override the retention, e.g. '90 days'")
        parser.add_argument("--dry-run", action="store_true", help="list the chunks that would be dropped")
        parser.add_argument(
            "--archive", action="store_true", help="export each chunk (CSV.gz) before dropping it"
        )
        parser.add_argument("--archive-dir", help="default: settings.TIMESERIES_ARCHIVE_DIR")

    def handle(self, *args, table, older_than, dry_run, archive, archive_dir, **options):
        try:
            tables = (
                [series_for_table(name).table for name in table]
                if table
                else [model._meta.db_table for model in hypertable_models()]
            )
            keep = lifecycle.parse_interval(older_than) if older_than else None
        except (LookupError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        from django.utils import timezone

        now = timezone.now()
        total_chunks = total_rows = 0
        for name in tables:
            cutoff = now - keep if keep else lifecycle.retention_cutoff(name, now=now)
            if cutoff is None:
                self.stdout.write(f"{name}: kept forever (no retention configured)")
                continue
            old = lifecycle.chunks(name, older_than=cutoff)
            if not old:
                self.stdout.write(f"{name}: nothing older than {cutoff:%Y-%m-%d %H:%M} UTC")
                continue
            for chunk in old:
                rows = chunk.rows()
                total_rows += rows
                verb = "would drop" if dry_run else "dropping"
                self.stdout.write(
                    f"{name}: {verb} {chunk.name} [{chunk.range_start:%Y-%m-%d %H:%M} .. "
                    f"{chunk.range_end:%Y-%m-%d %H:%M}) {rows:,} rows"
                )
                if archive and not dry_run:
                    path = lifecycle.verified_archive(chunk, archive_dir) or lifecycle.archive_chunk(
                        chunk, directory=archive_dir
                    )
                    if lifecycle.verified_archive(chunk, archive_dir) is None:
                        raise CommandError(f"archive of {chunk.name} could not be verified; nothing dropped")
                    self.stdout.write(f"  archived to {path}")
            total_chunks += len(old)
            if not dry_run:
                lifecycle.drop_old_chunks(name, cutoff)
        summary = f"{total_chunks} chunk(s), {total_rows:,} rows"
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: {summary} would be dropped; nothing changed."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Dropped {summary}."))
