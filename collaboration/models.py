"""Human-AI collaboration schema (spec 4.5)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from airport_platform.choices import EntityType
from airport_platform.models import Authorship, EntityModel, RecordModel, Versioned
from airport_platform.models.functions import Now

from .choices import ArtifactType, AudienceLevel, ExplanationFormat, FeedbackType, SessionStatus, SessionType


class CollaborationSession(EntityModel):
    session_type = models.CharField(max_length=50, choices=SessionType.choices)
    description = models.TextField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=SessionStatus.choices, default=SessionStatus.ACTIVE)
    started_at = models.DateTimeField(default=timezone.now, db_default=Now(), null=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    initiated_by = models.CharField(max_length=100, null=True, blank=True)
    participants = models.JSONField(null=True, blank=True)
    metrics = models.JSONField(null=True, blank=True)
    workspace_data = models.JSONField(null=True, blank=True)

    author_fields_on_create = ("initiated_by",)

    ordered_times = (("started_at", "ended_at"),)

    class Meta:
        db_table = "collaboration_sessions"
        ordering = ["-started_at"]
        indexes = [
            models.Index(fields=["status"], name="idx_collaboration_sessions_status"),
            models.Index(fields=["session_type"], name="idx_collaboration_sessions_type"),
            models.Index(fields=["started_at", "ended_at"], name="idx_collaboration_sessions_times"),
        ]

    def __str__(self):
        return f"{self.get_session_type_display()} ({self.get_status_display()})"


class CollaborationArtifact(Authorship, Versioned, EntityModel):
    session = models.ForeignKey(
        CollaborationSession, on_delete=models.CASCADE, null=True, related_name="artifacts", db_index=False
    )
    artifact_type = models.CharField(max_length=50, choices=ArtifactType.choices)
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    content = models.JSONField(blank=True)

    class Meta:
        db_table = "collaboration_artifacts"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["session"], name="idx_collaboration_artifacts_session"),
            models.Index(fields=["artifact_type"], name="idx_collaboration_artifacts_type"),
        ]

    def __str__(self):
        return self.name


class AIExplanation(RecordModel):
    entity_id = models.UUIDField()
    entity_type = models.CharField(max_length=50, choices=EntityType.choices)
    explanation_format = models.CharField(max_length=50, choices=ExplanationFormat.choices)
    content = models.TextField()
    summary = models.TextField(null=True, blank=True)
    audience_level = models.CharField(
        max_length=20,
        choices=AudienceLevel.choices,
        default=AudienceLevel.GENERAL,
        db_default=AudienceLevel.GENERAL.value,
        null=True,
        blank=True,
    )
    confidence_score = models.DecimalField(
        max_digits=5,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )

    class Meta:
        db_table = "ai_explanations"
        verbose_name = "AI explanation"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["entity_id", "entity_type"], name="idx_ai_explanations_entity"),
            models.Index(fields=["explanation_format"], name="idx_ai_explanations_format"),
        ]

    def __str__(self):
        return self.summary or f"{self.get_explanation_format_display()} for {self.entity_type}"


class HumanFeedback(RecordModel):
    entity_id = models.UUIDField()
    entity_type = models.CharField(max_length=50, choices=EntityType.choices)
    feedback_type = models.CharField(max_length=50, choices=FeedbackType.choices)
    rating = models.IntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)], help_text="1 to 5"
    )
    comments = models.TextField(null=True, blank=True)
    provided_by = models.CharField(max_length=100)

    author_fields_on_create = ("provided_by",)

    class Meta:
        db_table = "human_feedback"
        verbose_name_plural = "human feedback"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["entity_id", "entity_type"], name="idx_human_feedback_entity"),
            models.Index(fields=["feedback_type"], name="idx_human_feedback_type"),
        ]

    def __str__(self):
        return f"{self.get_feedback_type_display()} by {self.provided_by}"
