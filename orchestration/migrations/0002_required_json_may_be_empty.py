"""
Migration: orchestration 0002_required_json_may_be_empty

Description:  Required JSON documents (NOT NULL in the spec) may be empty objects or lists:
              forms treated {} and [] as missing. No database change (the columns stay NOT NULL).
Version:      1.0.0
Dependencies: orchestration 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes.
"""

from django.db import migrations, models

import orchestration.schemas


class Migration(migrations.Migration):
    dependencies = [
        ("orchestration", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="action",
            name="parameters",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="decision",
            name="impact_assessment",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="operatingmode",
            name="decision_thresholds",
            field=models.JSONField(
                blank=True, validators=[orchestration.schemas.DecisionThresholdsValidator()]
            ),
        ),
        migrations.AlterField(
            model_name="operatingmode",
            name="priority_weights",
            field=models.JSONField(blank=True, validators=[orchestration.schemas.PriorityWeightsValidator()]),
        ),
        migrations.AlterField(
            model_name="orchestrationevent",
            name="payload",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="systemstate",
            name="autonomy_levels",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="systemstate",
            name="key_metrics",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="systemstate",
            name="situational_assessment",
            field=models.JSONField(blank=True),
        ),
    ]
