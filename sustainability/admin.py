"""Sustainability tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin, badge

from . import lifecycle, services
from .models import CarbonAccounting, ResourceConsumption, SustainabilityMetric, SustainabilityOptimization


@admin.register(SustainabilityMetric)
class SustainabilityMetricAdmin(TimeSeriesAdmin):
    list_display = ("timestamp", "metric_type", "value", "unit", "location", "source", "trend")
    list_filter = ("metric_type", "trend", "timestamp")
    search_fields = ("location", "source", "notes")


@admin.register(ResourceConsumption)
class ResourceConsumptionAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "resource_type",
        "consumption_value",
        "unit",
        "location",
        "associated_activity",
        "carbon_equivalent",
        "cost",
    )
    list_filter = ("resource_type", "timestamp")
    search_fields = ("location", "associated_activity", "notes")


@admin.register(SustainabilityOptimization)
class SustainabilityOptimizationAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "optimization_type",
        "target_area",
        "target_resource",
        "target_reduction",
        badge("status"),
        "start_time",
        "end_time",
    )
    list_filter = ("status", "optimization_type", "target_resource", "start_time", "created_at")
    search_fields = ("target_area",)
    date_hierarchy = "created_at"
    lifecycle = lifecycle.OPTIMIZATION
    transition_service = staticmethod(services.sustainability_optimization_transition)


@admin.register(CarbonAccounting)
class CarbonAccountingAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "source_type",
        "location",
        "emissions_value",
        "offset_amount",
        "net_emissions",
        badge("verification_status"),
    )
    list_filter = ("source_type", "verification_status", "timestamp")
    search_fields = ("location", "calculation_method", "notes")
