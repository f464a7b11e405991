"""Orchestration tables in the admin: declarations only (behaviour: airport_platform/admin.py)."""

from django.contrib import admin

from airport_platform.admin import (
    PlatformInline,
    ReadOnlyInline,
    SoftDeletableAdmin,
    TimeSeriesAdmin,
    badge,
    related_link,
)

from .models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)


@admin.register(OperatingMode)
class OperatingModeAdmin(SoftDeletableAdmin):
    list_display = ("name", "is_active", "version", "updated_at", "updated_by")
    list_filter = ("is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"


class ActionInline(PlatformInline):
    model = Action
    fields = (
        "execution_order",
        "type",
        "domain",
        "status",
        "description",
        "parameters",
        "started_at",
        "completed_at",
    )
    ordering = ("execution_order",)


class ApprovalInline(ReadOnlyInline):
    # Listed only: an approval is decided on its own page (and, later, by the approval service),
    # not edited in bulk from its decision.
    model = Approval
    fields = ("status", "approved_by", "approved_at", "expires_at", "notes")
    ordering = ("-created_at",)


@admin.register(Decision)
class DecisionAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "type",
        badge("status"),
        badge("priority"),
        "confidence",
        "risk",
        "operating_mode",
        "initiated_at",
        "requested_by",
    )
    list_filter = ("status", "type", "priority", "operating_mode", "initiated_at")
    search_fields = ("description", "requested_by")
    search_uuid_fields = ("correlation_id",)
    date_hierarchy = "initiated_at"
    inlines = (ActionInline, ApprovalInline)
    large_table = True


@admin.register(Action)
class ActionAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("decision"),
        "type",
        "domain",
        badge("status"),
        "execution_order",
        "started_at",
        "completed_at",
    )
    list_filter = ("status", "type", "domain", "created_at")
    search_fields = ("description",)
    search_uuid_fields = ("decision",)
    date_hierarchy = "created_at"
    large_table = True


@admin.register(DecisionDependency)
class DecisionDependencyAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("dependent_decision"),
        "dependency_type",
        related_link("dependency_decision"),
        "created_at",
    )
    list_filter = ("dependency_type", "created_at")
    search_uuid_fields = ("dependent_decision", "dependency_decision")
    date_hierarchy = "created_at"
    large_table = True


@admin.register(ActionDependency)
class ActionDependencyAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("dependent_action"),
        "dependency_type",
        related_link("dependency_action"),
        "created_at",
    )
    list_filter = ("dependency_type", "created_at")
    search_uuid_fields = ("dependent_action", "dependency_action")
    date_hierarchy = "created_at"
    large_table = True


@admin.register(Approval)
class ApprovalAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("decision"),
        badge("status"),
        "approved_by",
        "approved_at",
        "expires_at",
    )
    list_filter = ("status", "expires_at", "created_at")
    search_fields = ("notes", "approved_by")
    search_uuid_fields = ("decision",)
    date_hierarchy = "created_at"
    large_table = True


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
