from django.db import models


class SessionType(models.TextChoices):
    DECISION_REVIEW = "decision_review", "Decision review"
    INCIDENT_RESPONSE = "incident_response", "Incident response"
    OPERATIONS_PLANNING = "operations_planning", "Operations planning"
    SIMULATION_REVIEW = "simulation_review", "Simulation review"
    TRAINING = "training", "Training"


class SessionStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    COMPLETED = "completed", "Completed"
    ABANDONED = "abandoned", "Abandoned"


class ArtifactType(models.TextChoices):
    NOTE = "note", "Note"
    ANNOTATION = "annotation", "Annotation"
    PLAN = "plan", "Plan"
    DECISION_DRAFT = "decision_draft", "Decision draft"
    WHITEBOARD = "whiteboard", "Whiteboard"
    REPORT = "report", "Report"


class ExplanationFormat(models.TextChoices):
    NARRATIVE = "narrative", "Narrative text"
    FEATURE_IMPORTANCE = "feature_importance", "Feature importance"
    COUNTERFACTUAL = "counterfactual", "Counterfactual"
    RULE_TRACE = "rule_trace", "Rule trace"
    VISUALIZATION = "visualization", "Visualization"


class AudienceLevel(models.TextChoices):
    GENERAL = "general", "General"
    OPERATOR = "operator", "Operator"
    TECHNICAL = "technical", "Technical"
    EXECUTIVE = "executive", "Executive"
    REGULATOR = "regulator", "Regulator"


class FeedbackType(models.TextChoices):
    APPROVAL_REASON = "approval_reason", "Approval reason"
    REJECTION_REASON = "rejection_reason", "Rejection reason"
    CORRECTION = "correction", "Correction"
    RATING = "rating", "Rating"
    COMMENT = "comment", "Comment"
