"""Shared fixtures. Every test runs against the real PostgreSQL (TimescaleDB + PostGIS) and Redis."""

import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Tests see a clean Redis cache namespace (the cache is real Redis, not a stub)."""
    from django.core.cache import cache

    cache.clear()
    yield
