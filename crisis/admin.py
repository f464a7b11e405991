"""Crisis management tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import PlatformInline, SoftDeletableAdmin, badge, related_link
from airport_platform.models.expressions import choice_rank

from . import lifecycle, services
from .models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario


class CrisisActionInline(PlatformInline):
    model = CrisisAction
    fields = ("action_type", "urgency", "status", "owner", "description", "assigned_at", "completed_at")
    readonly_fields = (lifecycle.ACTION.field, *lifecycle.ACTION.read_only_fields)  # moved on its own page

    def get_queryset(self, request):
        # Most urgent first (immediate, high, normal, low), then the oldest.
        return super().get_queryset(request).order_by(choice_rank(CrisisAction, "urgency"), "created_at")


class CrisisCommunicationInline(PlatformInline):
    model = CrisisCommunication
    fields = ("communication_type", "status", "audience", "channels", "content", "sent_at")
    readonly_fields = (lifecycle.COMMUNICATION.field, *lifecycle.COMMUNICATION.read_only_fields)
    ordering = ("-created_at",)


@admin.register(CrisisScenario)
class CrisisScenarioAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "scenario_type",
        badge("severity"),
        badge("status"),
        "is_simulation",
        "started_at",
        "ended_at",
    )
    list_filter = ("status", "severity", "scenario_type", "is_simulation", "started_at")
    search_fields = ("description",)
    date_hierarchy = "started_at"
    inlines = (CrisisActionInline, CrisisCommunicationInline)
    lifecycle = lifecycle.SCENARIO
    transition_service = staticmethod(services.crisis_scenario_transition)


@admin.register(CrisisAction)
class CrisisActionAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("scenario"),
        "action_type",
        badge("urgency"),
        badge("status"),
        "owner",
        "assigned_at",
        "completed_at",
    )
    list_filter = ("status", "urgency", "action_type", "created_at")
    search_fields = ("description", "owner")
    search_uuid_fields = ("scenario",)
    date_hierarchy = "created_at"
    lifecycle = lifecycle.ACTION
    transition_service = staticmethod(services.crisis_action_transition)


@admin.register(CrisisCommunication)
class CrisisCommunicationAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("scenario"),
        "communication_type",
        badge("status"),
        "audience",
        "sent_at",
        "sent_by",
    )
    list_filter = ("status", "communication_type", "sent_at", "created_at")
    search_fields = ("content", "audience", "sent_by")
    search_uuid_fields = ("scenario",)
    date_hierarchy = "created_at"
    lifecycle = lifecycle.COMMUNICATION
    transition_service = staticmethod(services.crisis_communication_transition)


@admin.register(CrisisResource)
class CrisisResourceAdmin(SoftDeletableAdmin):
    list_display = ("name", "resource_type", badge("status"), "location", "updated_at")
    list_filter = ("status", "resource_type", "location", "updated_at")
    search_fields = ("name", "description", "location", "notes")
    date_hierarchy = "created_at"
    lifecycle = lifecycle.RESOURCE
    transition_service = staticmethod(services.crisis_resource_transition)
