from airport_platform.api.serializers import PlatformModelSerializer
from sustainability import lifecycle
from sustainability.models import (
    CarbonAccounting,
    ResourceConsumption,
    SustainabilityMetric,
    SustainabilityOptimization,
)


class SustainabilityMetricSerializer(PlatformModelSerializer):
    class Meta:
        model = SustainabilityMetric
        fields = "__all__"


class ResourceConsumptionSerializer(PlatformModelSerializer):
    class Meta:
        model = ResourceConsumption
        fields = "__all__"


class SustainabilityOptimizationSerializer(PlatformModelSerializer):
    class Meta:
        model = SustainabilityOptimization
        lifecycle = lifecycle.OPTIMIZATION
        fields = "__all__"


class CarbonAccountingSerializer(PlatformModelSerializer):
    class Meta:
        model = CarbonAccounting
        fields = "__all__"
