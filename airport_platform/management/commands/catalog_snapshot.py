"""`manage.py catalog_snapshot [--write FILE | --check FILE]`: the database catalog as JSON.

Prints (or writes) what `migrate` built: tables, columns, indexes, constraints, triggers, views,
hypertables and grants (see `airport_platform/db/catalog.py`). `--check FILE` exits non-zero and
lists the differences when the database no longer matches a saved snapshot.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from airport_platform.db.catalog import catalog_differences, catalog_snapshot


class Command(BaseCommand):
    help = "Print, write or check the database catalog snapshot (what migrate builds)."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--write", metavar="FILE", help="write the snapshot to FILE")
        group.add_argument("--check", metavar="FILE", help="compare the database with FILE")

    def handle(self, *args, write=None, check=None, **options):
        snapshot = catalog_snapshot(connection)
        if check:
            differences = catalog_differences(json.loads(Path(check).read_text()), snapshot)
            if differences:
                listing = "\n".join(differences)
                raise CommandError(f"catalog differs from {check}:\n{listing}")
            self.stdout.write(f"catalog matches {check}")
            return
        text = json.dumps(snapshot, indent=1, sort_keys=True, default=str) + "\n"
        if write:
            Path(write).write_text(text)
            self.stdout.write(f"wrote {write} ({sum(len(rows) for rows in snapshot.values())} objects)")
        else:
            self.stdout.write(text)
