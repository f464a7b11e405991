"""
Migration: governance 0002_audit_requirements_shape

Description:  Validate the shape of governance_policies.audit_requirements (which decision
              transitions must leave an audit); no database change.
Version:      1.0.0
Dependencies: governance 0001_initial
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes.
"""

from django.db import migrations, models

import governance.schemas


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="governancepolicy",
            name="audit_requirements",
            field=models.JSONField(
                blank=True, null=True, validators=[governance.schemas.AuditRequirementsValidator()]
            ),
        ),
    ]
