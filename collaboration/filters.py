"""Filter sets of the human-ai collaboration API: which columns can be filtered, searched and ordered."""

from airport_platform.api.filters import PlatformFilterSet

from .models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback


class CollaborationSessionFilterSet(PlatformFilterSet):
    class Meta:
        model = CollaborationSession
        fields = ("created_at", "updated_at", "session_type", "status", "started_at", "ended_at")
        search_fields = ("description",)
        ordering_fields = ("created_at", "updated_at", "started_at", "ended_at")


class CollaborationArtifactFilterSet(PlatformFilterSet):
    class Meta:
        model = CollaborationArtifact
        fields = ("created_at", "updated_at", "session", "artifact_type")
        search_fields = ("name", "description")
        ordering_fields = ("created_at", "updated_at")


class AIExplanationFilterSet(PlatformFilterSet):
    class Meta:
        model = AIExplanation
        fields = (
            "created_at",
            "entity_id",
            "entity_type",
            "explanation_format",
            "audience_level",
            "confidence_score",
        )
        search_fields = ("content", "summary")
        ordering_fields = ("created_at",)


class HumanFeedbackFilterSet(PlatformFilterSet):
    class Meta:
        model = HumanFeedback
        fields = ("created_at", "entity_id", "entity_type", "feedback_type", "rating")
        search_fields = ("comments",)
        ordering_fields = ("created_at",)
