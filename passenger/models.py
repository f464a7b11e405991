"""Passenger experience schema (spec 4.2), with PostGIS positions next to the text locations."""

from django.contrib.gis.db import models as gis_models
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from airport_platform.choices import Priority
from airport_platform.models import Authorship, EntityModel, Hypertable, RecordModel, TimeSeriesModel
from airport_platform.timeseries.rollups import Rollups

from .choices import (
    AggregationPeriod,
    ExperienceMetricType,
    InterventionStatus,
    InterventionType,
    JourneyStage,
    JourneyStatus,
    PassengerType,
    TouchpointOutcome,
    TouchpointType,
)


class PassengerJourney(EntityModel):
    passenger_id = models.UUIDField(null=True, blank=True)
    journey_status = models.CharField(max_length=50, choices=JourneyStatus.choices)
    passenger_type = models.CharField(max_length=50, choices=PassengerType.choices, null=True, blank=True)
    start_time = models.DateTimeField(null=True, blank=True)
    end_time = models.DateTimeField(null=True, blank=True)
    current_location = models.CharField(max_length=100, null=True, blank=True)
    current_stage = models.CharField(max_length=50, choices=JourneyStage.choices, null=True, blank=True)
    personalization_profile = models.JSONField(null=True, blank=True)
    associated_flights = models.JSONField(null=True, blank=True)
    satisfaction_metrics = models.JSONField(null=True, blank=True)
    is_active = models.BooleanField(default=True, db_default=True, null=True)
    # Where the passenger is now (WGS 84), next to the spec's free-text current_location.
    current_position = gis_models.PointField(srid=4326, null=True, blank=True)

    ordered_times = (("start_time", "end_time"),)

    class Meta:
        db_table = "passenger_journeys"
        ordering = ["-start_time"]
        indexes = [
            models.Index(fields=["journey_status"], name="idx_passenger_journeys_status"),
            models.Index(fields=["is_active"], name="idx_passenger_journeys_active"),
            models.Index(fields=["start_time", "end_time"], name="idx_passenger_journeys_times"),
        ]

    def __str__(self):
        return f"Journey {str(self.pk)[:8]} ({self.get_journey_status_display()})"


class JourneyTouchpoint(TimeSeriesModel):
    journey = models.ForeignKey(
        PassengerJourney, on_delete=models.CASCADE, null=True, related_name="touchpoints", db_index=False
    )
    touchpoint_type = models.CharField(max_length=50, choices=TouchpointType.choices)
    location = models.CharField(max_length=100, null=True, blank=True)
    timestamp = models.DateTimeField()
    duration_seconds = models.IntegerField(null=True, blank=True, validators=[MinValueValidator(0)])
    outcome = models.CharField(max_length=50, choices=TouchpointOutcome.choices, null=True, blank=True)
    satisfaction_score = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(5)],
        help_text="0 (very poor) to 5 (excellent)",
    )
    metrics = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)
    position = gis_models.PointField(srid=4326, null=True, blank=True)

    # ~1M touchpoints a day at a large hub: daily chunks stay in memory while they are hot.
    hypertable = Hypertable(time_column="timestamp", chunk_interval="1 day")

    class Meta:
        db_table = "journey_touchpoints"
        ordering = ["-timestamp"]
        indexes = [models.Index(fields=["journey"], name="idx_journey_touchpoints_journey_id")]

    def __str__(self):
        return f"{self.get_touchpoint_type_display()} at {self.timestamp:%Y-%m-%d %H:%M}"


class JourneyIntervention(Authorship, RecordModel):
    intervention_type = models.CharField(max_length=50, choices=InterventionType.choices)
    description = models.TextField(null=True, blank=True)
    affected_journeys = ArrayField(models.UUIDField(), null=True, blank=True)
    execution_method = models.JSONField(blank=True)
    priority = models.CharField(max_length=20, choices=Priority.choices)
    status = models.CharField(
        max_length=20, choices=InterventionStatus.choices, default=InterventionStatus.PLANNED
    )
    scheduled_for = models.DateTimeField(null=True, blank=True)
    executed_at = models.DateTimeField(null=True, blank=True)
    expected_impact = models.JSONField(null=True, blank=True)
    actual_impact = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    class Meta:
        db_table = "journey_interventions"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="idx_journey_interventions_status"),
            models.Index(fields=["intervention_type"], name="idx_journey_interventions_type"),
            models.Index(fields=["scheduled_for"], name="idx_journey_interventions_scheduled"),
        ]

    def __str__(self):
        return f"{self.get_intervention_type_display()} ({self.get_status_display()})"


class ExperienceMetric(TimeSeriesModel):
    timestamp = models.DateTimeField()
    metric_type = models.CharField(max_length=50, choices=ExperienceMetricType.choices)
    location = models.CharField(max_length=100, null=True, blank=True)
    passenger_type = models.CharField(max_length=50, choices=PassengerType.choices, null=True, blank=True)
    value = models.DecimalField(max_digits=10, decimal_places=4)
    sample_size = models.IntegerField(null=True, blank=True, validators=[MinValueValidator(0)])
    aggregation_period = models.CharField(
        max_length=20, choices=AggregationPeriod.choices, null=True, blank=True
    )
    notes = models.TextField(null=True, blank=True)

    # Pre-aggregated (minutes to hours): a week per chunk keeps chunk counts low.
    hypertable = Hypertable(time_column="timestamp", chunk_interval="7 days")
    rollups = Rollups(
        dimensions=("metric_type", "location", "passenger_type"), measures=("value", "sample_size")
    )

    class Meta:
        db_table = "experience_metrics"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["metric_type"], name="idx_experience_metrics_type"),
            models.Index(fields=["location"], name="idx_experience_metrics_location"),
        ]

    def __str__(self):
        return f"{self.get_metric_type_display()} = {self.value}"
