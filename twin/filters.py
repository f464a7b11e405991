"""Filter sets of the predictive airport twin API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)


class SimulationScenarioFilterSet(PlatformFilterSet):
    class Meta:
        model = SimulationScenario
        fields = ("created_at", "updated_at", "base_timestamp", "duration_minutes", "status", "is_template")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at", "base_timestamp")


class SimulationStateFilterSet(PlatformFilterSet):
    class Meta:
        model = SimulationState
        fields = ("scenario", "timestamp", "simulation_time")


class SimulationInterventionFilterSet(PlatformFilterSet):
    class Meta:
        model = SimulationIntervention
        fields = ("created_at", "scenario", "intervention_type", "simulation_time")
        search_fields = ("description",)
        ordering_fields = ("created_at", "simulation_time")


class PredictionModelFilterSet(PlatformFilterSet):
    class Meta:
        model = PredictionModel
        fields = ("created_at", "updated_at", "model_type", "last_updated", "is_active")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at", "last_updated")


class PredictionAccuracyFilterSet(PlatformFilterSet):
    class Meta:
        model = PredictionAccuracy
        fields = ("model", "prediction_target")
        search_fields = ("notes", "prediction_target")
