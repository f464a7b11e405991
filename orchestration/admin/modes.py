"""Operating modes, system state and orchestration events in the admin."""

from django.contrib import admin, messages
from django.db import transaction

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin
from airport_platform.exceptions import PlatformError

from .. import services
from ..models import OperatingMode, OrchestrationEvent, SystemState


@admin.register(OperatingMode)
class OperatingModeAdmin(SoftDeletableAdmin):
    list_display = ("name", "is_active", "version", "updated_at", "updated_by")
    list_filter = ("is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"
    readonly_fields = ("is_active",)  # switched only by "Activate" (one active mode at a time)
    actions = [*SoftDeletableAdmin.actions, "activate_mode"]

    @admin.action(
        description="Activate the selected mode (deactivates the current one)", permissions=["change"]
    )
    def activate_mode(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one operating mode to activate.", messages.ERROR)
            return
        try:
            with transaction.atomic():
                mode = services.operating_mode_activate(
                    mode=queryset.get(), user=request.user, reason="admin"
                )
        except PlatformError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, f"{mode.name} is now the active operating mode.", messages.SUCCESS)


@admin.register(SystemState)
class SystemStateAdmin(TimeSeriesAdmin):
    list_display = ("timestamp", "operating_mode", "created_at")
    list_filter = ("operating_mode", "timestamp")


@admin.register(OrchestrationEvent)
class OrchestrationEventAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "event_type",
        "source",
        "related_entity_type",
        "related_entity_id",
        "correlation_id",
    )
    list_filter = ("event_type", "related_entity_type", "timestamp")
    search_fields = ("source",)
    search_uuid_fields = ("related_entity_id", "correlation_id")
