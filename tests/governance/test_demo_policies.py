"""The demo's six policies and seven principles work as their names say
(tests/governance/factories.py POLICIES / PRINCIPLES, seeded by demo/governance.py)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from governance.engine import active_sources, decision_facts, evaluate_facts
from governance.escalation import approvals_escalate
from orchestration.models import Approval, OperatingMode
from tests.governance.factories import POLICIES, PRINCIPLES, EthicalPrincipleFactory, GovernancePolicyFactory
from tests.governance.support import make_decision
from tests.orchestration.factories import ApprovalFactory, OperatingModeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def demo_governance(db):
    OperatingModeFactory(name="Normal operations", is_active=True)
    for name, policy_type, level, domains, document in POLICIES:
        GovernancePolicyFactory(
            name=name,
            policy_type=policy_type,
            implementation_level=level,
            affected_domains=domains,
            policy_rules=document,
        )
    for name, category, description, document in PRINCIPLES:
        EthicalPrincipleFactory(
            name=name, category=category, description=description, implementation_rules=document
        )


def verdict_for(decision, **kwargs):
    facts = decision_facts(decision=decision, moment=kwargs.pop("moment", "proposed"), **kwargs)
    return evaluate_facts(facts, active_sources())


def binding(verdict):
    """What binds now (the escalation rule applies to every decision, later, through the job)."""
    return {(r.source_name, r.outcome) for r in verdict.requirements if r.binding and r.outcome != "escalate"}


def test_an_ordinary_decision_meets_every_policy():
    assert binding(verdict_for(make_decision())) == set()


def test_critical_decisions_need_a_duty_manager_within_15_minutes():
    verdict = verdict_for(make_decision(priority="critical"))
    assert binding(verdict) == {("Critical decisions need a duty manager", "require_approval")}
    assert (verdict.approver_groups, verdict.deadline_minutes) == (("duty_managers",), 15)


def test_security_lanes_are_never_closed_autonomously():
    verdict = verdict_for(make_decision(actions=[("close_lane", "security", {"lane": 3})]))
    assert verdict.limited_action_types == {"close_lane"}
    assert verdict.approver_groups == ("duty_managers",)
    assert binding(verdict_for(make_decision(actions=[("open_lane", "security", {"lane": 3})]))) == set()


def test_passenger_data_is_not_kept_over_30_days():
    keep = make_decision(actions=[("other", "passenger_experience", {"retention_days": 90})])
    (refusal,) = verdict_for(keep).forbidden
    assert refusal.source_name == "Passenger data retention"
    assert not verdict_for(
        make_decision(actions=[("other", "passenger_experience", {"retention_days": 7})])
    ).forbidden


def test_prm_wait_time_gap_over_5_minutes_needs_a_duty_manager():
    verdict = verdict_for(make_decision(impact_assessment={"prm_wait_gap_min": 8}))
    assert ("PRM wait-time fairness", "require_approval") in binding(verdict)
    assert verdict.approver_groups == ("duty_managers",)
    # the fairness principle asks for an audit as well
    assert ("Fair treatment of all passengers", "require_audit") in binding(verdict)


def test_unresolved_approvals_are_escalated_after_10_minutes():
    (escalation,) = verdict_for(make_decision()).binding("escalate")
    assert (escalation.escalate_after_minutes, escalation.escalate_to) == (10, "operations_directors")
    approval = ApprovalFactory(decision=make_decision())
    assert approvals_escalate() == 0
    Approval.objects.filter(pk=approval.pk).update(created_at=timezone.now() - dt.timedelta(minutes=11))
    assert approvals_escalate() == 1


def test_autonomous_approvals_are_sampled_for_the_weekly_audit_without_blocking():
    decision = make_decision()
    automatic = verdict_for(decision, moment="transition", target="approved", actor="platform")
    (audit,) = [r for r in automatic.requirements if r.source_name == "Weekly audit of autonomous decisions"]
    assert audit.outcome == "require_audit" and not audit.binding  # advisory: recorded only
    by_person = verdict_for(decision, moment="transition", target="approved", actor="duty-manager")
    assert all(r.source_name != "Weekly audit of autonomous decisions" for r in by_person.requirements)


def test_principles_safety_oversight_and_accountability():
    unsafe = verdict_for(make_decision(impact_assessment={"safety": "degraded"}))
    assert ("Safety first", "require_approval") in binding(unsafe)
    assert unsafe.approver_groups == ("duty_managers",)
    assert ("Meaningful human oversight", "require_approval") in binding(
        verdict_for(make_decision(risk=Decimal("0.85")))
    )
    OperatingMode.objects.update(is_active=False)
    no_mode = verdict_for(make_decision(), moment="transition", target="approved", actor="platform")
    assert ("Clear accountability", "forbid") in binding(no_mode)
