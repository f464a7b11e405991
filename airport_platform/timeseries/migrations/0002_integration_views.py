"""
Migration: timeseries 0002_integration_views

Description:  Formerly created the decision_overview and crisis_overview views. The domains own
              their views now (orchestration 0004_overview_views, crisis 0003_overview_views,
              both CREATE OR REPLACE), so this migration does nothing on a fresh database. It is
              kept so databases where it is recorded as applied keep a valid migration graph;
              its dependencies on domain apps are gone so the core depends on no domain.
Version:      2.0.0
Dependencies: timeseries 0001_rollups
Author:       Airport platform team
Date:         2026-11-26 (emptied 2026-12-01)
Reversible:   yes: nothing to reverse.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("timeseries", "0001_rollups"),
    ]

    operations = []
