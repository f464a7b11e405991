from django.apps import AppConfig


class HistoryConfig(AppConfig):
    """Change history: one event table per entity table, written by triggers on that table."""

    name = "airport_platform.history"
    label = "history"
    verbose_name = "Change history"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .context import record_management_commands

        # Changes made by `manage.py <command>` (and call_command) say so in their history.
        record_management_commands()
