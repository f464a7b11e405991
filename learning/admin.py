"""Learning transfer tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import SoftDeletableAdmin, TimeSeriesAdmin, badge, related_link

from . import lifecycle, services
from .models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric


@admin.register(KnowledgeItem)
class KnowledgeItemAdmin(SoftDeletableAdmin):
    list_display = (
        "title",
        "item_type",
        "source_domain",
        badge("validation_status"),
        "confidence_score",
        "version",
        "updated_at",
    )
    list_filter = ("item_type", "validation_status", "source_domain", "created_at")
    search_fields = ("title", "description")
    date_hierarchy = "created_at"
    lifecycle = lifecycle.KNOWLEDGE_VALIDATION
    transition_service = staticmethod(services.knowledge_item_transition)


@admin.register(KnowledgeApplication)
class KnowledgeApplicationAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("knowledge_item"),
        "target_domain",
        "success_rating",
        "application_timestamp",
    )
    list_filter = ("target_domain", "success_rating", "application_timestamp")
    search_fields = ("notes",)
    search_uuid_fields = ("knowledge_item",)
    date_hierarchy = "application_timestamp"
    large_table = True


@admin.register(KnowledgeSource)
class KnowledgeSourceAdmin(SoftDeletableAdmin):
    list_display = ("name", "source_type", "reliability_score", "updated_at")
    list_filter = ("source_type", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"


@admin.register(LearningMetric)
class LearningMetricAdmin(TimeSeriesAdmin):
    list_display = ("timestamp", "metric_type", "domain", "value")
    list_filter = ("metric_type", "domain", "timestamp")
    search_fields = ("notes",)
