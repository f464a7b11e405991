from django.apps import AppConfig


class TimeseriesConfig(AppConfig):
    """Fast bulk ingest (COPY), aggregates, retention/archiving, rollups and cross-domain views
    over the 11 hypertables; the hypertables themselves belong to their domain apps."""

    name = "airport_platform.timeseries"
    label = "timeseries"
    verbose_name = "Time series"
    default_auto_field = "django.db.models.BigAutoField"
