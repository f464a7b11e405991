from django.apps import AppConfig


class AirportPlatformConfig(AppConfig):
    """Cross-cutting foundation: base models, migration operations, API base classes, health."""

    name = "airport_platform"
    verbose_name = "Airport platform"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from airport_platform import signals  # noqa: F401  (connects the handlers)
