"""Redis stops while the platform works: writes still succeed, health says what is down, and
once Redis is back the supervised relay delivers every event, in order per aggregate, once,
within seconds; a cached value cannot outlive a change made while Redis was down.

Every test here stops and restarts a Redis server of its own, on a free port (`own_redis`):
the machine's shared Redis, which dev servers and other test runs use, is never touched.
"""

import copy
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from airport_platform.cache import generation, invalidate
from airport_platform.events import relay as relay_module
from airport_platform.events.models import OutboxEvent
from airport_platform.events.relay import relay
from orchestration import selectors, services

from .conftest import client_for, make_mode, make_user, stream

ROOT = Path(settings.BASE_DIR)
EVENTS_DB = 2


def database_url() -> str:
    params = connection.get_connection_params()
    url = f"postgres://{params['user']}@{params['host']}:{params['port']}/{connection.settings_dict['NAME']}"
    if params.get("password"):
        url = url.replace("@", f":{params['password']}@", 1)
    return url


@pytest.fixture
def outage_redis(own_redis, settings):
    """Cache and event streams on the test's own Redis server."""
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["LOCATION"] = own_redis.url(0)
    settings.CACHES = caches
    settings.EVENTS_REDIS_URL = own_redis.url(EVENTS_DB)
    relay_module.breaker.succeeded()
    yield own_redis
    relay_module.breaker.succeeded()


def relay_worker_env(server):
    return {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": server.url(0),
        "EVENTS_REDIS_URL": server.url(EVENTS_DB),
        "DJANGO_SETTINGS_MODULE": "airport_platform.settings",
    }


@pytest.mark.django_db(transaction=True)
def test_writes_survive_a_redis_outage_and_every_event_arrives_once_in_order(outage_redis, client):
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

    outage_redis.stop()
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
        outage_redis.start()

    assert [r.status_code for r in (first, second, approved, scenario, action)] == [201, 201, 200, 201, 201]
    assert outage_seconds < 5, "writes must not wait on a dead Redis"
    assert health.status_code == 503
    report = health.json()
    assert report["down"] == ["redis"] and "outbox" in report["checks"]["redis"]["impact"]
    waiting = OutboxEvent.objects.filter(delivered_at__isnull=True).count()
    assert waiting == 10 and report["events"]["undelivered"] == waiting
    assert OutboxEvent.objects.filter(attempts__gt=0).exists()  # the after-commit relay tried

    # The relay, as `make run` and compose supervise it, drains the backlog within seconds of
    # Redis being back, although the failed attempts put those events in backoff.
    events_redis = relay_module.events_redis()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "relay_events", "--forever", "--interval", "0.2"],
        cwd=ROOT,
        env=relay_worker_env(outage_redis),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        started = time.monotonic()
        while (
            OutboxEvent.objects.filter(delivered_at__isnull=True).exists() and time.monotonic() - started < 60
        ):
            time.sleep(0.1)
        drained_seconds = time.monotonic() - started
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err[-2000:]
    assert "delivered 10" in out and "stopped" in out
    assert drained_seconds < 8, f"backlog drained {drained_seconds:.1f} s after the relay started"

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


@pytest.mark.django_db(transaction=True)
def test_replay_since_resends_what_a_redis_without_persistence_lost_once_per_event_id(outage_redis):
    operator = client_for(make_user("operators"))
    for kind in ("fire", "fire"):
        response = operator.post(
            "/api/v1/crisis/crisis-scenarios/", {"scenario_type": kind, "severity": "major"}, format="json"
        )
        assert response.status_code == 201
    outbox = sorted(str(e.event_id) for e in OutboxEvent.objects.all())
    assert len(outbox) == 2 and not OutboxEvent.objects.filter(delivered_at__isnull=True).exists()

    outage_redis.stop()  # no SAVE: Redis comes back empty, as after a failover without persistence
    outage_redis.start()
    events_redis = relay_module.events_redis()
    assert stream(events_redis, "crisis") == []

    env = relay_worker_env(outage_redis)
    command = [sys.executable, "manage.py", "relay_events", "--replay-since", "10m"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "2 sent again, 0 still in Redis" in first.stdout
    assert sorted(e["event_id"] for e in stream(events_redis, "crisis")) == outbox

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "0 sent again, 2 still in Redis" in again.stdout  # replaying twice appends nothing
    assert len(stream(events_redis, "crisis")) == 2

    bad = subprocess.run(
        [sys.executable, "manage.py", "relay_events", "--replay-since", "yesterday-ish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0 and "--replay-since" in bad.stderr


@pytest.mark.django_db
def test_a_mode_switched_while_redis_is_down_is_served_once_redis_returns_with_old_data(
    outage_redis, settings
):
    settings.CACHE_GENERATION_CHECK_SECONDS = 0.2
    operator = client_for(make_user("operators"))
    normal = make_mode(is_active=True)
    crisis = make_mode(name="Crisis operations")
    assert operator.get("/api/v1/orchestration/operating-modes/active/").json()["id"] == str(normal.pk)
    stale_key = next(key for key in cache.keys("hot:*") if "operating_mode_active" in key)
    outage_redis.stop(save=True)  # Redis keeps the cached "normal" on disk

    services.operating_mode_activate(mode=crisis, user=None, reason="storm")  # Redis down

    outage_redis.start()  # back with the saved data: the old value is in Redis again
    cached_generation, cached_mode = cache.get(stale_key)
    assert cached_mode == normal  # the stale value did come back
    assert cached_generation != generation("orchestration.operating_mode_active")
    time.sleep(0.3)  # another web server re-reads the generation at most this late
    assert operator.get("/api/v1/orchestration/operating-modes/active/").json()["id"] == str(crisis.pk)
    assert selectors.operating_mode_active() == crisis


@pytest.mark.django_db
def test_an_invalidation_rolled_back_with_its_change_leaves_the_generation_alone():
    before = generation("test.rollback")
    with pytest.raises(RuntimeError), transaction.atomic():
        invalidate("test.rollback")
        raise RuntimeError("the write fails")
    assert generation("test.rollback") == before
    invalidate("test.rollback")
    assert generation("test.rollback") != before
