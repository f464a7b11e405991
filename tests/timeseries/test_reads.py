"""Reading series: keyset pages over chunks, time_bucket aggregates with gap filling, latest values."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from airport_platform.db.timescale import timescale_capabilities
from airport_platform.timeseries import selectors
from airport_platform.timeseries.copy import copy_rows
from airport_platform.timeseries.series import Series
from sustainability.models import SustainabilityMetric
from tests.orchestration.factories import OperatingModeFactory, SystemStateFactory

from .conftest import SERIES
from .payloads import payload

pytestmark = pytest.mark.django_db

URL = "/api/v1/sustainability/sustainability-metrics/"
T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def iso(moment):
    return moment.isoformat().replace("+00:00", "Z")


def load(rows):
    """rows: (timestamp, metric_type, location, value) -> COPY into sustainability_metrics."""
    columns = ["timestamp", "metric_type", "location", "value", "unit"]
    copy_rows("sustainability_metrics", columns, [(*row, "kWh") for row in rows])


def explain(sql, params):
    with connection.cursor() as cursor:
        # Tiny test tables could be read sequentially; what is checked is which predicates can
        # bound an index scan and which chunks are opened at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


# --- cursor pages ---------------------------------------------------------------------------


def test_a_page_costs_the_same_queries_whatever_its_size(auditor_client):
    load([(T0 + dt.timedelta(minutes=i), "energy_use", "T1", i) for i in range(300)])
    counts = []
    for size in (2, 50, 250):
        with CaptureQueriesContext(connection) as queries:
            response = auditor_client.get(URL, {"page_size": size, "metric_type": "energy_use"})
        assert response.status_code == 200
        assert len(response.json()["results"]) == size
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2]


def test_pages_walk_every_row_once_across_chunks_in_time_order(auditor_client):
    # Four days: four daily chunks; identical timestamps are split by id.
    load([(T0 + dt.timedelta(hours=6 * i), "energy_use", "T1", i) for i in range(16)])
    load([(T0 + dt.timedelta(hours=30), "energy_use", "T2", 99) for _ in range(3)])
    seen, url = [], f"{URL}?page_size=4&ordering=timestamp"
    while url:
        body = auditor_client.get(url).json()
        seen += body["results"]
        url = body["next"]
    assert len(seen) == len({row["id"] for row in seen}) == 19
    keys = [(row["timestamp"], row["id"]) for row in seen]
    assert keys == sorted(keys)


def test_time_filters_and_the_cursor_reach_sql_and_exclude_chunks(auditor_client):
    load([(T0 + dt.timedelta(hours=6 * i), "energy_use", "T1", i) for i in range(4 * 10)])  # 10 chunks
    start, end = T0 + dt.timedelta(days=3), T0 + dt.timedelta(days=5)
    params = {"page_size": 3, "timestamp__gte": iso(start), "timestamp__lt": iso(end)}
    first = auditor_client.get(URL, params).json()
    with CaptureQueriesContext(connection) as queries:
        second = auditor_client.get(first["next"]).json()
    assert second["results"]
    page_query = next(q["sql"] for q in queries.captured_queries if "sustainability_metrics" in q["sql"])
    plan = explain(page_query, [])
    chunks_scanned = set(re.findall(r"_hyper_\d+_\d+_chunk", plan))
    assert 0 < len(chunks_scanned) <= 2, plan  # only the two days asked for
    # The cursor bounds the index scan itself (Index Cond), not a filter over newer rows.
    assert "Index Cond" in plan and 'timestamp" <=' in plan.replace("'", '"'), plan


# --- aggregate ------------------------------------------------------------------------------


def test_hourly_average_per_location(auditor_client):
    rows = []
    for hour in range(3):
        for minute, value in ((0, 10), (30, 20)):
            moment = T0 + dt.timedelta(hours=hour, minutes=minute)
            rows += [(moment, "energy_use", "T1", value + hour), (moment, "energy_use", "T2", 100)]
    rows.append((T0, "water_use", "T1", 5000))  # filtered out by metric_type
    load(rows)
    response = auditor_client.get(
        f"{URL}aggregate/",
        {
            "bucket": "1h",
            "agg": "avg",
            "group_by": "location",
            "metric_type": "energy_use",
            "start": iso(T0),
            "end": iso(T0 + dt.timedelta(hours=3)),
        },
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["measure"] == "value" and body["group_by"] == ["location"]
    assert [(r["bucket"], r["location"], r["value"]) for r in body["results"]] == [
        (iso(T0 + dt.timedelta(hours=h)), location, value)
        for h in range(3)
        for location, value in (("T1", 15.0 + h), ("T2", 100.0))
    ]


@pytest.mark.parametrize(
    ("agg", "expected"), [("sum", [30.0, None, 7.0]), ("min", [10.0, None, 7.0]), ("count", [2, None, 1])]
)
def test_gaps_are_filled_with_null(auditor_client, agg, expected):
    load([(T0, "energy_use", "T1", 10), (T0 + dt.timedelta(minutes=5), "energy_use", "T1", 20)])
    load([(T0 + dt.timedelta(hours=2), "energy_use", "T1", 7)])
    params = {
        "bucket": "1h",
        "agg": agg,
        "fill": "null",
        "start": iso(T0),
        "end": iso(T0 + dt.timedelta(hours=3)),
    }
    results = auditor_client.get(f"{URL}aggregate/", params).json()["results"]
    assert [r["bucket"] for r in results] == [iso(T0 + dt.timedelta(hours=h)) for h in range(3)]
    assert [r["value"] for r in results] == expected


def test_gaps_filled_with_the_last_value_per_group():
    load(
        [
            (T0 + dt.timedelta(hours=1), "energy_use", "T1", 10),
            (T0 + dt.timedelta(hours=3), "energy_use", "T1", 30),
        ]
    )
    load([(T0, "energy_use", "T2", 5)])
    aggregate = selectors.Aggregate(
        series=Series.of(SustainabilityMetric),
        bucket=dt.timedelta(hours=1),
        agg="max",
        start=T0,
        end=T0 + dt.timedelta(hours=5),
        value="value",
        group_by=("location",),
        fill="locf",
    )
    rows = selectors.series_aggregate(
        queryset=SustainabilityMetric.objects.all(), aggregate=aggregate, tsl=False
    )
    by_location = {}
    for row in rows:
        by_location.setdefault(row["location"], []).append(row["value"])
    assert by_location == {"T1": [None, 10.0, 10.0, 30.0, 30.0], "T2": [5.0, 5.0, 5.0, 5.0, 5.0]}
    assert [row["bucket"] for row in rows] == sorted(row["bucket"] for row in rows)


@pytest.mark.parametrize("fill", ["null", "locf"])
def test_apache_gap_filling_matches_time_bucket_gapfill(fill):
    if not timescale_capabilities().tsl:
        pytest.skip("time_bucket_gapfill needs the TimescaleDB TSL license (this server: Apache build)")
    load([(T0 + dt.timedelta(hours=h), "energy_use", f"T{h % 2}", h) for h in (1, 2, 5)])
    aggregate = selectors.Aggregate(
        series=Series.of(SustainabilityMetric),
        bucket=dt.timedelta(hours=1),
        agg="avg",
        start=T0,
        end=T0 + dt.timedelta(hours=8),
        value="value",
        group_by=("location",),
        fill=fill,
    )
    qs = SustainabilityMetric.objects.all()
    tsl = selectors.series_aggregate(queryset=qs, aggregate=aggregate, tsl=True)
    apache = selectors.series_aggregate(queryset=qs, aggregate=aggregate, tsl=False)
    assert tsl == apache


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"bucket": "1h"}, "start"),
        ({"bucket": "1 hour", "start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z"}, "bucket"),
        ({"bucket": "1s", "start": "2026-03-01T00:00:00Z", "end": "2026-04-01T00:00:00Z"}, "bucket"),
        ({"bucket": "1h", "start": "2026-03-02T00:00:00Z", "end": "2026-03-01T00:00:00Z"}, "end"),
        (
            {
                "bucket": "1h",
                "start": "2026-03-01T00:00:00Z",
                "end": "2026-03-02T00:00:00Z",
                "group_by": "notes",
            },
            "group_by",
        ),
        (
            {
                "bucket": "1h",
                "start": "2026-03-01T00:00:00Z",
                "end": "2026-03-02T00:00:00Z",
                "measure": "unit",
            },
            "measure",
        ),
        (
            {"bucket": "1h", "start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z", "agg": "median"},
            "agg",
        ),
        (
            {"bucket": "1h", "start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z", "fill": "zero"},
            "fill",
        ),
    ],
)
def test_aggregate_parameters_are_validated_and_bounded(auditor_client, params, field):
    response = auditor_client.get(f"{URL}aggregate/", params)
    assert response.status_code == 400
    assert field in response.json(), response.json()


def test_series_without_numbers_can_still_be_counted(auditor_client):
    url = "/api/v1/orchestration/system-states/aggregate/"
    params = {"bucket": "1d", "start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z"}
    assert auditor_client.get(url, params).status_code == 400
    response = auditor_client.get(url, {**params, "agg": "count"})
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_aggregate_time_predicate_excludes_chunks():
    load([(T0 + dt.timedelta(days=d), "energy_use", "T1", d) for d in range(10)])
    aggregate = selectors.Aggregate(
        series=Series.of(SustainabilityMetric),
        bucket=dt.timedelta(hours=1),
        agg="avg",
        start=T0 + dt.timedelta(days=4),
        end=T0 + dt.timedelta(days=5),
        value="value",
    )
    sql, params = selectors.aggregate_sql(SustainabilityMetric.objects.all(), aggregate, tsl=False)
    plan = explain(sql, params)
    assert len(set(re.findall(r"_hyper_\d+_\d+_chunk", plan))) == 1, plan


# --- latest ---------------------------------------------------------------------------------


def test_latest_value_per_location_and_type(auditor_client):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    load(
        [
            (now - dt.timedelta(hours=3), "energy_use", "T1", 1),
            (now - dt.timedelta(hours=1), "energy_use", "T1", 2),
            (now - dt.timedelta(hours=2), "water_use", "T1", 3),
            (now - dt.timedelta(hours=5), "energy_use", "T2", 4),
            (now - dt.timedelta(days=30), "energy_use", "T3", 5),  # older than the lookback
        ]
    )
    response = auditor_client.get(f"{URL}latest/", {"by": "location,metric_type"})
    assert response.status_code == 200, response.content
    latest = {(r["location"], r["metric_type"]): Decimal(r["value"]) for r in response.json()}
    assert latest == {("T1", "energy_use"): 2, ("T1", "water_use"): 3, ("T2", "energy_use"): 4}

    since = iso(now - dt.timedelta(days=60))
    response = auditor_client.get(
        f"{URL}latest/", {"by": "location", "since": since, "metric_type": "energy_use"}
    )
    assert {r["location"]: Decimal(r["value"]) for r in response.json()} == {"T1": 2, "T2": 4, "T3": 5}
    assert auditor_client.get(f"{URL}latest/", {"by": "notes"}).status_code == 400
    assert auditor_client.get(f"{URL}latest/").status_code == 400


def test_latest_by_a_foreign_key_dimension(auditor_client):
    """A foreign key is a dimension by its own column (ordering by the relation would sort by the
    related model's ordering, which DISTINCT ON refuses: a 500 before)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    normal, storm = OperatingModeFactory(), OperatingModeFactory()
    for mode, hours_ago in ((normal, 3), (normal, 1), (storm, 2)):
        SystemStateFactory(operating_mode=mode, timestamp=now - dt.timedelta(hours=hours_ago))
    response = auditor_client.get("/api/v1/orchestration/system-states/latest/", {"by": "operating_mode"})
    assert response.status_code == 200, response.content
    latest = {row["operating_mode"]: row["timestamp"] for row in response.json()}
    assert latest == {
        str(normal.pk): iso(now - dt.timedelta(hours=1)),
        str(storm.pk): iso(now - dt.timedelta(hours=2)),
    }


@pytest.mark.parametrize("resource", [pytest.param(r, id=r.model._meta.db_table) for r in SERIES])
def test_fast_list_pages_show_rows_exactly_as_the_serializer_does(resource, admin_client_, auditor_client):
    created = admin_client_.post(f"{resource.url}bulk/", [payload(resource)], format="json").json()[0]
    listed = auditor_client.get(resource.url).json()["results"]
    stored = resource.model._base_manager.get(pk=created["id"])
    assert listed == [resource.representation(stored)]
    # Filtered pages (the filter form is only built when a filter is asked for) agree too.
    column = resource.model.hypertable.time_column
    filtered = auditor_client.get(resource.url, {f"{column}__gte": created[column]}).json()["results"]
    assert filtered == listed
