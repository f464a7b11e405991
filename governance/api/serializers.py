from rest_framework import serializers

from airport_platform.api.serializers import PlatformModelSerializer
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy
from governance.selectors import DRY_RUN_DEFAULT, DRY_RUN_MAX


class EthicalPrincipleSerializer(PlatformModelSerializer):
    class Meta:
        model = EthicalPrinciple
        fields = "__all__"


class GovernancePolicySerializer(PlatformModelSerializer):
    class Meta:
        model = GovernancePolicy
        fields = "__all__"


class DecisionAuditSerializer(PlatformModelSerializer):
    class Meta:
        model = DecisionAudit
        fields = "__all__"


class FairnessMetricSerializer(PlatformModelSerializer):
    class Meta:
        model = FairnessMetric
        fields = "__all__"


class DryRunSerializer(serializers.Serializer):
    last = serializers.IntegerField(
        min_value=1, max_value=DRY_RUN_MAX, default=DRY_RUN_DEFAULT, help_text="How many recent decisions"
    )
