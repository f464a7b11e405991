"""Governance on the demo day: principles, policies, audits of the decisions, fairness metrics."""

import datetime as dt

from airport_platform.choices import Domain, Priority
from demo.numbers import dec
from governance.choices import AuditType, ComplianceStatus, FairnessMetricType
from governance.models import FairnessMetric
from orchestration.choices import DecisionStatus, DecisionType
from passenger.choices import PassengerType
from tests.governance.factories import (
    FAIRNESS_GROUPS,
    POLICIES,
    PRINCIPLES,
    DecisionAuditFactory,
    EthicalPrincipleFactory,
    GovernancePolicyFactory,
    threshold_status,
)

from .day import DemoDay, airport_load, demo_decisions, minutes

FAIRNESS_SERIES = (FairnessMetricType.WAIT_TIME_GAP, FairnessMetricType.SERVICE_LEVEL_GAP)


def seed_governance(day: DemoDay) -> None:
    rng = day.rng
    for priority, (name, category, description, rules) in enumerate(PRINCIPLES, start=1):
        day.make(
            EthicalPrincipleFactory,
            name=name,
            description=description,
            priority=priority,
            category=category,
            implementation_rules=rules,
            metrics={"violations_last_30d": rng.randint(0, 2), "reviewed": True},
            created_at=day.start - dt.timedelta(days=365),
        )
    for name, policy_type, level, domains, rules in POLICIES:
        day.make(
            GovernancePolicyFactory,
            policy_type=policy_type,
            name=name,
            description=f"{name}.",
            policy_rules=rules,
            affected_domains=list(domains),
            implementation_level=level,
            created_by="governance.board",
            created_at=day.start - dt.timedelta(days=180),
        )
    for decision in demo_decisions():
        if decision.status == DecisionStatus.PROPOSED:
            continue
        critical = decision.priority == Priority.CRITICAL
        day.make(
            DecisionAuditFactory,
            decision=decision,
            timestamp=decision.initiated_at + dt.timedelta(seconds=3),
            audit_type=AuditType.AUTOMATED,
            audited_by="governance-svc",
            compliance_status=ComplianceStatus.COMPLIANT,
            ethical_assessment={
                "safety_margin_kept": True,
                "fairness_flags": [],
                "risk": float(decision.risk),
            },
            governance_assessment={
                "approval_required": critical or float(decision.risk) > 0.3,
                "policies_checked": [p[0] for p in POLICIES[:2]],
            },
            created_at=decision.initiated_at,
        )
        if decision.status == DecisionStatus.EXPIRED:
            day.make(
                DecisionAuditFactory,
                decision=decision,
                timestamp=decision.completed_at + minutes(20),
                audit_type=AuditType.HUMAN_REVIEW,
                audited_by="governance.officer",
                compliance_status=ComplianceStatus.UNDER_REVIEW,
                governance_assessment={"finding": "approval expired without escalation"},
                recommendations="Apply the escalation policy after 10 minutes without an answer.",
                created_at=decision.completed_at + minutes(20),
            )
        elif decision.type == DecisionType.CRISIS_RESPONSE:
            day.make(
                DecisionAuditFactory,
                decision=decision,
                timestamp=day.storm_end + minutes(90),
                audit_type=AuditType.INCIDENT,
                audited_by="safety.manager",
                compliance_status=ComplianceStatus.PARTIALLY_COMPLIANT,
                ethical_assessment={"safety_margin_kept": True, "passenger_welfare": "meal vouchers late"},
                recommendations="Issue welfare vouchers within 60 minutes of a hold; pre-position buses.",
                created_at=day.storm_end + minutes(90),
            )
    moments = day.times(60)

    def metrics():
        for moment in moments:
            load, storm = airport_load(moment), day.in_storm(moment)
            for group_type, group in FAIRNESS_GROUPS.items():
                for metric_type in FAIRNESS_SERIES:
                    prm = group_type == PassengerType.REDUCED_MOBILITY
                    if metric_type == FairnessMetricType.WAIT_TIME_GAP:
                        value = (
                            rng.uniform(-1, 1.5) + (3.5 * load if prm else 0) + (2.5 if storm and prm else 0)
                        )
                    else:
                        value = rng.uniform(-0.03, 0.04) + (0.05 * load if prm else 0)
                    yield FairnessMetric(
                        id=day.new_id(),
                        timestamp=moment,
                        created_at=moment,
                        metric_type=metric_type,
                        domain=Domain.PASSENGER_EXPERIENCE,
                        affected_group=group,
                        value=dec(value, 4),
                        baseline_comparison=dec(
                            value - (1.2 if metric_type == FairnessMetricType.WAIT_TIME_GAP and prm else 0), 4
                        ),
                        threshold_status=threshold_status(metric_type, value),
                        sample_size=int(40 + 1500 * load),
                    )

    day.bulk_insert(FairnessMetric, metrics(), len(moments) * len(FAIRNESS_GROUPS) * len(FAIRNESS_SERIES))
