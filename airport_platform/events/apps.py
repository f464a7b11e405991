from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Outbox of domain events, relayed to Redis after commit and by the `relay_events` worker.

    What produces events is declared by the domains at their ready() (`registry.py`)."""

    name = "airport_platform.events"
    label = "events"
    verbose_name = "Real-time events"
    default_auto_field = "django.db.models.BigAutoField"
