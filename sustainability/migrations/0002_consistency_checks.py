"""
Migration: sustainability 0002_consistency_checks

Description:  Consistency the database enforces beyond the spec's columns: an end is never
              before its start (completed/ended after initiated/started/assigned), and carbon
              net_emissions = emissions_value - offset_amount.
Version:      1.0.0
Dependencies: sustainability 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops the CHECK constraints).
"""

import django.db.models.expressions
import django.db.models.functions.comparison
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sustainability", "0001_initial"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="carbonaccounting",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "net_emissions",
                        django.db.models.expressions.CombinedExpression(
                            models.F("emissions_value"),
                            "-",
                            django.db.models.functions.comparison.Coalesce("offset_amount", models.Value(0)),
                        ),
                    )
                ),
                name="carbon_accounting_net_is_emissions_minus_offset",
                violation_error_message="net_emissions must equal emissions_value minus offset_amount",
            ),
        ),
        migrations.AddConstraint(
            model_name="sustainabilityoptimization",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("end_time__isnull", True),
                    ("start_time__isnull", True),
                    ("end_time__gte", models.F("start_time")),
                    _connector="OR",
                ),
                name="sustainability_optimizations_end_time_after_start_time",
                violation_error_message="end_time cannot be before start_time",
            ),
        ),
    ]
