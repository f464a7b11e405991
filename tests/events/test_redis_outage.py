"""Redis stops while the platform works: writes still succeed, health says what is down, and
once Redis is back the relay worker delivers every event, in order per aggregate, once.

This stops and restarts the real Redis server (as scripts/bootstrap starts it). Other test runs
share that Redis: the outage is kept to the few requests it needs, and Redis is restarted in a
`finally`, whatever happens.
"""

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from airport_platform.events.models import OutboxEvent
from airport_platform.events.relay import relay

from .conftest import EVENTS_REDIS_DB, client_for, make_mode, make_user, start_redis, stop_redis, stream

ROOT = Path(settings.BASE_DIR)


def relay_worker_env():
    params = connection.get_connection_params()
    database_url = (
        f"postgres://{params['user']}@{params['host']}:{params['port']}/{connection.settings_dict['NAME']}"
    )
    if params.get("password"):
        database_url = database_url.replace("@", f":{params['password']}@", 1)
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "EVENTS_REDIS_URL": f"redis://127.0.0.1:6379/{EVENTS_REDIS_DB}",
        "DJANGO_SETTINGS_MODULE": "airport_platform.settings",
    }


@pytest.mark.django_db(transaction=True)
def test_writes_survive_a_redis_outage_and_every_event_arrives_once_in_order(events_redis, client):
    make_mode(
        is_active=True,
        decision_thresholds={"auto_approve_max_risk": 0.3, "auto_approve_min_confidence": 0.8},
    )
    operator, service = client_for(make_user("operators")), client_for(make_user("services"))
    proposal = {
        "type": "gate_assignment",
        "priority": "high",
        "confidence": "0.95",
        "risk": "0.60",
        "impact_assessment": {"passengers_affected": 180},
    }

    stop_redis()
    try:
        started = time.monotonic()
        first = service.post("/api/v1/orchestration/decisions/", proposal, format="json")
        second = service.post("/api/v1/orchestration/decisions/", proposal, format="json")
        approved = operator.post(
            f"/api/v1/orchestration/decisions/{first.json()['id']}/approve/", {"notes": "go"}, format="json"
        )
        scenario = operator.post(
            "/api/v1/crisis/crisis-scenarios/", {"scenario_type": "fire", "severity": "major"}, format="json"
        )
        action = operator.post(
            "/api/v1/crisis/crisis-actions/",
            {"scenario": scenario.json()["id"], "action_type": "evacuate", "urgency": "immediate"},
            format="json",
        )
        health = client.get("/health/")
        outage_seconds = time.monotonic() - started
    finally:
        start_redis()

    assert [r.status_code for r in (first, second, approved, scenario, action)] == [201, 201, 200, 201, 201]
    assert outage_seconds < 5, "writes must not wait on a dead Redis"
    assert health.status_code == 503
    report = health.json()
    assert report["down"] == ["redis"] and "outbox" in report["checks"]["redis"]["impact"]
    waiting = OutboxEvent.objects.filter(delivered_at__isnull=True).count()
    assert waiting == 10 and report["events"]["undelivered"] == waiting
    assert OutboxEvent.objects.filter(attempts__gt=0).exists()  # the after-commit relay tried

    # The relay worker, as production runs it (compose service `relay`), delivers the backlog.
    events_redis.flushdb()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "relay_events", "--forever", "--interval", "0.2", "--ignore-backoff"],
        cwd=ROOT,
        env=relay_worker_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while OutboxEvent.objects.filter(delivered_at__isnull=True).exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err[-2000:]
    assert "delivered 10" in out and "stopped" in out

    outbox = list(OutboxEvent.objects.order_by("seq"))
    entries = stream(events_redis, "orchestration") + stream(events_redis, "crisis")
    assert sorted(e["event_id"] for e in entries) == sorted(str(e.event_id) for e in outbox)  # all, once each
    expected, delivered = defaultdict(list), defaultdict(list)
    for event in outbox:
        expected[(event.aggregate_type, event.aggregate_id)].append(str(event.event_id))
    for entry in entries:
        delivered[(entry["aggregate_type"], entry["aggregate_id"])].append(entry["event_id"])
    assert delivered == expected  # per aggregate, in the order they were written
    assert len(expected) == 3  # two decisions and the scenario (its action belongs to it)

    # A relay that dies after XADD and before marking the rows cannot duplicate anything.
    OutboxEvent.objects.update(delivered_at=None)
    result = relay(respect_backoff=False)
    assert result.delivered == 10 and result.duplicates == 10
    assert len(stream(events_redis, "orchestration") + stream(events_redis, "crisis")) == 10
