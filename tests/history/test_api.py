"""GET .../{id}/history/ and X-Request-ID over the real API."""

import datetime as dt
import logging
import uuid

import pytest
from django.db import connection
from django.utils import timezone

from airport_platform.middleware import RequestIdLogFilter, request_id_scope

from .conftest import client_for, make_decision, make_mode, make_user

pytestmark = pytest.mark.django_db

MODES = "/api/v1/orchestration/operating-modes/"


def test_history_shows_who_what_when_and_a_readable_diff_newest_first(officer, auditor):
    client = client_for(officer, **{"X-Request-ID": "shift-handover-7"})
    mode = make_mode()
    response = client.patch(f"{MODES}{mode.pk}/", {"description": "Summer schedule"}, format="json")
    assert response.status_code == 200, response.json()

    response = client_for(auditor).get(f"{MODES}{mode.pk}/history/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    update, insert = body["results"]
    assert update["event"] == "update" and update["via"] == "api"
    assert update["user"] == officer.username and update["actor"] == "user"
    assert update["request_id"] == "shift-handover-7" and update["method"] == "PATCH"
    changes = {change["field"]: change for change in update["changes"]}
    assert changes["description"] == {
        "field": "description",
        "label": "Description",
        "before": None,
        "after": "Summer schedule",
        "before_display": None,
        "after_display": None,
    }
    assert changes["version"]["before"] == 1 and changes["version"]["after"] == 2
    assert changes["updated_by"]["after"] == officer.username
    assert "updated_at" not in changes  # bookkeeping: the event's own time says it
    assert insert["event"] == "insert" and insert["via"] == "sql"  # created outside any request here
    assert {c["field"] for c in insert["changes"]} >= {"name", "priority_weights", "decision_thresholds"}


def test_choice_values_come_with_their_labels(auditor):
    decision = make_decision()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE decisions SET status = 'pending_approval' WHERE id = %s", [decision.pk])
    body = client_for(auditor).get(f"/api/v1/orchestration/decisions/{decision.pk}/history/").json()
    (status,) = [c for c in body["results"][0]["changes"] if c["field"] == "status"]
    assert status["before_display"] == "Proposed" and status["after_display"] == "Pending approval"


def test_history_filters_by_time_and_user(officer, auditor):
    other = make_user("governance_officers")
    mode = make_mode()
    client_for(officer).patch(f"{MODES}{mode.pk}/", {"description": "one"}, format="json")
    client_for(other).patch(f"{MODES}{mode.pk}/", {"description": "two"}, format="json")
    reader = client_for(auditor)

    by_other = reader.get(f"{MODES}{mode.pk}/history/", {"user": other.username}).json()
    assert [e["user"] for e in by_other["results"]] == [other.username]
    by_id = reader.get(f"{MODES}{mode.pk}/history/", {"user": str(officer.pk)}).json()
    assert [e["user"] for e in by_id["results"]] == [officer.username]

    future = (timezone.now() + dt.timedelta(minutes=5)).isoformat()
    assert reader.get(f"{MODES}{mode.pk}/history/", {"since": future}).json()["count"] == 0
    assert reader.get(f"{MODES}{mode.pk}/history/", {"until": future}).json()["count"] == 3
    assert reader.get(f"{MODES}{mode.pk}/history/", {"since": "yesterday"}).status_code == 400
    assert reader.get(f"{MODES}{mode.pk}/history/", {"until": "2026-13-45T00:00:00Z"}).status_code == 400
    assert reader.get(f"{MODES}{mode.pk}/history/", {"user": "a\x00b"}).status_code == 400


def test_history_is_paginated(auditor):
    decision = make_decision()
    with connection.cursor() as cursor:
        for n in range(5):
            cursor.execute("UPDATE decisions SET description = %s WHERE id = %s", [f"v{n}", decision.pk])
    body = (
        client_for(auditor).get(f"/api/v1/orchestration/decisions/{decision.pk}/history/?page_size=2").json()
    )
    assert body["count"] == 6 and len(body["results"]) == 2 and body["next"]
    assert [c["after"] for c in body["results"][0]["changes"]] == ["v4"]


def test_history_needs_the_view_history_permission(service, operator):
    mode = make_mode()
    response = client_for(service).get(f"{MODES}{mode.pk}/history/")
    assert response.status_code == 403 and "view_history" in response.json()["detail"]
    assert client_for(operator).get(f"{MODES}{mode.pk}/history/").status_code == 200
    assert client_for(operator).get(f"{MODES}{uuid.uuid4()}/history/").status_code == 404


def test_deleted_rows_keep_their_history(officer, auditor):
    mode = make_mode()
    assert client_for(officer).delete(f"{MODES}{mode.pk}/").status_code == 204
    body = client_for(auditor).get(f"{MODES}{mode.pk}/history/").json()
    assert [e["event"] for e in body["results"]] == ["soft_delete", "insert"]
    type(mode).all_objects.filter(pk=mode.pk).hard_delete()
    body = client_for(auditor).get(f"{MODES}{mode.pk}/history/").json()
    assert [e["event"] for e in body["results"]] == ["delete", "soft_delete", "insert"]


def test_every_response_carries_a_request_id(operator, client):
    generated = client.get("/health/")["X-Request-ID"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    echoed = client_for(operator, **{"X-Request-ID": "abc-123.x:y"}).get(MODES)
    assert echoed["X-Request-ID"] == "abc-123.x:y"
    hostile = client_for(operator, **{"X-Request-ID": "bad id\r\nSet-Cookie: x"}).get(MODES)
    assert hostile["X-Request-ID"] != "bad id\r\nSet-Cookie: x" and len(hostile["X-Request-ID"]) == 32
    assert client.get("/api/v1/orchestration/decisions/")["X-Request-ID"]  # even on a 401


def test_log_lines_carry_the_request_id():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    RequestIdLogFilter().filter(record)
    assert record.request_id == "-"
    with request_id_scope("req-77"):
        RequestIdLogFilter().filter(record)
    assert record.request_id == "req-77"
