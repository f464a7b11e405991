from airport_platform.api.views import PlatformViewSet
from collaboration import filters, lifecycle, services
from collaboration.models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback

from . import serializers


class CollaborationSessionViewSet(PlatformViewSet):
    queryset = CollaborationSession.objects.all()
    serializer_class = serializers.CollaborationSessionSerializer
    filterset_class = filters.CollaborationSessionFilterSet
    lifecycle = lifecycle.SESSION
    transition_service = staticmethod(services.collaboration_session_transition)


class CollaborationArtifactViewSet(PlatformViewSet):
    queryset = CollaborationArtifact.objects.all()
    serializer_class = serializers.CollaborationArtifactSerializer
    filterset_class = filters.CollaborationArtifactFilterSet


class AIExplanationViewSet(PlatformViewSet):
    queryset = AIExplanation.objects.all()
    serializer_class = serializers.AIExplanationSerializer
    filterset_class = filters.AIExplanationFilterSet


class HumanFeedbackViewSet(PlatformViewSet):
    queryset = HumanFeedback.objects.all()
    serializer_class = serializers.HumanFeedbackSerializer
    filterset_class = filters.HumanFeedbackFilterSet
