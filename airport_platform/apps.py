from django.apps import AppConfig


class AirportPlatformConfig(AppConfig):
    """Cross-cutting foundation: base models, migration operations, API base classes, health."""

    name = "airport_platform"
    verbose_name = "Airport platform"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from airport_platform import signals  # noqa: F401  (connects the handlers)
        from airport_platform.vocabularies import vocabulary_classes

        # OpenAPI enums are named after the TextChoices they come from, one component each.
        settings.SPECTACULAR_SETTINGS.setdefault("ENUM_NAME_OVERRIDES", {}).update(
            {f"{cls.__name__}Enum": f"{module}.{cls.__name__}" for module, cls in vocabulary_classes()}
        )
