"""Ethics & governance tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin, badge, related_link

from .models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy


@admin.register(EthicalPrinciple)
class EthicalPrincipleAdmin(SoftDeletableAdmin):
    list_display = ("name", "category", "priority", "is_active", "version", "updated_at")
    list_filter = ("category", "is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"


@admin.register(GovernancePolicy)
class GovernancePolicyAdmin(SoftDeletableAdmin):
    list_display = (
        "name",
        "policy_type",
        "implementation_level",
        "is_active",
        "version",
        "updated_by",
        "updated_at",
    )
    list_filter = ("policy_type", "implementation_level", "is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"


@admin.register(DecisionAudit)
class DecisionAuditAdmin(SoftDeletableAdmin):
    list_display = (
        "timestamp",
        # By id, without a join: audits outlive their decision (no foreign key constraint), and
        # an INNER JOIN on the non-null key would hide the audits of decisions that are gone.
        related_link("decision", by_id=True),
        "audit_type",
        badge("compliance_status"),
        "audited_by",
    )
    list_filter = ("compliance_status", "audit_type", "timestamp")
    search_fields = ("recommendations", "notes", "audited_by")
    search_uuid_fields = ("decision",)
    date_hierarchy = "timestamp"
    large_table = True


@admin.register(FairnessMetric)
class FairnessMetricAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "metric_type",
        "domain",
        "affected_group",
        "value",
        "baseline_comparison",
        badge("threshold_status"),
    )
    list_filter = ("metric_type", "domain", "threshold_status", "timestamp")
    search_fields = ("affected_group", "notes")
