"""Operating modes, system state and orchestration events in the admin."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db import transaction

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin
from airport_platform.exceptions import PlatformError

from .. import services
from ..models import OperatingMode, OrchestrationEvent, SystemState


class ReasonActionForm(ActionForm):
    reason = forms.CharField(required=False, max_length=4000, help_text="Why (required to activate a mode).")


@admin.register(OperatingMode)
class OperatingModeAdmin(SoftDeletableAdmin):
    """Changed by governance officers; activated by duty managers with a reason
    (orchestration/access.py)."""

    list_display = ("name", "is_active", "version", "updated_at", "updated_by")
    list_filter = ("is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"
    readonly_fields = ("is_active",)  # switched only by "Activate" (one active mode at a time)
    actions = [*SoftDeletableAdmin.actions, "activate_mode"]
    action_form = ReasonActionForm

    def has_activate_permission(self, request):
        return self.has_operation_permission(request, "activate")

    @admin.action(
        description="Activate the selected mode (deactivates the current one)", permissions=["activate"]
    )
    def activate_mode(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one operating mode to activate.", messages.ERROR)
            return
        reason = request.POST.get("reason", "").strip()
        if not reason:
            self.message_user(request, "Give a reason to activate an operating mode.", messages.ERROR)
            return
        try:
            with transaction.atomic():
                mode = services.operating_mode_activate(mode=queryset.get(), user=request.user, reason=reason)
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
