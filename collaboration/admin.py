"""Human-AI collaboration tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

from django.contrib import admin

from airport_platform.admin import PlatformInline, SoftDeletableAdmin, badge, related_link

from . import lifecycle, services
from .models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback


class CollaborationArtifactInline(PlatformInline):
    model = CollaborationArtifact
    fields = ("artifact_type", "name", "description", "content")
    ordering = ("-created_at",)


@admin.register(CollaborationSession)
class CollaborationSessionAdmin(SoftDeletableAdmin):
    list_display = ("__str__", "session_type", badge("status"), "initiated_by", "started_at", "ended_at")
    list_filter = ("status", "session_type", "started_at")
    search_fields = ("description", "initiated_by")
    date_hierarchy = "started_at"
    inlines = (CollaborationArtifactInline,)
    lifecycle = lifecycle.SESSION
    transition_service = staticmethod(services.collaboration_session_transition)


@admin.register(CollaborationArtifact)
class CollaborationArtifactAdmin(SoftDeletableAdmin):
    list_display = ("name", "artifact_type", related_link("session"), "version", "created_by", "updated_at")
    list_filter = ("artifact_type", "created_at")
    search_fields = ("name", "description")
    search_uuid_fields = ("session",)
    date_hierarchy = "created_at"


@admin.register(AIExplanation)
class AIExplanationAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "entity_type",
        "entity_id",
        "explanation_format",
        "audience_level",
        "confidence_score",
        "created_at",
    )
    list_filter = ("entity_type", "explanation_format", "audience_level", "created_at")
    search_fields = ("summary", "content")
    search_uuid_fields = ("entity_id",)
    date_hierarchy = "created_at"
    large_table = True


@admin.register(HumanFeedback)
class HumanFeedbackAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        "entity_type",
        "entity_id",
        "feedback_type",
        "rating",
        "provided_by",
        "created_at",
    )
    list_filter = ("feedback_type", "entity_type", "rating", "created_at")
    search_fields = ("comments", "provided_by")
    search_uuid_fields = ("entity_id",)
    date_hierarchy = "created_at"
    large_table = True
