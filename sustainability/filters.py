"""Filter sets of the sustainability API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import CarbonAccounting, ResourceConsumption, SustainabilityMetric, SustainabilityOptimization


class SustainabilityMetricFilterSet(PlatformFilterSet):
    class Meta:
        model = SustainabilityMetric
        fields = (
            "metric_type",
            "location",
            "value",
            "comparison_to_baseline",
            "trend",
        )
        search_fields = ("notes", "location")


class ResourceConsumptionFilterSet(PlatformFilterSet):
    class Meta:
        model = ResourceConsumption
        fields = (
            "resource_type",
            "location",
            "consumption_value",
            "carbon_equivalent",
            "cost",
        )
        search_fields = ("notes", "location")


class SustainabilityOptimizationFilterSet(PlatformFilterSet):
    class Meta:
        model = SustainabilityOptimization
        fields = (
            "created_at",
            "updated_at",
            "optimization_type",
            "target_area",
            "target_resource",
            "target_reduction",
            "status",
            "allowed_interventions",
            "start_time",
            "end_time",
        )
        search_fields = ("target_area",)
        ordering_fields = ("created_at", "updated_at", "start_time", "end_time")


class CarbonAccountingFilterSet(PlatformFilterSet):
    class Meta:
        model = CarbonAccounting
        fields = (
            "updated_at",
            "source_type",
            "location",
            "emissions_value",
            "offset_amount",
            "net_emissions",
            "verification_status",
        )
        search_fields = ("notes", "location")
