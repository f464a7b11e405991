"""Sustainability schema (spec 4.3)."""

from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce

from airport_platform.models import Authorship, EntityModel, Hypertable, TimeSeriesModel, UpdatedAt
from airport_platform.timeseries.rollups import Rollups

from .choices import (
    EmissionSource,
    OptimizationStatus,
    OptimizationType,
    ResourceType,
    SustainabilityMetricType,
    Trend,
    VerificationStatus,
)


class SustainabilityMetric(TimeSeriesModel):
    timestamp = models.DateTimeField()
    metric_type = models.CharField(max_length=50, choices=SustainabilityMetricType.choices)
    location = models.CharField(max_length=100, null=True, blank=True)
    value = models.DecimalField(max_digits=15, decimal_places=5)
    unit = models.CharField(max_length=20)
    source = models.CharField(max_length=100, null=True, blank=True)
    comparison_to_baseline = models.DecimalField(max_digits=5, decimal_places=4, null=True, blank=True)
    trend = models.CharField(max_length=20, choices=Trend.choices, null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    # Meter readings every minute or so from hundreds of meters: daily chunks.
    hypertable = Hypertable(time_column="timestamp", chunk_interval="1 day")
    rollups = Rollups(dimensions=("metric_type", "location", "unit"), measures=("value",))

    class Meta:
        db_table = "sustainability_metrics"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["metric_type"], name="idx_sustainability_metrics_type"),
            models.Index(fields=["location"], name="idx_sustainability_metrics_location"),
        ]

    def __str__(self):
        return f"{self.get_metric_type_display()} {self.value} {self.unit}"


class ResourceConsumption(TimeSeriesModel):
    timestamp = models.DateTimeField()
    resource_type = models.CharField(max_length=50, choices=ResourceType.choices)
    location = models.CharField(max_length=100)
    consumption_value = models.DecimalField(
        max_digits=15, decimal_places=5, validators=[MinValueValidator(0)]
    )
    unit = models.CharField(max_length=20)
    associated_activity = models.CharField(max_length=100, null=True, blank=True)
    carbon_equivalent = models.DecimalField(max_digits=15, decimal_places=5, null=True, blank=True)
    cost = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    hypertable = Hypertable(time_column="timestamp", chunk_interval="1 day")
    rollups = Rollups(
        dimensions=("resource_type", "location", "unit"),
        measures=("consumption_value", "carbon_equivalent", "cost"),
    )

    class Meta:
        db_table = "resource_consumption"
        verbose_name_plural = "resource consumption"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["resource_type"], name="idx_resource_consumption_type"),
            models.Index(fields=["location"], name="idx_resource_consumption_location"),
        ]

    def __str__(self):
        return f"{self.get_resource_type_display()} {self.consumption_value} {self.unit} @ {self.location}"


class SustainabilityOptimization(Authorship, EntityModel):
    optimization_type = models.CharField(max_length=50, choices=OptimizationType.choices)
    target_area = models.CharField(max_length=100)
    target_resource = models.CharField(max_length=50, choices=ResourceType.choices)
    target_reduction = models.DecimalField(
        max_digits=5,
        decimal_places=4,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="Fraction of the baseline to save, 0 to 1",
    )
    status = models.CharField(
        max_length=20, choices=OptimizationStatus.choices, default=OptimizationStatus.PROPOSED
    )
    constraints = models.JSONField(null=True, blank=True)
    allowed_interventions = ArrayField(models.TextField(), null=True, blank=True)
    start_time = models.DateTimeField(null=True, blank=True)
    end_time = models.DateTimeField(null=True, blank=True)
    estimated_impact = models.JSONField(null=True, blank=True)
    actual_impact = models.JSONField(null=True, blank=True)

    ordered_times = (("start_time", "end_time"),)

    class Meta:
        db_table = "sustainability_optimizations"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="idx_sustainability_optimizations_status"),
            models.Index(fields=["optimization_type"], name="idx_sustainability_optimizations_type"),
            models.Index(fields=["target_area"], name="idx_sustainability_optimizations_area"),
        ]

    def __str__(self):
        return f"{self.get_optimization_type_display()} in {self.target_area}"


class CarbonAccounting(UpdatedAt, TimeSeriesModel):
    timestamp = models.DateTimeField()
    source_type = models.CharField(max_length=50, choices=EmissionSource.choices)
    location = models.CharField(max_length=100, null=True, blank=True)
    emissions_value = models.DecimalField(max_digits=15, decimal_places=5, help_text="tCO2e")
    calculation_method = models.CharField(max_length=100, null=True, blank=True)
    offset_amount = models.DecimalField(
        max_digits=15,
        decimal_places=5,
        default=0,
        db_default=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    net_emissions = models.DecimalField(max_digits=15, decimal_places=5)
    verification_status = models.CharField(
        max_length=20, choices=VerificationStatus.choices, null=True, blank=True
    )
    notes = models.TextField(null=True, blank=True)

    # Daily or monthly accounting entries: low volume, monthly chunks.
    hypertable = Hypertable(time_column="timestamp", chunk_interval="30 days")

    class Meta:
        db_table = "carbon_accounting"
        verbose_name_plural = "carbon accounting"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["source_type"], name="idx_carbon_accounting_source"),
            models.Index(fields=["location"], name="idx_carbon_accounting_location"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    net_emissions=models.F("emissions_value") - Coalesce("offset_amount", Value(0))
                ),
                name="carbon_accounting_net_is_emissions_minus_offset",
                violation_error_message="net_emissions must equal emissions_value minus offset_amount",
            ),
        ]

    def __str__(self):
        return f"{self.get_source_type_display()}: {self.net_emissions} tCO2e net"
