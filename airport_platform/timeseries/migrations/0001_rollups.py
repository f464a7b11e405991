"""
Migration: timeseries 0001_rollups

Description:  Spec sections 6.1/6.3: hourly and daily rollups of sustainability metrics, resource
              consumption, experience, fairness and learning metrics:
              <table>_hourly, <table>_daily with columns bucket, <dimensions>, row_count,
              <measure>_avg/_min/_max/_sum (see airport_platform/timeseries/rollups.py).
              TSL license: continuous aggregates with a refresh policy. Apache build: materialized
              views with a unique index on (bucket, dimensions), refreshed by
              `manage.py refresh_rollups`. Same names and columns on both.
Version:      1.0.0
Dependencies: the hypertables of passenger, sustainability, learning and governance (0001_initial).
              Migrating one of those apps to zero first reverses this migration (Django unapplies
              dependents first), so the views never block dropping their tables.
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes: the rollups are dropped.
"""

from django.db import migrations

from airport_platform.timeseries.operations import CreateRollup


class Migration(migrations.Migration):
    # Continuous aggregates are created outside a transaction block on the TSL build; each
    # operation is idempotent (IF NOT EXISTS), so a partial run can simply be repeated.
    atomic = False

    dependencies = [
        ("airport_platform", "0001_environment"),
        ("passenger", "0001_initial"),
        ("sustainability", "0001_initial"),
        ("learning", "0001_initial"),
        ("governance", "0001_initial"),
    ]

    operations = [
        CreateRollup(
            "sustainability_metrics_hourly",
            source="sustainability_metrics",
            time_column="timestamp",
            bucket="1 hour",
            dimensions=["metric_type", "location", "unit"],
            measures=["value"],
        ),
        CreateRollup(
            "sustainability_metrics_daily",
            source="sustainability_metrics",
            time_column="timestamp",
            bucket="1 day",
            dimensions=["metric_type", "location", "unit"],
            measures=["value"],
        ),
        CreateRollup(
            "resource_consumption_hourly",
            source="resource_consumption",
            time_column="timestamp",
            bucket="1 hour",
            dimensions=["resource_type", "location", "unit"],
            measures=["consumption_value", "carbon_equivalent", "cost"],
        ),
        CreateRollup(
            "resource_consumption_daily",
            source="resource_consumption",
            time_column="timestamp",
            bucket="1 day",
            dimensions=["resource_type", "location", "unit"],
            measures=["consumption_value", "carbon_equivalent", "cost"],
        ),
        CreateRollup(
            "experience_metrics_hourly",
            source="experience_metrics",
            time_column="timestamp",
            bucket="1 hour",
            dimensions=["metric_type", "location", "passenger_type"],
            measures=["value", "sample_size"],
        ),
        CreateRollup(
            "experience_metrics_daily",
            source="experience_metrics",
            time_column="timestamp",
            bucket="1 day",
            dimensions=["metric_type", "location", "passenger_type"],
            measures=["value", "sample_size"],
        ),
        CreateRollup(
            "fairness_metrics_hourly",
            source="fairness_metrics",
            time_column="timestamp",
            bucket="1 hour",
            dimensions=["metric_type", "domain", "affected_group"],
            measures=["value", "baseline_comparison"],
        ),
        CreateRollup(
            "fairness_metrics_daily",
            source="fairness_metrics",
            time_column="timestamp",
            bucket="1 day",
            dimensions=["metric_type", "domain", "affected_group"],
            measures=["value", "baseline_comparison"],
        ),
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
