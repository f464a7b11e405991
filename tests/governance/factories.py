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


def rules(*rules, **document) -> dict:
    """A document of the governance rule language (governance/rules.py, docs/governance.md)."""
    return {"version": 1, **document, "rules": list(rules)}


def rule(rule_id: str, when: str | None, outcome: str, **then) -> dict:
    return {"id": rule_id, **({"when": when} if when else {}), "then": {"outcome": outcome, **then}}


# name, category, description, implementation rules (each principle works as its name says)
PRINCIPLES = (
    (
        "Safety first",
        PrincipleCategory.SAFETY,
        "No decision may trade safety margins for punctuality, cost or comfort.",
        rules(
            rule(
                "degraded-safety-needs-a-duty-manager",
                "(impact_assessment&['safety'] ?? '') in ['degraded', 'critical']",
                "require_approval",
                approver_group="duty_managers",
                message="Safety margins would be degraded: never without a duty manager's approval.",
            )
        ),
    ),
    (
        "Meaningful human oversight",
        PrincipleCategory.HUMAN_OVERSIGHT,
        "Humans can review, override and stop any autonomous decision.",
        rules(
            rule(
                "high-risk-needs-a-human",
                "risk >= 0.8",
                "require_approval",
                message="Risk of 0.8 or more is never accepted without a person.",
            )
        ),
    ),
    (
        "Fair treatment of all passengers",
        PrincipleCategory.FAIRNESS,
        "Service levels must not systematically disadvantage any passenger group, PRM passengers included.",
        rules(
            rule(
                "group-disadvantaged",
                "(impact_assessment&['prm_wait_gap_min'] ?? 0) > 5"
                " or (impact_assessment&['disparate_impact_ratio'] ?? 1) < 0.8",
                "require_audit",
                message="Predicted unequal treatment of a passenger group: review the fairness metrics.",
            )
        ),
    ),
    (
        "Explainable decisions",
        PrincipleCategory.TRANSPARENCY,
        "Every decision carries an explanation a duty manager can understand.",
        rules(
            rule(
                "explanation-missing",
                "description == ''",
                "require_audit",
                message="The decision carries no description a duty manager could read.",
            ),
            level="recommended",
        ),
    ),
    (
        "Data minimisation",
        PrincipleCategory.PRIVACY,
        "Passenger data is pseudonymised and kept only as long as the journey needs it.",
        rules(
            rule(
                "no-raw-passenger-ids",
                "[a for a in actions if 'passenger_id' in a['parameters']]",
                "require_audit",
                message="An action carries raw passenger ids: pseudonymise them.",
            ),
            level="recommended",
        ),
    ),
    (
        "Clear accountability",
        PrincipleCategory.ACCOUNTABILITY,
        "Each decision names the mode, the thresholds and the person or service that approved it.",
        rules(
            rule(
                "no-mode-no-autonomy",
                "mode == null and autonomous",
                "forbid",
                message="No operating mode is active: nothing says which thresholds allowed this.",
            )
        ),
    ),
    (
        "Climate-aware operations",
        PrincipleCategory.SUSTAINABILITY,
        "Where options are equivalent for safety and service, prefer the lower-carbon one.",
        rules(
            rule(
                "carbon-increase",
                "(impact_assessment&['tco2e_delta'] ?? 0) > 0",
                "require_audit",
                message="This option emits more CO2e than the baseline: was a lower-carbon one equivalent?",
            ),
            level="advisory",
        ),
    ),
)

# name, type, level, affected domains, rules (each policy works as its name says)
POLICIES = (
    (
        "Critical decisions need a duty manager",
        PolicyType.APPROVAL_REQUIREMENT,
        ImplementationLevel.ENFORCED,
        [],  # every domain: a critical decision may have no action yet when it is proposed
        rules(
            rule(
                "critical-needs-duty-manager",
                "priority == 'critical'",
                "require_approval",
                approver_group="duty_managers",
                deadline_minutes=15,
                message="Critical decisions are approved by a duty manager within 15 minutes.",
            )
        ),
    ),
    (
        "Security lanes are never closed autonomously",
        PolicyType.AUTONOMY_LIMIT,
        ImplementationLevel.ENFORCED,
        [Domain.SECURITY],
        rules(
            rule(
                "close-lane-needs-a-human",
                "'close_lane' in action_types",
                "limit_autonomy",
                action_types=["close_lane"],
                message="Closing a security lane always waits for a human approval.",
            ),
            rule(
                "close-lane-approved-by-duty-manager",
                "'close_lane' in action_types",
                "require_approval",
                approver_group="duty_managers",
                message="A duty manager approves every security lane closure.",
            ),
        ),
    ),
    (
        "Passenger data retention",
        PolicyType.DATA_PRIVACY,
        ImplementationLevel.MANDATORY,
        [Domain.PASSENGER_EXPERIENCE],
        rules(
            rule(
                "retention-over-30-days",
                "(impact_assessment&['data_retention_days'] ?? 0) > 30"
                " or [a for a in actions if (a['parameters']&['retention_days'] ?? 0) > 30]",
                "forbid",
                message="Passenger data is kept 30 days at most (GDPR art. 6(1)(b)).",
            )
        ),
    ),
    (
        "PRM wait-time fairness",
        PolicyType.FAIRNESS,
        ImplementationLevel.MANDATORY,
        [Domain.PASSENGER_EXPERIENCE, Domain.SECURITY],
        rules(
            rule(
                "prm-wait-gap-over-5-min",
                "(impact_assessment&['prm_wait_gap_min'] ?? 0) > 5",
                "require_approval",
                approver_group="duty_managers",
                message="Reduced-mobility passengers would wait over 5 minutes longer than others.",
            )
        ),
    ),
    (
        "Escalate unresolved approvals",
        PolicyType.ESCALATION,
        ImplementationLevel.ENFORCED,
        [],  # every domain
        rules(
            rule(
                "unanswered-10-min",
                None,
                "escalate",
                after_minutes=10,
                escalate_to="operations_directors",
                message="An approval has waited 10 minutes: the operations director is alerted.",
            )
        ),
    ),
    (
        "Weekly audit of autonomous decisions",
        PolicyType.AUDIT,
        ImplementationLevel.ADVISORY,
        [],  # every domain
        rules(
            {
                **rule(
                    "autonomous-approval",
                    "autonomous and target == 'approved'",
                    "require_audit",
                    message="Approved without a person: part of the weekly review sample.",
                ),
                "moments": ["transition"],
            }
        ),
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
        lambda: {"allowed_groups": ["operations_directors"], "requires_reason": True}
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
