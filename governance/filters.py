"""Filter sets of the ethics & governance API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy


class EthicalPrincipleFilterSet(PlatformFilterSet):
    class Meta:
        model = EthicalPrinciple
        fields = ("created_at", "updated_at", "priority", "category", "is_active")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at", "priority")


class GovernancePolicyFilterSet(PlatformFilterSet):
    class Meta:
        model = GovernancePolicy
        fields = (
            "created_at",
            "updated_at",
            "policy_type",
            "affected_domains",
            "implementation_level",
            "is_active",
        )
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at")


class DecisionAuditFilterSet(PlatformFilterSet):
    class Meta:
        model = DecisionAudit
        fields = ("created_at", "decision", "timestamp", "audit_type", "compliance_status")
        search_fields = ("notes",)
        ordering_fields = ("created_at", "timestamp")


class FairnessMetricFilterSet(PlatformFilterSet):
    class Meta:
        model = FairnessMetric
        fields = (
            "metric_type",
            "domain",
            "affected_group",
            "value",
            "baseline_comparison",
            "threshold_status",
            "sample_size",
        )
        search_fields = ("notes", "affected_group")
