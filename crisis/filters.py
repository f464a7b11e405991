"""Filter sets of the crisis management API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario


class CrisisScenarioFilterSet(PlatformFilterSet):
    class Meta:
        model = CrisisScenario
        fields = (
            "created_at",
            "updated_at",
            "scenario_type",
            "severity",
            "affected_systems",
            "status",
            "is_simulation",
            "started_at",
            "ended_at",
        )
        search_fields = ("description",)
        ordering_fields = ("created_at", "updated_at", "started_at", "ended_at", "severity")


class CrisisActionFilterSet(PlatformFilterSet):
    class Meta:
        model = CrisisAction
        fields = (
            "created_at",
            "updated_at",
            "scenario",
            "action_type",
            "urgency",
            "status",
            "assigned_at",
            "completed_at",
        )
        search_fields = ("description",)
        ordering_fields = ("created_at", "updated_at", "assigned_at", "completed_at", "urgency")


class CrisisCommunicationFilterSet(PlatformFilterSet):
    class Meta:
        model = CrisisCommunication
        fields = (
            "created_at",
            "updated_at",
            "scenario",
            "communication_type",
            "channels",
            "status",
            "sent_at",
        )
        search_fields = ("content", "audience")
        ordering_fields = ("created_at", "updated_at", "sent_at")


class CrisisResourceFilterSet(PlatformFilterSet):
    class Meta:
        model = CrisisResource
        fields = ("created_at", "updated_at", "resource_type", "location", "status")
        search_fields = ("name", "description", "notes", "location")
        ordering_fields = ("created_at", "updated_at")
