from django.apps import AppConfig


class OrchestrationConfig(AppConfig):
    name = "orchestration"
    verbose_name = "Autonomous orchestration"

    def ready(self):
        from . import selectors  # noqa: F401  (connects the invalidation of its cached reads)
