"""Factories for ethics & governance: principles, policies, decision audits, fairness metrics."""

from decimal import Decimal

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import Domain
from governance.choices import (
    AuditType,
    ComplianceStatus,
    FairnessMetricType,
    ImplementationLevel,
    PolicyType,
    PrincipleCategory,
    ThresholdStatus,
)
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy
from passenger.choices import PassengerType
from tests.orchestration.factories import DecisionFactory

# name, category, description, implementation rules
PRINCIPLES = (
    (
        "Safety first",
        PrincipleCategory.SAFETY,
        "No decision may trade safety margins for punctuality, cost or comfort.",
        {"reject_if": "impact_assessment.safety in ['degraded', 'critical'] and not human_approved"},
    ),
    (
        "Meaningful human oversight",
        PrincipleCategory.HUMAN_OVERSIGHT,
        "Humans can review, override and stop any autonomous decision.",
        {"require_approval_for_priorities": ["critical"], "max_autonomy_level": 4},
    ),
    (
        "Fair treatment of all passengers",
        PrincipleCategory.FAIRNESS,
        "Service levels must not systematically disadvantage any passenger group, PRM passengers included.",
        {"max_wait_time_gap_min": 5, "min_disparate_impact_ratio": 0.8},
    ),
    (
        "Explainable decisions",
        PrincipleCategory.TRANSPARENCY,
        "Every decision carries an explanation a duty manager can understand.",
        {"explanation_required": True, "audience": "operator"},
    ),
    (
        "Data minimisation",
        PrincipleCategory.PRIVACY,
        "Passenger data is pseudonymised and kept only as long as the journey needs it.",
        {"retention_days": 30, "pseudonymise": ["passenger_id"]},
    ),
    (
        "Clear accountability",
        PrincipleCategory.ACCOUNTABILITY,
        "Each decision names the mode, the thresholds and the person or service that approved it.",
        {"audit_fields": ["operating_mode", "approved_by", "thresholds"]},
    ),
    (
        "Climate-aware operations",
        PrincipleCategory.SUSTAINABILITY,
        "Where options are equivalent for safety and service, prefer the lower-carbon one.",
        {"tie_breaker": "tco2e"},
    ),
)

# name, type, level, affected domains, rules
POLICIES = (
    (
        "Critical decisions need a duty manager",
        PolicyType.APPROVAL_REQUIREMENT,
        ImplementationLevel.ENFORCED,
        [Domain.AIRSIDE, Domain.TERMINAL, Domain.SECURITY],
        {"when": {"priority": ["critical"]}, "approver_role": "duty_manager", "timeout_minutes": 15},
    ),
    (
        "Security lanes are never closed autonomously",
        PolicyType.AUTONOMY_LIMIT,
        ImplementationLevel.ENFORCED,
        [Domain.SECURITY],
        {"action_types": ["close_lane"], "max_autonomy_level": 2},
    ),
    (
        "Passenger data retention",
        PolicyType.DATA_PRIVACY,
        ImplementationLevel.MANDATORY,
        [Domain.PASSENGER_EXPERIENCE],
        {"retention_days": 30, "legal_basis": "GDPR art. 6(1)(b)"},
    ),
    (
        "PRM wait-time fairness",
        PolicyType.FAIRNESS,
        ImplementationLevel.MANDATORY,
        [Domain.PASSENGER_EXPERIENCE, Domain.SECURITY],
        {"metric": "wait_time_gap", "group": "reduced_mobility", "max_gap_min": 5},
    ),
    (
        "Escalate unresolved approvals",
        PolicyType.ESCALATION,
        ImplementationLevel.RECOMMENDED,
        [Domain.AIRSIDE, Domain.TERMINAL],
        {"after_minutes": 10, "escalate_to": "operations_director"},
    ),
    (
        "Weekly audit of autonomous decisions",
        PolicyType.AUDIT,
        ImplementationLevel.ADVISORY,
        [Domain.GOVERNANCE],
        {"sample_share": 0.1, "reviewers": 2},
    ),
)

FAIRNESS_GROUPS = {
    PassengerType.REDUCED_MOBILITY: "Passengers with reduced mobility",
    PassengerType.FAMILY: "Families with children",
    PassengerType.UNACCOMPANIED_MINOR: "Unaccompanied minors",
    PassengerType.TRANSFER: "Transfer passengers",
    PassengerType.STANDARD: "Standard passengers",
}

