"""Bulk ingest into the hypertables: COPY, all or nothing, with the serializer's own rules."""

import copy
import json
import re

import pytest
from django.test import override_settings
from rest_framework.renderers import JSONRenderer

from airport_platform.timeseries.validation import CHUNK_ROWS, BatchValidator

from .conftest import SERIES, series
from .payloads import MOMENT, payload

pytestmark = pytest.mark.django_db

SERIES_PARAMS = [pytest.param(r, id=r.model._meta.db_table) for r in SERIES]
# Values that are wrong for most fields (or right, in a non-canonical spelling, for some):
# the batch validator must agree with the plain serializer on every one of them.
PROBES = [
    "not valid",
    "",
    "   ",
    None,
    12,
    1.5,
    812.123456789,
    -3,
    True,
    [],
    {"a": 1},
    "9" * 30,
    "x" * 300,
    "nul\x00byte",
    "2026-02-30T00:00:00Z",
    "2026-03-01T09:00:00+01:00",
    "2026-03-01T08:00:00.5Z",
    "2026-03-01",
    "-0.5",
    "1e2",
    " T2 ",
    "Zürich",
    "6",
    "0.123456",
    "00000000-0000-0000-0000-00000000000A",
    "4b6e4c1e-0000-4000-8000-000000000000",
]


def drf_outcome(resource, rows):
    """(errors by row index, representations of the writable fields) from the plain serializer."""
    serializer = resource.serializer(data=rows, many=True)
    if not serializer.is_valid():
        errors = {index: error for index, error in enumerate(serializer.errors) if error}
        return json.loads(JSONRenderer().render(errors)), None
    model = resource.model
    instances = [model(**item) for item in serializer.validated_data]
    child = resource.serializer()
    return {}, [json.loads(JSONRenderer().render(child.to_representation(i))) for i in instances]


def batch_outcome(resource, rows):
    validator = BatchValidator.for_serializer(resource.viewset.serializer_class)
    batch = validator.validate(copy.deepcopy(rows))
    if not batch.valid:
        return json.loads(JSONRenderer().render({i: e for i, e in batch.errors.items()})), None
    return {}, json.loads(JSONRenderer().render(batch.representations))


@pytest.mark.parametrize("resource", SERIES_PARAMS)
def test_every_hypertable_gets_a_batch_validator(resource):
    assert BatchValidator.for_serializer(resource.viewset.serializer_class) is not None


@pytest.mark.parametrize("resource", SERIES_PARAMS)
def test_batch_validation_agrees_with_the_serializer_value_by_value(resource):
    good = payload(resource)
    rows = [good]
    for name in good:
        missing = dict(good)
        del missing[name]
        rows.append(missing)
        rows += [{**good, name: probe} for probe in PROBES]
    rows.append("not an object")
    drf_errors, _ = drf_outcome(resource, rows)
    # Where DRF lets a NOT NULL column without a default be omitted (JSON documents), the
    # INSERT would fail for the whole request; the batch validator refuses that row instead.
    fields = resource.serializer().fields
    for index, row in enumerate(rows):
        for name in set(good) - set(row if isinstance(row, dict) else good):
            model_field = resource.model._meta.get_field(fields[name].source)
            if not (fields[name].required or model_field.null or model_field.has_default()):
                drf_errors.setdefault(str(index), {})[name] = ["This field is required."]
        # DRF lets "" through a nullable vocabulary and the derived CHECK constraint refuses the
        # row ("Constraint ... is violated."); the batch validator names the field instead.
        for message in list(drf_errors.get(str(index), {}).get("non_field_errors", [])):
            table = resource.model._meta.db_table
            match = re.match(rf"Constraint “{table}_(?P<column>\w+)_valid” is violated\.", message)
            if match and row.get(match["column"]) == "":
                del drf_errors[str(index)]["non_field_errors"]
                drf_errors[str(index)][match["column"]] = ['"" is not a valid choice.']
    batch_errors, _ = batch_outcome(resource, rows)
    assert batch_errors == {str(k): v for k, v in drf_errors.items()}

    # Where every row is valid, the representations agree too (non-canonical spellings included).
    valid = [row for index, row in enumerate(rows) if str(index) not in drf_errors]
    _, drf_reps = drf_outcome(resource, valid)
    _, batch_reps = batch_outcome(resource, valid)
    writable = set(good)
    assert [{k: v for k, v in r.items() if k in writable} for r in batch_reps] == [
        {k: v for k, v in r.items() if k in writable} for r in drf_reps
    ]


