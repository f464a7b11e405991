from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import connections
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from airport_platform.access import sync_groups
from airport_platform.db.privileges import grant_app_privileges

# What the handler needs before it can act: the tables of permissions and groups, and
# TimescaleDB (the grants tell hypertables apart). A partial `migrate` (e.g.
# `migrate airport_platform 0001` on an empty database) may not have them yet; the next
# `migrate` sends post_migrate again.
REQUIRED_TABLES = {"django_content_type", "auth_permission", "auth_group", "auth_group_permissions"}


@receiver(post_migrate, dispatch_uid="airport_platform-grants-and-groups")
def keep_grants_and_groups_current(sender, using="default", plan=None, apps=global_apps, **kwargs):
    """After a forward `migrate` (or a `flush`, which empties the groups), tables and models get
    the database grants and the groups their permissions.

    post_migrate fires once per app, in INSTALLED_APPS order. The handler acts once, for the
    core's own app, and first creates every app's content types and permissions itself (as
    Django would for each app later, idempotently), so the result does not depend on where the
    apps sit in INSTALLED_APPS."""
    if sender.label != "airport_platform":
        return
    if plan and all(backwards for _, backwards in plan):
        return
    connection = connections[using]
    if not _ready(connection):
        return
    for app_config in global_apps.get_app_configs():
        if app_config.models_module is not None:
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
    grant_app_privileges(connection)
    sync_groups(global_apps, connection)


def _ready(connection) -> bool:
    if not set(connection.introspection.table_names()) >= REQUIRED_TABLES:
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'")
        return cursor.fetchone() is not None
