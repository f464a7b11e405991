from airport_platform.api.serializers import PlatformModelSerializer
from collaboration import lifecycle
from collaboration.models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback


class CollaborationSessionSerializer(PlatformModelSerializer):
    class Meta:
        model = CollaborationSession
        lifecycle = lifecycle.SESSION
        fields = "__all__"


class CollaborationArtifactSerializer(PlatformModelSerializer):
    class Meta:
        model = CollaborationArtifact
        fields = "__all__"


class AIExplanationSerializer(PlatformModelSerializer):
    class Meta:
        model = AIExplanation
        fields = "__all__"
        entity_reference = ("entity_type", "entity_id")


class HumanFeedbackSerializer(PlatformModelSerializer):
    class Meta:
        model = HumanFeedback
        fields = "__all__"
        entity_reference = ("entity_type", "entity_id")
