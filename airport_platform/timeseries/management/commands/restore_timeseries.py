"""`manage.py restore_timeseries <file>...`: load archived chunks back into their hypertable."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from airport_platform.timeseries import lifecycle


class Command(BaseCommand):
    help = (
        "Load archive files written by archive_timeseries/prune_timeseries --archive back into "
        "their hypertable (rows already present are skipped, so restoring twice is harmless)."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)

    def handle(self, *args, files, **options):
        for path in files:
            if not path.exists():
                raise CommandError(f"{path}: no such file")
            try:
                in_file, inserted = lifecycle.restore_archive(path)
            except (ValueError, LookupError) as exc:
                raise CommandError(f"{path}: {exc}") from exc
            self.stdout.write(
                self.style.SUCCESS(f"{path.name}: {inserted:,} of {in_file:,} rows restored")
                + (f" ({in_file - inserted:,} were already there)" if in_file != inserted else "")
            )
