from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TasksConfig(AppConfig):
    name = "airport_platform.tasks"
    label = "platform_tasks"
    verbose_name = "Background jobs"

    def ready(self):
        from .schedules import sync_after_migrate

        # Every migrate (and every test-database flush) leaves the declared schedules in the
        # database, without touching what an operator edited.
        post_migrate.connect(sync_after_migrate, dispatch_uid="platform-tasks-sync-schedules")
