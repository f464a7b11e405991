"""`GET /health/`: is every service the platform depends on reachable?

200 when the database (with TimescaleDB and PostGIS) and Redis answer, 503 naming what is down.
"""

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_redis import get_redis_connection

from airport_platform.db.timescale import timescale_capabilities

logger = logging.getLogger(__name__)


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('server_version')")
            (version,) = cursor.fetchone()
    except Exception as exc:  # any failure means "down"; the reason is reported
        return {"status": "down", "error": str(exc).strip()}
    return {"status": "up", "version": version}


def check_timescaledb() -> dict:
    try:
        caps = timescale_capabilities()
    except Exception as exc:
        return {"status": "down", "error": str(exc).strip()}
    if not caps.installed:
        return {"status": "down", "error": "timescaledb extension is not installed in this database"}
    return {"status": "up", "version": caps.version, "license": caps.license, "tsl_features": caps.tsl}


def check_postgis() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
            row = cursor.fetchone()
    except Exception as exc:
        return {"status": "down", "error": str(exc).strip()}
    if row is None:
        return {"status": "down", "error": "postgis extension is not installed in this database"}
    return {"status": "up", "version": row[0]}


def check_redis() -> dict:
    try:
        client = get_redis_connection("default")
        client.ping()
        version = client.info("server").get("redis_version")
    except Exception as exc:
        return {"status": "down", "error": str(exc).strip() or exc.__class__.__name__}
    return {"status": "up", "version": version}


def health_report() -> dict:
    checks = {"database": check_database()}
    if checks["database"]["status"] == "up":
        checks["timescaledb"] = check_timescaledb()
        checks["postgis"] = check_postgis()
    else:
        reason = {"status": "down", "error": "database unreachable"}
        checks["timescaledb"] = checks["postgis"] = reason
    checks["redis"] = check_redis()
    down = sorted(name for name, check in checks.items() if check["status"] != "up")
    return {"status": "down" if down else "up", "down": down, "checks": checks}


@never_cache
@require_GET
def health(request):
    report = health_report()
    if report["down"]:
        logger.warning("health check: down: %s", ", ".join(report["down"]))
    return JsonResponse(report, status=503 if report["down"] else 200)
