from django.db import connections
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from airport_platform.db.privileges import grant_app_privileges


@receiver(post_migrate)
def keep_app_privileges_current(sender, using="default", plan=None, **kwargs):
    """Tables created by later migrations get the application role's grants too.

    post_migrate fires once per app; granting once, for the last app, is enough.
    """
    if sender.label != "airport_platform" or not plan:
        return
    if not any(not backwards for _, backwards in plan):
        return
    grant_app_privileges(connections[using])
