"""
Migration: airport_platform 0001_environment

Description:  Validate the database environment (spec 5.2) and create the extensions every
              domain schema builds on: TimescaleDB (time series) and PostGIS (positions).
Version:      1.0.0
Dependencies: none (first migration of the platform); PostgreSQL >= 13 with the timescaledb
              (preloaded) and postgis extensions available.
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops both extensions once every domain schema is gone).
"""

from django.contrib.postgres.operations import CreateExtension
from django.db import migrations

from airport_platform.db.operations import ValidateEnvironment


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        ValidateEnvironment(min_server_version=130000, extensions=("timescaledb", "postgis")),
        CreateExtension("timescaledb"),
        CreateExtension("postgis"),
    ]
