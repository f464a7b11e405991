"""
Migration: learning 0002_required_json_may_be_empty

Description:  Required JSON documents (NOT NULL in the spec) may be empty objects or lists:
              forms treated {} and [] as missing. No database change (the columns stay NOT NULL).
Version:      1.0.0
Dependencies: learning 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="knowledgeapplication",
            name="target_context",
            field=models.JSONField(blank=True),
        ),
        migrations.AlterField(
            model_name="knowledgeitem",
            name="content",
            field=models.JSONField(blank=True),
        ),
    ]
