from airport_platform.api.serializers import PlatformModelSerializer
from learning import lifecycle
from learning.models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric


class KnowledgeItemSerializer(PlatformModelSerializer):
    class Meta:
        model = KnowledgeItem
        lifecycle = lifecycle.KNOWLEDGE_VALIDATION
        fields = "__all__"


class KnowledgeApplicationSerializer(PlatformModelSerializer):
    class Meta:
        model = KnowledgeApplication
        fields = "__all__"


class KnowledgeSourceSerializer(PlatformModelSerializer):
    class Meta:
        model = KnowledgeSource
        fields = "__all__"


class LearningMetricSerializer(PlatformModelSerializer):
    class Meta:
        model = LearningMetric
        fields = "__all__"
