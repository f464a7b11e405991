"""
Migration: airport_platform 0003_platform_permissions

Description:  Platform-wide permissions that belong to no single table
              (view_deleted_records, view_history), held by an unmanaged model without a table.
Version:      1.0.0
Dependencies: airport_platform 0002_app_user_role
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (nothing is created in the database but the permission rows).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("airport_platform", "0002_app_user_role"),
    ]

    operations = [
        migrations.CreateModel(
            name="PlatformPermissions",
            fields=[],
            options={
                "permissions": [
                    ("view_deleted_records", "Can see soft-deleted records"),
                    ("view_history", "Can see the change history of records"),
                ],
                "managed": False,
                "default_permissions": (),
            },
        ),
    ]
