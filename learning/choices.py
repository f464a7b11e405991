from django.db import models


class KnowledgeItemType(models.TextChoices):
    PATTERN = "pattern", "Pattern"
    RULE = "rule", "Rule"
    MODEL_INSIGHT = "model_insight", "Model insight"
    BEST_PRACTICE = "best_practice", "Best practice"
    LESSON_LEARNED = "lesson_learned", "Lesson learned"
    HEURISTIC = "heuristic", "Heuristic"


class ValidationStatus(models.TextChoices):
    UNVALIDATED = "unvalidated", "Unvalidated"
    UNDER_REVIEW = "under_review", "Under review"
    VALIDATED = "validated", "Validated"
    REJECTED = "rejected", "Rejected"
    DEPRECATED = "deprecated", "Deprecated"


class KnowledgeSourceType(models.TextChoices):
    OPERATIONAL_DATA = "operational_data", "Operational data"
    SIMULATION = "simulation", "Simulation"
    EXPERT = "expert", "Domain expert"
    INCIDENT_REPORT = "incident_report", "Incident report"
    RESEARCH = "research", "External research"
    ML_MODEL = "ml_model", "Machine-learning model"


class LearningMetricType(models.TextChoices):
    TRANSFER_SUCCESS_RATE = "transfer_success_rate", "Transfer success rate"
    KNOWLEDGE_REUSE = "knowledge_reuse", "Knowledge reuse count"
    VALIDATION_RATE = "validation_rate", "Validation rate"
    MODEL_IMPROVEMENT = "model_improvement", "Model improvement"
    TIME_TO_ADOPTION = "time_to_adoption", "Time to adoption (days)"
