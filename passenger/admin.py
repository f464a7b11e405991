"""Passenger experience tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin, badge, related_link

from . import lifecycle, services
from .models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney


@admin.register(PassengerJourney)
class PassengerJourneyAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        badge("journey_status"),
        "passenger_type",
        "current_stage",
        "current_location",
        "start_time",
        "end_time",
        "is_active",
    )
    list_filter = ("journey_status", "passenger_type", "current_stage", "is_active", "start_time")
    search_fields = ("current_location",)
    date_hierarchy = "start_time"
    large_table = True
    lifecycle = lifecycle.JOURNEY
    transition_service = staticmethod(services.passenger_journey_transition)


@admin.register(JourneyTouchpoint)
class JourneyTouchpointAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "touchpoint_type",
        related_link("journey"),
        "location",
        "outcome",
        "duration_seconds",
        "satisfaction_score",
    )
    list_filter = ("touchpoint_type", "outcome", "timestamp")
    search_fields = ("location", "notes")
    search_uuid_fields = ("journey",)


@admin.register(JourneyIntervention)
class JourneyInterventionAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "intervention_type",
        badge("status"),
        badge("priority"),
        "scheduled_for",
        "executed_at",
        "created_by",
    )
    list_filter = ("status", "intervention_type", "priority", "scheduled_for", "created_at")
    search_fields = ("description", "notes")
    date_hierarchy = "created_at"
    lifecycle = lifecycle.INTERVENTION
    transition_service = staticmethod(services.journey_intervention_transition)


@admin.register(ExperienceMetric)
class ExperienceMetricAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "metric_type",
        "value",
        "location",
        "passenger_type",
        "aggregation_period",
        "sample_size",
    )
    list_filter = ("metric_type", "passenger_type", "aggregation_period", "timestamp")
    search_fields = ("location", "notes")
