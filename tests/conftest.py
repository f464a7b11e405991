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
