"""`GET /health/`: is every service the platform depends on reachable?

200 when the database (with TimescaleDB and PostGIS) and Redis answer, 503 naming what is down.
Reachability is checked live on every call; the extension details (versions, license), which
only change with an upgrade, are cached in Redis for a few minutes once they are all up. The
report also says how many real-time events wait in the outbox and how late the relay
delivers them; when Redis is down it says what that means for the platform (`impact`).

Background jobs (`jobs`): each periodic job's interval, last run and outcome, whether it is
overdue (last success older than 3 intervals), and the depth of the task queue. They do not
change the status code unless `?strict=1`: then an overdue job answers 503 too.
"""

import logging

from django.core.cache import cache
from django.db import connection, transaction
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


DETAILS_TIMEOUT = 300
REDIS_DOWN_IMPACT = (
    "cache bypassed: reads go to the database (slower); real-time events wait in the outbox "
    "and are delivered in order once Redis is back; API writes are unaffected"
)


def extension_details() -> dict:
    """TimescaleDB and PostGIS checks; cached while both are up (a failure is never cached)."""
    key = f"health:{connection.settings_dict['NAME']}:extensions"
    details = cache.get(key)
    if details is None:
        details = {"timescaledb": check_timescaledb(), "postgis": check_postgis()}
        if all(check["status"] == "up" for check in details.values()):
            cache.set(key, details, DETAILS_TIMEOUT)
    return details


def events_backlog() -> dict | None:
    from airport_platform.events.relay import backlog, delivery_lag
    from airport_platform.tasks.selectors import process_status

    try:
        with transaction.atomic():
            return {**backlog(), "relay_lag": delivery_lag(), "relay_process": process_status("events.relay")}
    except Exception as exc:
        return {"error": str(exc).strip()}


def background_jobs() -> dict:
    from airport_platform.tasks.selectors import jobs_status, queue_depth

    try:
        with transaction.atomic():
            jobs = jobs_status()
    except Exception as exc:
        return {"error": str(exc).strip(), "overdue": []}
    return {
        "overdue": [job["job"] for job in jobs if job["overdue"]],
        "queue_depth": queue_depth(),
        "periodic": jobs,
    }


def health_report() -> dict:
    checks = {"database": check_database()}
    if checks["database"]["status"] == "up":
        checks.update(extension_details())
    else:
        reason = {"status": "down", "error": "database unreachable"}
        checks["timescaledb"] = checks["postgis"] = reason
    checks["redis"] = check_redis()
    if checks["redis"]["status"] != "up":
        checks["redis"]["impact"] = REDIS_DOWN_IMPACT
    down = sorted(name for name, check in checks.items() if check["status"] != "up")
    report = {"status": "down" if down else "up", "down": down, "checks": checks}
    if checks["database"]["status"] == "up":
        report["events"] = events_backlog()
        report["jobs"] = background_jobs()
    return report


@never_cache
@require_GET
def health(request):
    report = health_report()
    if report["down"]:
        logger.warning("health check: down: %s", ", ".join(report["down"]))
    unhealthy = bool(report["down"])
    if request.GET.get("strict") in ("1", "true", "yes"):
        overdue = report.get("jobs", {}).get("overdue", [])
        if overdue:
            logger.warning("health check (strict): overdue jobs: %s", ", ".join(overdue))
        unhealthy = unhealthy or bool(overdue)
    return JsonResponse(report, status=503 if unhealthy else 200)
