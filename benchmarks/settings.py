"""Benchmark server settings: the project's settings plus a naive DRF ingest endpoint to compare."""

from airport_platform.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
