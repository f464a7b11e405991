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


@pytest.fixture
def scratch_database_url(request):
    """An empty database of the test module's own (named after it), dropped afterwards: for
    migrations run in a separate process, so the test database is untouched."""
    import psycopg
    from django.conf import settings
    from django.db import connection

    params = connection.get_connection_params()
    admin = {k: v for k, v in params.items() if k in {"host", "port", "user", "password"}}
    name = f"{settings.DATABASES['default']['NAME']}_{request.module.__name__.rsplit('.', 1)[-1]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{admin['user']}@{admin['host']}:{admin['port']}/{name}"
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_django_script(script: str, database_url: str, *args: str, timeout: int = 600):
    """Run `script` (Python that calls django.setup()) in a fresh interpreter against
    `database_url`, from the repository root; returns the CompletedProcess."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "airport_platform.settings"}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
