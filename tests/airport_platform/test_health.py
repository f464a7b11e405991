"""GET /health/ against the real services."""

import copy

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from airport_platform.db.timescale import timescale_capabilities

pytestmark = pytest.mark.django_db


def unreachable_redis_caches():
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["LOCATION"] = "redis://127.0.0.1:6399/0"  # nothing listens there
    return caches


def test_all_services_up_gives_200_with_versions(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "up" and body["down"] == []
    checks = body["checks"]
    assert checks["database"]["version"].startswith("15")
    assert checks["timescaledb"]["license"] in {"apache", "timescale"}
    assert checks["timescaledb"]["version"] == timescale_capabilities().version
    assert checks["postgis"]["status"] == "up"
    assert checks["redis"]["status"] == "up" and checks["redis"]["version"]


def test_redis_down_gives_503_naming_redis(client):
    with override_settings(CACHES=unreachable_redis_caches()):
        response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["redis"]
    assert body["checks"]["redis"]["status"] == "down"
    assert "6399" in body["checks"]["redis"]["error"]
    assert body["checks"]["database"]["status"] == "up"


def test_health_is_not_cached(client):
    assert "no-cache" in client.get("/health/")["Cache-Control"]


def test_capability_probe_reads_version_and_license():
    caps = timescale_capabilities()
    with connection.cursor() as cursor:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'")
        (version,) = cursor.fetchone()
        cursor.execute("SHOW timescaledb.license")
        (license_,) = cursor.fetchone()
    assert caps.installed and caps.version == version and caps.license == license_
    assert caps.tsl is (license_ == "timescale")