@pytest.mark.parametrize("resource", SERIES_PARAMS)
def test_bulk_answers_what_the_stored_rows_look_like(resource, admin_client_):
    rows = [payload(resource) for _ in range(3)]
    response = admin_client_.post(f"{resource.url}bulk/", rows, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert len(created) == 3
    for row in created:
        stored = resource.model._base_manager.get(pk=row["id"])
        assert row == resource.representation(stored)


def metric(index, **overrides):
    return {
        "timestamp": f"2026-03-01T08:{index // 60 % 60:02d}:{index % 60:02d}Z",
        "metric_type": "energy_use",
        "location": f"T{index % 3 + 1}",
        "value": f"{index}.5",
        "unit": "kWh",
        **overrides,
    }


METRICS_URL = "/api/v1/sustainability/sustainability-metrics/"


def test_an_invalid_row_after_many_valid_ones_leaves_nothing_behind(admin_client_):
    model = series("sustainability_metrics").model
    rows = [metric(i) for i in range(2 * CHUNK_ROWS + 500)]  # rows were already streaming into COPY
    rows[-1]["value"] = "lots"
    rows[-2]["metric_type"] = "vibes"
    response = admin_client_.post(f"{METRICS_URL}bulk/", rows, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == f"2 of {len(rows)} items are invalid; nothing was created."
    assert body["items"] == {
        str(len(rows) - 2): {"metric_type": ['"vibes" is not a valid choice.']},
        str(len(rows) - 1): {"value": ["A valid number is required."]},
    }
    assert model.objects.count() == 0
    # The request's transaction is still usable after the aborted COPY: the next one works.
    assert admin_client_.post(f"{METRICS_URL}bulk/", rows[:3], format="json").status_code == 201
    assert model.objects.count() == 3


def test_ndjson_streams_are_accepted_and_bad_lines_named(admin_client_):
    model = series("sustainability_metrics").model
    body = "\n".join(json.dumps(metric(i)) for i in range(50)) + "\n\n"
    response = admin_client_.post(f"{METRICS_URL}bulk/", body, content_type="application/x-ndjson")
    assert response.status_code == 201, response.content
    assert len(response.json()) == 50
    assert model.objects.count() == 50

    broken = json.dumps(metric(1)) + "\n{not json\n"
    response = admin_client_.post(f"{METRICS_URL}bulk/", broken, content_type="application/x-ndjson")
    assert response.status_code == 400
    assert "line 2" in response.json()["detail"]
    assert model.objects.count() == 50


@override_settings(TIMESERIES_BULK_MAX_ROWS=5)
def test_batches_above_the_configured_size_are_refused(admin_client_):
    response = admin_client_.post(f"{METRICS_URL}bulk/", [metric(i) for i in range(6)], format="json")
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["at most 5 items per request, got 6"]}
    assert admin_client_.post(f"{METRICS_URL}bulk/", [], format="json").status_code == 400


def test_posting_an_array_to_the_list_url_takes_the_same_path(admin_client_):
    response = admin_client_.post(METRICS_URL, [metric(i) for i in range(1500)], format="json")
    assert response.status_code == 201, response.content  # above API_BULK_MAX_ITEMS (1000)
    assert len(response.json()) == 1500


def test_unknown_parents_and_references_are_reported_per_row(admin_client_):
    touchpoints = series("journey_touchpoints")
    row = payload(touchpoints)
    missing = "4b6e4c1e-0000-4000-8000-000000000000"
    response = admin_client_.post(
        f"{touchpoints.url}bulk/", [row, {**row, "journey": missing}], format="json"
    )
    assert response.status_code == 400
    assert response.json()["items"] == {
        "1": {"journey": [f'Invalid pk "{missing}" - object does not exist.']}
    }

    events = series("orchestration_events")
    event = {**payload(events), "related_entity_type": "decision", "related_entity_id": missing}
    response = admin_client_.post(f"{events.url}bulk/", [event], format="json")
    assert response.status_code == 400
    assert response.json()["items"] == {"0": {"related_entity_id": [f"no decision with id {missing}"]}}


def test_services_may_bulk_append_and_auditors_may_not(service_client, auditor_client):
    rows = [metric(i) for i in range(3)]
    assert service_client.post(f"{METRICS_URL}bulk/", rows, format="json").status_code == 201
    assert auditor_client.post(f"{METRICS_URL}bulk/", rows, format="json").status_code == 403


def test_created_at_is_the_same_moment_for_a_batch_and_ids_are_fresh(admin_client_):
    rows = admin_client_.post(f"{METRICS_URL}bulk/", [metric(i) for i in range(20)], format="json").json()
    assert len({row["created_at"] for row in rows}) == 1
    assert len({row["id"] for row in rows}) == 20
    assert all(row["timestamp"].startswith(MOMENT[:13]) for row in rows)


def test_cross_column_constraints_are_checked_per_row_in_one_query(admin_client_):
    carbon = series("carbon_accounting")
    good = payload(carbon)
    rows = [good, {**good, "net_emissions": "99"}, {**good, "net_emissions": "99", "source_type": "nope"}]
    validator = BatchValidator.for_serializer(carbon.viewset.serializer_class)
    assert validator.constraints is not None
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = admin_client_.post(f"{carbon.url}bulk/", rows, format="json")
    assert response.status_code == 400
    assert response.json()["items"] == {
        "1": {"non_field_errors": ["net_emissions must equal emissions_value minus offset_amount"]},
        "2": {"source_type": ['"nope" is not a valid choice.']},  # fields first, as DRF does
    }
    assert sum('WITH "carbon_accounting"' in q["sql"] for q in queries.captured_queries) == 1
    assert admin_client_.post(f"{carbon.url}bulk/", [good, good], format="json").status_code == 201
