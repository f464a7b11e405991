"""Governance on the demo day: principles, policies, audits of the decisions, fairness metrics."""

import datetime as dt

from airport_platform.choices import Domain
from demo.numbers import dec
from governance.audits import AUDITOR, assessments, audit_type_for, compliance_status, recommendations
from governance.choices import AuditType, ComplianceStatus, FairnessMetricType
from governance.engine import Source, decision_facts, evaluate_facts
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
    principles = [
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
        for priority, (name, category, description, rules) in enumerate(PRINCIPLES, start=1)
    ]
    policies = [
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
        for name, policy_type, level, domains, rules in POLICIES
    ]
    # Each decision's audit is the policy engine's evaluation of it as it was proposed, against
    # the demo's policies and principles (what `decision_evaluating` records in production).
    sources = [*(Source.of_policy(p) for p in policies), *(Source.of_principle(p) for p in principles)]
    for decision in demo_decisions():
        if decision.status == DecisionStatus.PROPOSED:
            continue
        facts = decision_facts(
            decision=decision,
            moment="proposed",
            actor=decision.requested_by,
            mode_name=decision.operating_mode.name if decision.operating_mode_id else None,
            now=decision.initiated_at,
        )
        verdict = evaluate_facts(facts, sources)
        governance, ethical = assessments(verdict, facts)
        day.make(
            DecisionAuditFactory,
            decision=decision,
            timestamp=decision.initiated_at + dt.timedelta(seconds=3),
            audit_type=audit_type_for(facts),
            audited_by=AUDITOR,
            compliance_status=compliance_status(verdict, facts, decision=decision),
            ethical_assessment=ethical,
            governance_assessment=governance,
            recommendations=recommendations(verdict),
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
