"""Predictive airport twin schema (spec 4.4)."""

from django.contrib.postgres.fields import DateTimeRangeField
from django.core.validators import MinValueValidator
from django.db import models

from airport_platform.models import Authorship, EntityModel, Hypertable, RecordModel, TimeSeriesModel

from .choices import PredictionModelType, SimulationInterventionType, SimulationStatus


class SimulationScenario(Authorship, EntityModel):
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    base_timestamp = models.DateTimeField()
    duration_minutes = models.IntegerField(validators=[MinValueValidator(1)])
    parameters = models.JSONField(blank=True)
    status = models.CharField(max_length=20, choices=SimulationStatus.choices, default=SimulationStatus.DRAFT)
    is_template = models.BooleanField(default=False, db_default=False, null=True)

    class Meta:
        db_table = "simulation_scenarios"
        ordering = ["-base_timestamp"]
        indexes = [
            models.Index(fields=["status"], name="idx_simulation_scenarios_status"),
            models.Index(fields=["is_template"], name="idx_simulation_scenarios_template"),
        ]

    def __str__(self):
        return self.name


class SimulationState(TimeSeriesModel):
    scenario = models.ForeignKey(
        SimulationScenario, on_delete=models.CASCADE, null=True, related_name="states", db_index=False
    )
    timestamp = models.DateTimeField(help_text="Wall-clock time the snapshot was recorded")
    simulation_time = models.DateTimeField(help_text="Time inside the simulated airport")
    state_data = models.JSONField(blank=True)
    metrics = models.JSONField(null=True, blank=True)

    # Partitioned on simulated time (spec); runs cover hours to days of simulated time.
    hypertable = Hypertable(time_column="simulation_time", chunk_interval="7 days")

    class Meta:
        db_table = "simulation_states"
        ordering = ["scenario_id", "simulation_time"]
        indexes = [models.Index(fields=["scenario"], name="idx_simulation_states_scenario")]

    def __str__(self):
        return f"State of {self.scenario_id} at {self.simulation_time:%Y-%m-%d %H:%M}"


class SimulationIntervention(RecordModel):
    scenario = models.ForeignKey(
        SimulationScenario, on_delete=models.CASCADE, null=True, related_name="interventions", db_index=False
    )
    intervention_type = models.CharField(max_length=50, choices=SimulationInterventionType.choices)
    description = models.TextField(null=True, blank=True)
    parameters = models.JSONField(blank=True)
    simulation_time = models.DateTimeField()
    impact_assessment = models.JSONField(null=True, blank=True)

    class Meta:
        db_table = "simulation_interventions"
        ordering = ["scenario_id", "simulation_time"]
        indexes = [
            models.Index(fields=["scenario"], name="idx_simulation_interventions_scenario"),
            models.Index(fields=["intervention_type"], name="idx_simulation_interventions_type"),
        ]

    def __str__(self):
        return f"{self.get_intervention_type_display()} at {self.simulation_time:%Y-%m-%d %H:%M}"


class PredictionModel(EntityModel):
    name = models.CharField(max_length=100)
    model_type = models.CharField(max_length=50, choices=PredictionModelType.choices)
    # The model's own release (e.g. "2.3.1"); not the row-version counter other tables have.
    version = models.CharField(max_length=20)
    description = models.TextField(null=True, blank=True)
    parameters = models.JSONField(null=True, blank=True)
    training_data_range = DateTimeRangeField(null=True, blank=True)
    accuracy_metrics = models.JSONField(null=True, blank=True)
    last_updated = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(default=True, db_default=True, null=True)

    class Meta:
        db_table = "prediction_models"
        ordering = ["name", "version"]
        indexes = [
            models.Index(fields=["model_type"], name="idx_prediction_models_type"),
            models.Index(fields=["is_active"], name="idx_prediction_models_active"),
        ]

    def __str__(self):
        return f"{self.name} {self.version}"


class PredictionAccuracy(TimeSeriesModel):
    model = models.ForeignKey(
        PredictionModel, on_delete=models.CASCADE, null=True, related_name="accuracy_records", db_index=False
    )
    prediction_timestamp = models.DateTimeField()
    prediction_target = models.CharField(max_length=100)
    predicted_value = models.JSONField(blank=True)
    actual_value = models.JSONField(null=True, blank=True)
    error_metrics = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    hypertable = Hypertable(time_column="prediction_timestamp", chunk_interval="7 days")

    class Meta:
        db_table = "prediction_accuracy"
        verbose_name_plural = "prediction accuracy"
        ordering = ["-prediction_timestamp"]
        indexes = [
            models.Index(fields=["model"], name="idx_prediction_accuracy_model"),
            models.Index(fields=["prediction_target"], name="idx_prediction_accuracy_target"),
        ]

    def __str__(self):
        return f"{self.prediction_target} at {self.prediction_timestamp:%Y-%m-%d %H:%M}"
