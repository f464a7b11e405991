"""Filter sets of the passenger experience API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney


class PassengerJourneyFilterSet(PlatformFilterSet):
    class Meta:
        model = PassengerJourney
        fields = (
            "created_at",
            "updated_at",
            "passenger_id",
            "journey_status",
            "passenger_type",
            "start_time",
            "end_time",
            "current_stage",
            "is_active",
        )
        search_fields = ("current_location",)
        ordering_fields = ("created_at", "updated_at", "start_time", "end_time")


class JourneyTouchpointFilterSet(PlatformFilterSet):
    class Meta:
        model = JourneyTouchpoint
        fields = (
            "journey",
            "touchpoint_type",
            "duration_seconds",
            "outcome",
            "satisfaction_score",
        )
        search_fields = ("notes", "location")


class JourneyInterventionFilterSet(PlatformFilterSet):
    class Meta:
        model = JourneyIntervention
        fields = (
            "created_at",
            "intervention_type",
            "affected_journeys",
            "priority",
            "status",
            "scheduled_for",
            "executed_at",
        )
        search_fields = ("description", "notes")
        ordering_fields = ("created_at", "scheduled_for", "executed_at", "priority")


class ExperienceMetricFilterSet(PlatformFilterSet):
    class Meta:
        model = ExperienceMetric
        fields = (
            "metric_type",
            "location",
            "passenger_type",
            "value",
            "sample_size",
            "aggregation_period",
        )
        search_fields = ("notes", "location")
