from airport_platform.api.views import PlatformViewSet, TimeSeriesViewSet
from learning import filters, lifecycle, services
from learning.models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric

from . import serializers


class KnowledgeItemViewSet(PlatformViewSet):
    queryset = KnowledgeItem.objects.all()
    serializer_class = serializers.KnowledgeItemSerializer
    filterset_class = filters.KnowledgeItemFilterSet
    lifecycle = lifecycle.KNOWLEDGE_VALIDATION
    transition_service = staticmethod(services.knowledge_item_transition)


class KnowledgeApplicationViewSet(PlatformViewSet):
    queryset = KnowledgeApplication.objects.all()
    serializer_class = serializers.KnowledgeApplicationSerializer
    filterset_class = filters.KnowledgeApplicationFilterSet


class KnowledgeSourceViewSet(PlatformViewSet):
    queryset = KnowledgeSource.objects.all()
    serializer_class = serializers.KnowledgeSourceSerializer
    filterset_class = filters.KnowledgeSourceFilterSet


class LearningMetricViewSet(TimeSeriesViewSet):
    queryset = LearningMetric.objects.all()
    serializer_class = serializers.LearningMetricSerializer
    filterset_class = filters.LearningMetricFilterSet
