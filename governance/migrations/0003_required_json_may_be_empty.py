"""
Migration: governance 0003_required_json_may_be_empty

Description:  Required JSON documents (NOT NULL in the spec) may be empty objects or lists:
              forms treated {} and [] as missing. No database change (the columns stay NOT NULL).
Version:      1.0.0
Dependencies: governance 0002_audit_requirements_shape
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0002_audit_requirements_shape"),
    ]

    operations = [
        migrations.AlterField(
            model_name="governancepolicy",
            name="policy_rules",
            field=models.JSONField(blank=True),
        ),
    ]
