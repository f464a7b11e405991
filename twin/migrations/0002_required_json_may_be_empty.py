"""
Migration: twin 0002_required_json_may_be_empty

Description:  Required JSON documents (NOT NULL in the spec) may be empty objects or lists:
              forms treated {} and [] as missing. No database change (the columns stay NOT NULL).
Version:      1.0.0
Dependencies: twin 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("twin", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="predictionaccuracy",
            name="predicted_value",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="simulationintervention",
            name="parameters",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="simulationscenario",
            name="parameters",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="simulationstate",
            name="state_data",
            field=models.JSONField(blank=True),
        ),
    ]
