from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data (`manage.py seed_demo`): installed in development and tests, never in production."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo data"
