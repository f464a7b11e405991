"""What `migrate` builds is pinned: moving code between apps must not change the database.

`tests/fixtures/catalog.json` pins every table, column, index, constraint, trigger, view,
hypertable and grant; the test database, built by this code's migrations, must match it object
for object. (Written first from a database migrated before the architecture move; after the move
the only differences were the task engine's new tables, so history, rollups and views moved
between apps without a change.) An intended schema change rewrites the file with
`manage.py catalog_snapshot --write tests/fixtures/catalog.json` in the same commit.
"""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from airport_platform.db.catalog import catalog_differences, catalog_snapshot

SNAPSHOT = Path(__file__).resolve().parents[1] / "fixtures" / "catalog.json"

pytestmark = pytest.mark.django_db


def test_fresh_migrate_builds_exactly_the_pinned_catalog():
    expected = json.loads(SNAPSHOT.read_text())
    differences = catalog_differences(
        expected, json.loads(json.dumps(catalog_snapshot(connection), default=str))
    )
    assert differences == [], "\n".join(differences[:50])


def test_the_snapshot_covers_every_kind_of_object():
    snapshot = catalog_snapshot(connection)
    assert len(snapshot["hypertables"]) == 11
    assert {"decision_overview", "crisis_overview"} <= {name for name, _ in snapshot["views"]}
    assert all(snapshot[kind] for kind in ("columns", "indexes", "constraints", "triggers", "grants"))


def test_check_command_names_a_difference(tmp_path):
    altered = json.loads(SNAPSHOT.read_text())
    altered["indexes"].append(["decisions", "idx_that_does_not_exist", "CREATE INDEX ..."])
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(altered))
    with pytest.raises(CommandError, match="indexes - .*idx_that_does_not_exist"):
        call_command("catalog_snapshot", check=str(path))
