from django.db import models


class PrincipleCategory(models.TextChoices):
    SAFETY = "safety", "Safety"
    FAIRNESS = "fairness", "Fairness"
    TRANSPARENCY = "transparency", "Transparency"
    PRIVACY = "privacy", "Privacy"
    ACCOUNTABILITY = "accountability", "Accountability"
    HUMAN_OVERSIGHT = "human_oversight", "Human oversight"
    SUSTAINABILITY = "sustainability", "Sustainability"


class PolicyType(models.TextChoices):
    APPROVAL_REQUIREMENT = "approval_requirement", "Approval requirement"
    AUTONOMY_LIMIT = "autonomy_limit", "Autonomy limit"
    DATA_PRIVACY = "data_privacy", "Data privacy"
    FAIRNESS = "fairness", "Fairness"
    SAFETY = "safety", "Safety"
    ESCALATION = "escalation", "Escalation"
    AUDIT = "audit", "Audit"


class ImplementationLevel(models.TextChoices):
    ADVISORY = "advisory", "Advisory"
    RECOMMENDED = "recommended", "Recommended"
    MANDATORY = "mandatory", "Mandatory"
    ENFORCED = "enforced", "Enforced automatically"


class AuditType(models.TextChoices):
    AUTOMATED = "automated", "Automated check"
    TRANSITION = "transition", "Lifecycle transition"
    HUMAN_REVIEW = "human_review", "Human review"
    PERIODIC = "periodic", "Periodic review"
    INCIDENT = "incident", "Incident investigation"
    REGULATORY = "regulatory", "Regulatory audit"


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", "Compliant"
    PARTIALLY_COMPLIANT = "partially_compliant", "Partially compliant"
    NON_COMPLIANT = "non_compliant", "Non-compliant"
    UNDER_REVIEW = "under_review", "Under review"
    EXEMPT = "exempt", "Exempt"


class FairnessMetricType(models.TextChoices):
    DEMOGRAPHIC_PARITY = "demographic_parity", "Demographic parity difference"
    EQUAL_OPPORTUNITY = "equal_opportunity", "Equal opportunity difference"
    DISPARATE_IMPACT = "disparate_impact", "Disparate impact ratio"
    WAIT_TIME_GAP = "wait_time_gap", "Wait time gap"
    SERVICE_LEVEL_GAP = "service_level_gap", "Service level gap"


class ThresholdStatus(models.TextChoices):
    WITHIN = "within", "Within threshold"
    WARNING = "warning", "Warning"
    BREACHED = "breached", "Breached"
