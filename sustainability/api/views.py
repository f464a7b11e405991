from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from sustainability import filters, lifecycle, services
from sustainability.models import (
    CarbonAccounting,
    ResourceConsumption,
    SustainabilityMetric,
    SustainabilityOptimization,
)

from . import serializers
from .examples import sustainability_metric_examples


@sustainability_metric_examples
class SustainabilityMetricViewSet(TimeSeriesViewSet):
    queryset = SustainabilityMetric.objects.all()
    serializer_class = serializers.SustainabilityMetricSerializer
    filterset_class = filters.SustainabilityMetricFilterSet


class ResourceConsumptionViewSet(TimeSeriesViewSet):
    queryset = ResourceConsumption.objects.all()
    serializer_class = serializers.ResourceConsumptionSerializer
    filterset_class = filters.ResourceConsumptionFilterSet


class SustainabilityOptimizationViewSet(PlatformViewSet):
    queryset = SustainabilityOptimization.objects.all()
    serializer_class = serializers.SustainabilityOptimizationSerializer
    filterset_class = filters.SustainabilityOptimizationFilterSet
    lifecycle = lifecycle.OPTIMIZATION
    transition_service = staticmethod(services.sustainability_optimization_transition)


class CarbonAccountingViewSet(TimeSeriesViewSet):
    queryset = CarbonAccounting.objects.all()
    serializer_class = serializers.CarbonAccountingSerializer
    filterset_class = filters.CarbonAccountingFilterSet
