"""
Migration: airport_platform 0004_access_groups

Description:  The three groups every installation has: operators, services, auditors, with
              the permissions the rules in airport_platform/access.py give them (see
              docs/security.md). The same sync runs after every `migrate`, for models added later.
Version:      1.0.0
Dependencies: airport_platform 0003_platform_permissions; auth and every domain app (their
              permissions must exist).
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes: deletes the three groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from airport_platform.access import GROUPS, sync_groups


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps, schema_editor.connection)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("airport_platform", "0003_platform_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