# value range and (warning, breach) limits per fairness metric; a ratio breaches *below* its limits
FAIRNESS_LIMITS = {
    FairnessMetricType.DEMOGRAPHIC_PARITY: ((-0.12, 0.12), (0.05, 0.1)),
    FairnessMetricType.EQUAL_OPPORTUNITY: ((-0.1, 0.1), (0.05, 0.08)),
    FairnessMetricType.DISPARATE_IMPACT: ((0.72, 1.1), (0.85, 0.8)),
    FairnessMetricType.WAIT_TIME_GAP: ((-2.0, 7.0), (3.0, 5.0)),
    FairnessMetricType.SERVICE_LEVEL_GAP: ((-0.05, 0.12), (0.05, 0.1)),
}


def threshold_status(metric_type: str, value: float) -> str:
    warning, breach = FAIRNESS_LIMITS[metric_type][1]
    if metric_type == FairnessMetricType.DISPARATE_IMPACT:
        return (
            ThresholdStatus.BREACHED
            if value < breach
            else (ThresholdStatus.WARNING if value < warning else ThresholdStatus.WITHIN)
        )
    size = abs(value)
    return (
        ThresholdStatus.BREACHED
        if size > breach
        else (ThresholdStatus.WARNING if size > warning else ThresholdStatus.WITHIN)
    )


class EthicalPrincipleFactory(DjangoModelFactory):
    class Meta:
        model = EthicalPrinciple
        exclude = ("spec",)

    spec = factory.Iterator(PRINCIPLES)
    name = factory.LazyAttribute(lambda o: o.spec[0])
    description = factory.LazyAttribute(lambda o: o.spec[2])
    priority = factory.Sequence(lambda n: n % len(PRINCIPLES) + 1)
    category = factory.LazyAttribute(lambda o: o.spec[1])
    implementation_rules = factory.LazyAttribute(lambda o: o.spec[3])
    metrics = factory.LazyFunction(lambda: {"violations_last_30d": randgen.randint(0, 3), "reviewed": True})
    is_active = True


class GovernancePolicyFactory(DjangoModelFactory):
    class Meta:
        model = GovernancePolicy
        exclude = ("spec",)

    spec = factory.Iterator(POLICIES)
    policy_type = factory.LazyAttribute(lambda o: o.spec[1])
    name = factory.LazyAttribute(lambda o: o.spec[0])
    description = factory.LazyAttribute(
        lambda o: f"{PolicyType(o.spec[1]).label} policy: {o.spec[0].lower()}."
    )
    policy_rules = factory.LazyAttribute(lambda o: o.spec[4])
    affected_domains = factory.LazyAttribute(lambda o: list(o.spec[3]))
    implementation_level = factory.LazyAttribute(lambda o: o.spec[2])
    override_conditions = factory.LazyFunction(
        lambda: {
            "allowed_roles": ["operations_director"],
            "requires_reason": True,
            "expires_after_minutes": 120,
        }
    )
    audit_requirements = factory.LazyFunction(lambda: {"log": "decision_audits", "retention_years": 7})
    is_active = True
    created_by = "governance.board"


class DecisionAuditFactory(DjangoModelFactory):
    class Meta:
        model = DecisionAudit

    decision = factory.SubFactory(DecisionFactory)
    timestamp = factory.LazyFunction(timezone.now)
    audit_type = fuzzy.FuzzyChoice(AuditType.values)
    audited_by = "governance-svc"
    compliance_status = ComplianceStatus.COMPLIANT
    ethical_assessment = factory.LazyAttribute(
        lambda o: {
            "principles_checked": [p[0] for p in PRINCIPLES[:4]],
            "safety_margin_kept": True,
            "fairness_flags": [],
            "risk": float(o.decision.risk),
        }
    )
    governance_assessment = factory.LazyAttribute(
        lambda o: {
            "policies_checked": [p[0] for p in POLICIES[:2]],
            "approval_required": o.decision.priority == "critical",
            "operating_mode": str(o.decision.operating_mode) if o.decision.operating_mode_id else None,
        }
    )
    recommendations = None
    notes = None


class FairnessMetricFactory(DjangoModelFactory):
    class Meta:
        model = FairnessMetric

    timestamp = factory.LazyFunction(timezone.now)
    metric_type = fuzzy.FuzzyChoice(FairnessMetricType.values)
    domain = Domain.PASSENGER_EXPERIENCE
    affected_group = fuzzy.FuzzyChoice(list(FAIRNESS_GROUPS.values()))
    value = factory.LazyAttribute(
        lambda o: Decimal(f"{randgen.uniform(*FAIRNESS_LIMITS[o.metric_type][0]):.4f}")
    )
    baseline_comparison = fuzzy.FuzzyDecimal(-0.5, 0.5, 4)
    threshold_status = factory.LazyAttribute(lambda o: threshold_status(o.metric_type, float(o.value)))
    sample_size = fuzzy.FuzzyInteger(50, 3000)
    notes = None
