"""
Migration: timeseries 0001_rollups

Description:  Formerly created the hourly and daily rollups of the domains' hypertables. Each
              domain owns its rollups now: they are declared on its models (`rollups =
              Rollups(...)`) and created by its own migration (passenger 0005_rollups,
              sustainability 0004_rollups, learning 0004_rollups, governance 0005_rollups),
              so the core depends on no domain and reversing one app never touches another's
              views. Kept, empty, so databases that applied it keep a valid migration graph
              (their views are adopted by the domain migrations, which are IF NOT EXISTS).
Version:      2.0.0
Dependencies: airport_platform 0001_environment.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (nothing to undo).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("airport_platform", "0001_environment"),
    ]

    operations = []
