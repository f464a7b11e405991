from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from governance import filters
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy
from governance.selectors import policy_dry_run

from . import serializers


class EthicalPrincipleViewSet(PlatformViewSet):
    queryset = EthicalPrinciple.objects.all()
    serializer_class = serializers.EthicalPrincipleSerializer
    filterset_class = filters.EthicalPrincipleFilterSet


class GovernancePolicyViewSet(PlatformViewSet):
    queryset = GovernancePolicy.objects.all()
    serializer_class = serializers.GovernancePolicySerializer
    filterset_class = filters.GovernancePolicyFilterSet

    @extend_schema(request=serializers.DryRunSerializer, responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["post"], url_path="dry-run", url_name="dry-run")
    def dry_run(self, request, *args, **kwargs):
        """Evaluate this policy (active or not) against the last N decisions and report what it
        would have changed. Writes nothing."""
        body = serializers.DryRunSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return Response(policy_dry_run(policy=self.get_object(), **body.validated_data))

    dry_run.operation = "view"  # a read of what would happen: whoever may read policies may ask


class DecisionAuditViewSet(PlatformViewSet):
    queryset = DecisionAudit.objects.all()
    serializer_class = serializers.DecisionAuditSerializer
    filterset_class = filters.DecisionAuditFilterSet


class FairnessMetricViewSet(TimeSeriesViewSet):
    queryset = FairnessMetric.objects.all()
    serializer_class = serializers.FairnessMetricSerializer
    filterset_class = filters.FairnessMetricFilterSet
