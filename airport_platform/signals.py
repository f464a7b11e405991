from django.apps import apps as global_apps
from django.db import connections
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from airport_platform.access import sync_groups
from airport_platform.db.privileges import grant_app_privileges


@receiver(post_migrate)
def keep_grants_and_groups_current(sender, using="default", plan=None, apps=global_apps, **kwargs):
    """After a forward `migrate` (or a `flush`, which empties the groups), tables and models get
    the database grants and the groups their permissions. post_migrate fires once per app: act
    on the last one, when every app's permissions exist."""
    if sender.label != list(global_apps.get_app_configs())[-1].label:
        return
    if plan and all(backwards for _, backwards in plan):
        return
    connection = connections[using]
    grant_app_privileges(connection)
    sync_groups(global_apps, connection)
