"""
Migration: airport_platform 0002_app_user_role

Description:  Least privilege (spec 5.3): the `app_user` role (created when the migrating user
              may create roles) gets SELECT/INSERT/UPDATE/DELETE on entity tables and only
              SELECT/INSERT on the TimescaleDB hypertables, so history is append-only for the
              application. Re-applied after every `migrate` (post_migrate) for tables added
              later, so it needs no domain app: reversing a domain app never reverses it (nor
              the access groups of 0004, which depend on it).
Version:      1.0.0
Dependencies: airport_platform 0001_environment.
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes: revokes the grants (the cluster-wide role itself is kept).
"""

from django.db import migrations

from airport_platform.db.privileges import grant_app_privileges, revoke_app_privileges


def grant(apps, schema_editor):
    grant_app_privileges(schema_editor.connection)


def revoke(apps, schema_editor):
    revoke_app_privileges(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("airport_platform", "0001_environment"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
