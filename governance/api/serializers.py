from airport_platform.api.serializers import PlatformModelSerializer
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy


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
