"""Data lifecycle on the Apache build: retention by drop_chunks, archives that round-trip,
policies skipped with a reason, rollups, and the cross-domain views."""

import datetime as dt
import gzip
import json
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from django.utils import timezone

from airport_platform.db.timescale import timescale_capabilities
from airport_platform.timeseries import lifecycle
from airport_platform.timeseries.copy import copy_rows
from airport_platform.timeseries.operations import CreateRollup
from airport_platform.timeseries.rollups import Rollups, registered_rollups
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario
from orchestration.models import Action, Approval, Decision, OperatingMode
from sustainability.models import SustainabilityMetric

pytestmark = pytest.mark.django_db
# Noon today: rows an hour or two before NOW - N days stay inside that day's chunk whatever the
# wall-clock time of the run (just after midnight they would spill into the previous chunk).
NOW = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)


def run(command, *args, **options):
    out = StringIO()
    call_command(command, *args, stdout=out, **options)
    return out.getvalue()


def metrics(days_ago: list[int], per_day: int = 3):
    rows = [
        (NOW - dt.timedelta(days=days, hours=hour), "energy_use", f"T{hour % 2}", f"{days}.{hour}", "kWh")
        for days in days_ago
        for hour in range(per_day)
    ]
    copy_rows("sustainability_metrics", ["timestamp", "metric_type", "location", "value", "unit"], rows)
    return len(rows)


def table_rows(model):
    return sorted(
        model.objects.values_list("id", "created_at", "timestamp", "metric_type", "location", "value", "unit")
    )


# --- retention ------------------------------------------------------------------------------


@override_settings(TIMESERIES_RETENTION={"sustainability_metrics": "30 days"})
def test_prune_dry_run_says_what_would_go_and_changes_nothing():
    metrics([40, 35, 1])
    before = SustainabilityMetric.objects.count()
    out = run("prune_timeseries", "--table", "sustainability_metrics", "--dry-run")
    assert out.count("would drop") == 2
    assert "Dry run: 2 chunk(s), 6 rows would be dropped; nothing changed." in out
    assert SustainabilityMetric.objects.count() == before


@override_settings(TIMESERIES_RETENTION={"sustainability_metrics": "30 days", "learning_metrics": None})
def test_prune_drops_whole_chunks_older_than_the_retention():
    metrics([40, 35, 2, 1])
    out = run("prune_timeseries", "--table", "sustainability_metrics", "--table", "learning_metrics")
    assert "learning_metrics: kept forever" in out
    assert "Dropped 2 chunk(s), 6 rows." in out
    remaining = SustainabilityMetric.objects.values_list("timestamp", flat=True)
    assert len(remaining) == 6
    assert min(remaining) > NOW - dt.timedelta(days=30)
    assert not lifecycle.chunks("sustainability_metrics", older_than=NOW - dt.timedelta(days=30))


def test_prune_refuses_unknown_tables_and_intervals():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a hypertable"):
        run("prune_timeseries", "--table", "decisions")
    with pytest.raises(CommandError, match="not an interval"):
        run("prune_timeseries", "--older-than", "soon")


# --- archiving ------------------------------------------------------------------------------


@override_settings(TIMESERIES_RETENTION={"sustainability_metrics": "30 days"})
def test_archived_chunks_come_back_identical(tmp_path):
    metrics([45, 40, 2])
    original = table_rows(SustainabilityMetric)
    out = run(
        "prune_timeseries", "--table", "sustainability_metrics", "--archive", "--archive-dir", str(tmp_path)
    )
    assert out.count("archived to") == 2
    files = sorted((tmp_path / "sustainability_metrics").glob("*.csv.gz"))
    assert len(files) == 2
    manifest = json.loads(files[0].with_name(files[0].name.replace(".csv.gz", ".json")).read_text())
    assert manifest["rows"] == 3 and manifest["table"] == "sustainability_metrics"
    with gzip.open(files[0], "rt") as archive:
        assert archive.readline().startswith("id,created_at,timestamp,metric_type")
    assert SustainabilityMetric.objects.count() == 3

    out = run("restore_timeseries", *map(str, files))
    assert out.count("3 of 3 rows restored") == 2
    assert table_rows(SustainabilityMetric) == original
    # Restoring again adds nothing.
    out = run("restore_timeseries", str(files[0]))
    assert "0 of 3 rows restored (3 were already there)" in out
    assert table_rows(SustainabilityMetric) == original


def test_archive_command_exports_without_dropping_and_skips_verified_archives(tmp_path):
    metrics([20])
    first = run(
        "archive_timeseries",
        "sustainability_metrics",
        "--older-than",
        "10 days",
        "--archive-dir",
        str(tmp_path),
    )
    assert "Archived 1 chunk(s)" in first
    again = run(
        "archive_timeseries",
        "sustainability_metrics",
        "--older-than",
        "10 days",
        "--archive-dir",
        str(tmp_path),
    )
    assert "already archived" in again and "Archived 0 chunk(s)" in again
    assert SustainabilityMetric.objects.count() == 3


# --- policies -------------------------------------------------------------------------------


def test_policies_are_skipped_with_a_reason_on_the_apache_build():
    if timescale_capabilities().tsl:
        pytest.skip("this server has the TSL license: policies are installed, not skipped")
    out = run("timeseries_policies")
    assert "sustainability_metrics: compression skipped, needs the Timescale License" in out
    assert "retention policy skipped" in out and "prune_timeseries" in out


