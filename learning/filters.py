"""Filter sets of the learning transfer API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric


class KnowledgeItemFilterSet(PlatformFilterSet):
    class Meta:
        model = KnowledgeItem
        fields = (
            "created_at",
            "updated_at",
            "item_type",
            "source_domain",
            "applicable_domains",
            "confidence_score",
            "validation_status",
            "tags",
        )
        search_fields = ("title", "description")
        ordering_fields = ("created_at", "updated_at")


class KnowledgeApplicationFilterSet(PlatformFilterSet):
    class Meta:
        model = KnowledgeApplication
        fields = ("created_at", "knowledge_item", "target_domain", "application_timestamp", "success_rating")
        search_fields = ("notes",)
        ordering_fields = ("created_at", "application_timestamp")


class KnowledgeSourceFilterSet(PlatformFilterSet):
    class Meta:
        model = KnowledgeSource
        fields = ("created_at", "updated_at", "source_type", "reliability_score")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at")


class LearningMetricFilterSet(PlatformFilterSet):
    class Meta:
        model = LearningMetric
        fields = ("metric_type", "domain", "value")
        search_fields = ("notes",)
