"""`manage.py import_series <table> <file>`: backfill a hypertable from a CSV/NDJSON file (spec 6.1)."""

import sys
from importlib import import_module
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from airport_platform.timeseries.importing import SeriesImporter, file_format
from airport_platform.timeseries.series import series_for_table


def serializer_for(model):
    """The serializer of the model's API resource: imports follow exactly the API's rules."""
    app = import_module(f"{model._meta.app_label}.api.urls")
    for _, viewset, _ in app.router.registry:
        if viewset.queryset.model is model:
            return viewset.serializer_class
    raise CommandError(f"{model._meta.label} has no API resource to take its rules from")


class Command(BaseCommand):
    help = (
        "Load legacy history into a hypertable from a CSV or NDJSON file (optionally gzipped), "
        "streamed in batches and validated with the API's rules. Invalid rows are written to a "
        "rejects file with the reasons; re-running (e.g. after an interruption) adds only missing rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("table", help="hypertable, e.g. sustainability_metrics")
        parser.add_argument("file", type=Path, help=".csv, .ndjson or .jsonl, optionally .gz")
        parser.add_argument("--format", choices=["csv", "ndjson"], help="default: from the file name")
        parser.add_argument("--rejects", type=Path, help="default: <file>.rejects.ndjson")
        parser.add_argument("--batch-size", type=int, default=20_000)
        parser.add_argument(
            "--key",
            help="identity of the source for row ids of rows without an id column "
            "(default: the file's SHA-256, so the same file always maps to the same ids)",
        )

    def handle(self, *args, table, file, format, rejects, batch_size, key, verbosity, **options):
        if not file.exists():
            raise CommandError(f"{file}: no such file")
        try:
            series = series_for_table(table)
            kind = file_format(file, format)
            importer = SeriesImporter(
                series.table, serializer_class=serializer_for(series.model), batch_size=batch_size
            )
        except (LookupError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        rejects = rejects or file.with_name(file.name + ".rejects.ndjson")
        with tqdm(
            total=file.stat().st_size,
            unit="B",
            unit_scale=True,
            desc=f"Importing {file.name}",
            disable=verbosity < 1,
            file=sys.stderr,
        ) as bar:
            result = importer.run(file, kind=kind, rejects=rejects, key=key, progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                f"{series.table}: {result.rows:,} rows read, {result.inserted:,} inserted, "
                f"{result.already_present:,} already present, {result.rejected:,} rejected"
            )
        )
        if result.rejected:
            self.stdout.write(self.style.WARNING(f"Rejected rows and reasons: {rejects}"))
        elif rejects.exists() and rejects.stat().st_size == 0:
            rejects.unlink()
