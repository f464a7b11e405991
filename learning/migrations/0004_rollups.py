"""
Migration: learning 0004_rollups

Description:  Spec sections 6.1/6.3: the hourly and daily rollups of this app's hypertables
              (learning_metrics_hourly/_daily), as declared on the models (`rollups = Rollups(...)`, see
              airport_platform/timeseries/rollups.py): columns bucket, <dimensions>, row_count,
              <measure>_avg/_min/_max/_sum. TSL license: continuous aggregates with a refresh
              policy; Apache build: materialized views with a unique index on (bucket,
              dimensions). Formerly created by the core's `timeseries 0001_rollups`; every
              statement is IF NOT EXISTS, so a database that already has the views keeps them.
Version:      1.0.0
Dependencies: learning 0003_history (its previous migration); no other domain app.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes: the rollups are dropped (`migrate learning 0003_history`), so they never block
              dropping this app's tables.
"""

from django.db import migrations

from airport_platform.timeseries.operations import CreateRollup


class Migration(migrations.Migration):
    # Continuous aggregates are created outside a transaction block on the TSL build; each
    # operation is idempotent (IF NOT EXISTS), so a partial run can simply be repeated.
    atomic = False

    dependencies = [
        ("learning", "0003_history"),
    ]

    operations = [
        CreateRollup(
            "learning_metrics_hourly",
            source="learning_metrics",
            time_column="timestamp",
            bucket="1 hour",
            dimensions=["metric_type", "domain"],
            measures=["value"],
        ),
        CreateRollup(
            "learning_metrics_daily",
            source="learning_metrics",
            time_column="timestamp",
            bucket="1 day",
            dimensions=["metric_type", "domain"],
            measures=["value"],
        ),
    ]
