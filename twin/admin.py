"""Predictive twin tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import PlatformInline, SoftDeletableAdmin, TimeSeriesAdmin, badge, related_link

from . import lifecycle, services
from .models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)


class SimulationInterventionInline(PlatformInline):
    model = SimulationIntervention
    fields = ("simulation_time", "intervention_type", "description", "parameters")
    ordering = ("simulation_time",)


@admin.register(SimulationScenario)
class SimulationScenarioAdmin(SoftDeletableAdmin):
    list_display = (
        "name",
        badge("status"),
        "base_timestamp",
        "duration_minutes",
        "is_template",
        "created_by",
    )
    list_filter = ("status", "is_template", "base_timestamp")
    search_fields = ("name", "description")
    date_hierarchy = "base_timestamp"
    inlines = (SimulationInterventionInline,)
    lifecycle = lifecycle.SCENARIO
    transition_service = staticmethod(services.simulation_scenario_transition)


@admin.register(SimulationState)
class SimulationStateAdmin(TimeSeriesAdmin):
    list_display = ("simulation_time", related_link("scenario"), "timestamp")
    list_filter = ("simulation_time", "timestamp")
    search_uuid_fields = ("scenario",)


@admin.register(SimulationIntervention)
class SimulationInterventionAdmin(SoftDeletableAdmin):
    list_display = ("__str__", related_link("scenario"), "intervention_type", "simulation_time", "created_at")
    list_filter = ("intervention_type", "simulation_time")
    search_fields = ("description",)
    search_uuid_fields = ("scenario",)
    date_hierarchy = "simulation_time"


@admin.register(PredictionModel)
class PredictionModelAdmin(SoftDeletableAdmin):
    list_display = ("name", "version", "model_type", "is_active", "last_updated", "updated_at")
    list_filter = ("model_type", "is_active", "last_updated", "created_at")
    search_fields = ("name", "version", "description")
    date_hierarchy = "created_at"


@admin.register(PredictionAccuracy)
class PredictionAccuracyAdmin(TimeSeriesAdmin):
    list_display = ("prediction_timestamp", related_link("model"), "prediction_target", "created_at")
    list_filter = ("prediction_timestamp",)
    search_fields = ("prediction_target", "notes")
    search_uuid_fields = ("model",)
