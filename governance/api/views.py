from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from governance import filters
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy

from . import serializers


class EthicalPrincipleViewSet(PlatformViewSet):
    queryset = EthicalPrinciple.objects.all()
    serializer_class = serializers.EthicalPrincipleSerializer
    filterset_class = filters.EthicalPrincipleFilterSet


class GovernancePolicyViewSet(PlatformViewSet):
    queryset = GovernancePolicy.objects.all()
    serializer_class = serializers.GovernancePolicySerializer
    filterset_class = filters.GovernancePolicyFilterSet


class DecisionAuditViewSet(PlatformViewSet):
    queryset = DecisionAudit.objects.all()
    serializer_class = serializers.DecisionAuditSerializer
    filterset_class = filters.DecisionAuditFilterSet


class FairnessMetricViewSet(TimeSeriesViewSet):
    queryset = FairnessMetric.objects.all()
    serializer_class = serializers.FairnessMetricSerializer
    filterset_class = filters.FairnessMetricFilterSet
