"""Shared fixtures. Every test runs against the real PostgreSQL (TimescaleDB + PostGIS) and Redis."""

import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with none of the platform's cache keys (real Redis, not a stub).

    Only this installation's keys (KEY_PREFIX) are deleted, not the whole Redis database, so
    other processes sharing the server keep theirs.
    """
    from django.core.cache import cache

    cache.delete_pattern("*")
    yield


@pytest.fixture(scope="session", autouse=True)
def _end_stray_sessions_before_teardown(django_db_setup, django_db_blocker):
    """Sessions still open on the test database when the run ends (the live server's request
    threads, subprocesses stopped mid-way) would stop Django from dropping it; end them first."""
    yield
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