def test_policies_are_installed_with_the_tsl_license():
    if not timescale_capabilities().tsl:
        pytest.skip("retention/compression policies need the TimescaleDB TSL license (this server: Apache)")
    out = run("timeseries_policies")  # pragma: no cover - TSL servers only
    assert "sustainability_metrics: retention policy" in out


# --- rollups --------------------------------------------------------------------------------


def test_the_domain_migrations_create_exactly_the_declared_rollups():
    loader = MigrationLoader(connection)
    created = {
        (key[0], op.rollup)
        for key, migration in loader.disk_migrations.items()
        for op in migration.operations
        if isinstance(op, CreateRollup)
    }
    declared = {
        (model._meta.app_label, rollup)
        for model in apps.get_models()
        if isinstance(getattr(model, "rollups", None), Rollups)
        for rollup in model.rollups.expand(model)
    }
    # Each rollup is created once, by the app that owns its hypertable (never by the core).
    assert created == declared
    assert {rollup for _, rollup in created} == set(registered_rollups())
    assert len(registered_rollups()) == 10
    with connection.cursor() as cursor:
        for rollup in registered_rollups():
            cursor.execute(f'SELECT * FROM "{rollup.name}" LIMIT 0')
            assert [column.name for column in cursor.description] == rollup.columns


def test_hourly_and_daily_rollups_after_a_refresh():
    base = NOW.replace(minute=0, second=0) - dt.timedelta(days=1)
    rows = [
        (base + dt.timedelta(minutes=20 * i), "energy_use", "T1", str(10 * (i + 1)), "kWh") for i in range(3)
    ]
    copy_rows("sustainability_metrics", ["timestamp", "metric_type", "location", "value", "unit"], rows)
    out = run("refresh_rollups", "sustainability_metrics_hourly", "sustainability_metrics_daily")
    assert "Refreshed 2 rollup(s)" in out
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT bucket, metric_type, location, unit, row_count, value_avg, value_min, value_max, value_sum "
            "FROM sustainability_metrics_hourly"
        )
        assert cursor.fetchall() == [(base, "energy_use", "T1", "kWh", 3, Decimal(20), 10, 30, 60)]
        cursor.execute("SELECT row_count, value_sum FROM sustainability_metrics_daily")
        assert cursor.fetchall() == [(3, 60)]
    run("refresh_rollups", "--concurrently")  # every rollup, without blocking readers


def test_unknown_rollups_are_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="unknown rollups"):
        run("refresh_rollups", "no_such_rollup")


# --- cross-domain views ---------------------------------------------------------------------


def test_decision_overview_joins_approval_actions_and_mode():
    mode = OperatingMode.objects.create(
        name="Winter ops", priority_weights={}, decision_thresholds={}, is_active=True
    )
    decision = Decision.objects.create(
        type="gate_assignment",
        priority="high",
        confidence="0.9",
        risk="0.2",
        impact_assessment={},
        operating_mode=mode,
    )
    Approval.objects.create(decision=decision, status="pending")
    for order, status in enumerate(["completed", "running", "pending", "failed"]):
        Action.objects.create(
            decision=decision,
            type="notify",
            domain="terminal",
            parameters={},
            execution_order=order,
            status=status,
        )
    Action.objects.create(
        decision=decision, type="notify", domain="terminal", parameters={}, execution_order=9
    ).delete()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT operating_mode_name, active_mode_name, approval_status, awaiting_approval, actions_total, "
            "actions_completed, actions_running, actions_pending, actions_failed, action_progress "
            "FROM decision_overview WHERE decision_id = %s",
            [decision.pk],
        )
        assert cursor.fetchone() == (
            "Winter ops",
            "Winter ops",
            "pending",
            True,
            4,
            1,
            1,
            1,
            1,
            Decimal("0.5000"),
        )
    decision.delete()  # soft-deleted decisions leave the overview
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM decision_overview WHERE decision_id = %s", [decision.pk])
        assert cursor.fetchone()[0] == 0


def test_crisis_overview_counts_actions_messages_and_nearby_resources():
    from django.contrib.gis.geos import Point

    crisis = CrisisScenario.objects.create(
        scenario_type="fire", severity="major", incident_position=Point(4.7639, 52.3086, srid=4326)
    )
    CrisisAction.objects.create(scenario=crisis, action_type="evacuate", urgency="high", status="in_progress")
    CrisisAction.objects.create(
        scenario=crisis, action_type="close_area", urgency="immediate", status="pending"
    )
    CrisisAction.objects.create(
        scenario=crisis, action_type="notify_authorities", urgency="low", status="completed"
    )
    CrisisCommunication.objects.create(
        scenario=crisis, communication_type="alert", content="Evacuate Pier C", status="sent", sent_at=NOW
    )
    CrisisCommunication.objects.create(
        scenario=crisis, communication_type="update", content="Draft", status="draft"
    )
    CrisisResource.objects.create(
        resource_type="fire_tender", name="FT-1", position=Point(4.7650, 52.3090, srid=4326)
    )
    CrisisResource.objects.create(
        resource_type="ambulance", name="AMB-far", position=Point(4.90, 52.37, srid=4326)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT actions_total, actions_open, actions_completed, most_urgent_open_action, "
            "communications_total, communications_sent, last_sent_at, available_resources_within_1km "
            "FROM crisis_overview WHERE scenario_id = %s",
            [crisis.pk],
        )
        assert cursor.fetchone() == (3, 2, 1, "immediate", 2, 1, NOW, 1)
