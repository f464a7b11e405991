"""Hot reads in the real Redis cache: served from Redis, invalidated by every write, and the
platform still answers (from the database) when Redis is unreachable."""

import copy

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from airport_platform.cache import cached, invalidate
from orchestration import selectors, services
from orchestration.models import OperatingMode, SystemState

from .conftest import client_for, make_mode, make_user

pytestmark = pytest.mark.django_db


def unreachable_redis_caches():
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["LOCATION"] = "redis://127.0.0.1:6399/0"  # nothing listens there
    return caches


def test_active_mode_is_served_from_redis_until_a_write_invalidates_it(django_assert_num_queries):
    normal = make_mode(is_active=True)
    assert selectors.operating_mode_active() == normal
    with django_assert_num_queries(0):
        assert selectors.operating_mode_active() == normal

    crisis = make_mode(name="Crisis operations")
    services.operating_mode_activate(mode=crisis, user=None, reason="storm")
    assert selectors.operating_mode_active() == crisis

    OperatingMode.objects.filter(pk=crisis.pk).delete()  # soft delete (a queryset UPDATE)
    assert selectors.operating_mode_active() is None
    with django_assert_num_queries(0):
        assert selectors.operating_mode_active() is None  # "none" is cached too


def test_admin_and_api_edits_invalidate_too(client):
    mode = make_mode(is_active=True, description="before")
    assert selectors.operating_mode_active().description == "before"
    operator = make_user("governance_officers")  # who changes operating modes
    response = client_for(operator).patch(
        f"/api/v1/orchestration/operating-modes/{mode.pk}/", {"description": "after"}, format="json"
    )
    assert response.status_code == 200
    assert selectors.operating_mode_active().description == "after"
    active = client_for(operator).get("/api/v1/orchestration/operating-modes/active/")
    assert active.status_code == 200 and active.json()["id"] == str(mode.pk)


def test_active_endpoint_says_404_when_no_mode_is_active():
    response = client_for(make_user("operators")).get("/api/v1/orchestration/operating-modes/active/")
    assert response.status_code == 404


def test_latest_system_state_is_invalidated_by_a_new_state(django_assert_num_queries):
    def state(minutes_ago):
        return SystemState.objects.create(
            timestamp=timezone.now() - timezone.timedelta(minutes=minutes_ago),
            autonomy_levels={},
            key_metrics={"on_time": 0.9},
            situational_assessment={},
        )

    state(10)
    newest = state(5)
    assert selectors.system_state_latest().pk == newest.pk
    with django_assert_num_queries(0):
        selectors.system_state_latest()
    latest = state(0)
    assert selectors.system_state_latest().pk == latest.pk


def test_a_value_computed_while_a_write_commits_is_not_kept():
    """The reader computed from the old data; the writer's invalidation lands before the reader
    stores it: the stored value carries an old generation and is recomputed."""
    calls = []

    def racing_compute():
        calls.append(1)
        if len(calls) == 1:
            invalidate("test.race")  # the writer commits while the reader is computing
            return "old"
        return "new"

    assert cached("test.race", racing_compute) == "old"
    assert cached("test.race", racing_compute) == "new"
    assert cached("test.race", racing_compute) == "new" and len(calls) == 2


def test_with_redis_unreachable_reads_come_from_the_database_and_writes_work(client):
    mode = make_mode(is_active=True)
    operator = make_user("governance_officers")  # who changes operating modes
    with override_settings(CACHES=unreachable_redis_caches()):
        assert selectors.operating_mode_active() == mode
        response = client_for(operator).patch(
            f"/api/v1/orchestration/operating-modes/{mode.pk}/", {"description": "still works"}, format="json"
        )
        assert response.status_code == 200
        assert selectors.operating_mode_active().description == "still works"
        health = client.get("/health/")
        assert health.status_code == 503 and health.json()["down"] == ["redis"]


def test_health_details_are_cached_once_everything_is_up(client):
    assert client.get("/health/").status_code == 200
    keys = cache.keys("health:*")
    assert any(key.endswith(":extensions") for key in keys)
    body = client.get("/health/").json()
    assert body["checks"]["timescaledb"]["status"] == "up" and body["events"]["undelivered"] == 0
