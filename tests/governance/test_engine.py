"""The policy engine: every outcome, every implementation level, domains, moments, principles,
and what a broken rule does (governance/engine.py, governance/audits.py)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from governance.audits import compliance_status
from governance.choices import ComplianceStatus, ImplementationLevel
from governance.engine import active_sources, decision_facts, evaluate, evaluate_facts
from governance.models import GovernancePolicy
from orchestration.models import Action
from orchestration.policy import ESCALATE, FORBID, LIMIT_AUTONOMY, REQUIRE_APPROVAL, REQUIRE_AUDIT
from tests.governance.factories import rule
from tests.governance.support import make_decision, make_policy, make_principle
from tests.orchestration.factories import ApprovalFactory, OperatingModeFactory

pytestmark = pytest.mark.django_db


def status_of(decision, **kwargs):
    facts = decision_facts(decision=decision, moment=kwargs.pop("moment", "proposed"), **kwargs)
    verdict = evaluate_facts(facts, active_sources())
    return verdict, compliance_status(verdict, facts, decision=decision)


class TestOutcomes:
    def test_forbid_refuses_and_is_non_compliant(self):
        policy = make_policy(rule("too-risky", "risk > 0.9", FORBID, message="Never above 0.9"))
        verdict, status = status_of(make_decision(risk=Decimal("0.95")))
        (refusal,) = verdict.forbidden
        assert (refusal.source_id, refusal.version, refusal.rule, refusal.message) == (
            str(policy.pk),
            policy.version,
            "too-risky",
            "Never above 0.9",
        )
        assert status == ComplianceStatus.NON_COMPLIANT
        assert status_of(make_decision(risk=Decimal("0.5")))[0].forbidden == []

    def test_require_approval_names_the_group_the_number_of_people_and_the_deadline(self):
        make_policy(
            rule(
                "four-eyes",
                "priority == 'critical'",
                REQUIRE_APPROVAL,
                approver_group="duty_managers",
                approvals=2,
                deadline_minutes=15,
            )
        )
        verdict, status = status_of(make_decision(priority="critical"))
        assert verdict.needs_human
        assert (verdict.approver_groups, verdict.approvals_required, verdict.deadline_minutes) == (
            ("duty_managers",),
            2,
            15,
        )
        assert status == ComplianceStatus.UNDER_REVIEW  # a person still has to approve it
        assert not status_of(make_decision(priority="high"))[0].needs_human

    def test_approval_once_given_by_a_person_makes_it_compliant(self):
        make_policy(rule("critical", "priority == 'critical'", REQUIRE_APPROVAL))
        decision = make_decision(priority="critical")
        ApprovalFactory(decision=decision, approved=True)
        assert status_of(decision)[1] == ComplianceStatus.COMPLIANT

    def test_require_audit_puts_the_decision_under_review(self):
        make_policy(rule("big-impact", "impact_assessment['passengers_affected'] > 1000", REQUIRE_AUDIT))
        verdict, status = status_of(make_decision(impact_assessment={"passengers_affected": 5000}))
        assert [r.outcome for r in verdict.requirements] == [REQUIRE_AUDIT]
        assert status == ComplianceStatus.UNDER_REVIEW

    def test_escalate_carries_its_delay_and_target(self):
        make_policy(rule("slow", None, ESCALATE, after_minutes=10, escalate_to="operations_directors"))
        verdict, status = status_of(make_decision())
        (escalation,) = verdict.binding(ESCALATE)
        assert (escalation.escalate_after_minutes, escalation.escalate_to) == (10, "operations_directors")
        assert status == ComplianceStatus.COMPLIANT  # escalation is carried out later, by the job

    def test_limit_autonomy_lists_action_types_that_wait_for_a_human(self):
        make_policy(
            rule("lanes", "'close_lane' in action_types", LIMIT_AUTONOMY, action_types=["close_lane"]),
            domains=["security"],
        )
        lane = make_decision(actions=[("close_lane", "security", {"lane": 4})])
        verdict, status = status_of(lane)
        assert verdict.limited_action_types == {"close_lane"}
        assert status == ComplianceStatus.UNDER_REVIEW
        assert (
            status_of(make_decision(actions=[("open_lane", "security", {"lane": 4})]))[0].requirements == []
        )

    def test_the_action_being_added_counts_before_it_is_saved(self):
        make_policy(rule("lanes", "action&['type'] == 'close_lane'", FORBID))
        decision = make_decision()
        pending = Action(
            decision=decision, type="close_lane", domain="security", parameters={}, execution_order=0
        )
        assert evaluate(decision=decision, moment="action_added", action=pending).forbidden
        assert not evaluate(decision=decision, moment="proposed").forbidden


class TestLevels:
    @pytest.mark.parametrize(
        "level, binding, status",
        [
            (ImplementationLevel.ADVISORY, False, ComplianceStatus.COMPLIANT),
            (ImplementationLevel.RECOMMENDED, False, ComplianceStatus.PARTIALLY_COMPLIANT),
            (ImplementationLevel.MANDATORY, True, ComplianceStatus.NON_COMPLIANT),
            (ImplementationLevel.ENFORCED, True, ComplianceStatus.NON_COMPLIANT),
        ],
    )
    def test_only_mandatory_and_enforced_bind(self, level, binding, status):
        make_policy(rule("no", None, FORBID), level=level)
        verdict, found = status_of(make_decision())
        (requirement,) = verdict.requirements  # recorded at every level
        assert requirement.binding is binding
        assert bool(verdict.forbidden) is binding
        assert [r.rule for r in verdict.warnings] == (
            ["no"] if level == ImplementationLevel.RECOMMENDED else []
        )
        assert found == status

    def test_override_groups_travel_with_the_requirement(self):
        make_policy(
            rule("no", None, FORBID),
            overrides={"allowed_groups": ["operations_directors"], "requires_reason": True},
        )
        (requirement,) = status_of(make_decision())[0].forbidden
        assert requirement.override_groups == ("operations_directors",)


class TestScope:
    def test_affected_domains_limit_a_policy_to_decisions_acting_there(self):
        make_policy(rule("sec", None, REQUIRE_AUDIT), domains=["security"])
        assert status_of(make_decision(actions=[("open_lane", "security", {})]))[0].requirements
        terminal = make_decision(actions=[("announce", "terminal", {})])
        verdict, _ = status_of(terminal)
        assert verdict.requirements == []
        assert verdict.evaluated[0]["applies"] is False
        # No action yet (a proposal): the policy applies, it may concern what comes.
        assert status_of(make_decision())[0].requirements

    def test_inactive_and_deleted_policies_are_not_evaluated(self):
        make_policy(rule("a", None, FORBID), is_active=False)
        make_policy(rule("b", None, FORBID)).delete()
        assert status_of(make_decision())[0].evaluated == []

    def test_moments_limit_a_rule(self):
        make_policy({**rule("start", None, FORBID), "moments": ["action_started"]})
        decision = make_decision()
        assert not evaluate(decision=decision, moment="proposed").forbidden
        assert evaluate(decision=decision, moment="action_started").forbidden

    def test_conditions_read_mode_time_of_day_parameters_and_targets(self):
        OperatingModeFactory(name="Winter storm", is_active=True)
        make_policy(
            rule("storm", "mode == 'Winter storm'", REQUIRE_AUDIT),
            rule("night", "hour >= 0 and hour < 5", REQUIRE_AUDIT),
            rule("many-lanes", "[a for a in actions if (a['parameters']&['lanes'] ?? 0) > 2]", REQUIRE_AUDIT),
            rule("approving", "target == 'approved' and not autonomous", REQUIRE_AUDIT),
            rule("gate", "domain_details&['gate'] == 'D7' and type == 'passenger_flow'", REQUIRE_AUDIT),
        )
        decision = make_decision(
            actions=[("open_lane", "security", {"lanes": 3})], domain_details={"gate": "D7"}
        )
        night = timezone.now().replace(hour=3)
        facts = decision_facts(
            decision=decision, moment="transition", target="approved", actor="duty", now=night
        )
        matched = {r.rule for r in evaluate_facts(facts, active_sources()).requirements}
        assert matched == {"storm", "night", "many-lanes", "approving", "gate"}
        noon = decision_facts(decision=decision, moment="proposed", now=night + dt.timedelta(hours=9))
        assert {r.rule for r in evaluate_facts(noon, active_sources()).requirements} == {
            "storm",
            "many-lanes",
            "gate",
        }


class TestPrinciples:
    def test_principles_are_evaluated_with_their_documents_level(self):
        safety = make_principle(rule("unsafe", "impact_assessment&['safety'] == 'degraded'", FORBID))
        make_principle(
            rule("explain", "description == ''", REQUIRE_AUDIT), level="recommended", name="Explain"
        )
        verdict, status = status_of(make_decision(description="", impact_assessment={"safety": "degraded"}))
        by_rule = {r.rule: r for r in verdict.requirements}
        assert by_rule["unsafe"].source == "principle" and by_rule["unsafe"].source_id == str(safety.pk)
        assert by_rule["unsafe"].binding and not by_rule["explain"].binding
        assert status == ComplianceStatus.NON_COMPLIANT
        assert {e["name"] for e in verdict.evaluated} == {safety.name, "Explain"}


class TestBrokenRules:
    def test_a_document_written_around_the_validators_is_flagged_not_guessed(self):
        policy = make_policy(rule("ok", None, REQUIRE_AUDIT))
        GovernancePolicy.objects.filter(pk=policy.pk).update(policy_rules={"after_minutes": 10})
        verdict, status = status_of(make_decision())
        assert verdict.requirements == []
        assert verdict.evaluated[0]["errors"] and status == ComplianceStatus.UNDER_REVIEW

    def test_a_condition_that_fails_on_a_decisions_data_is_recorded(self):
        make_policy(rule("count", "impact_assessment['passengers_affected'] > 10", REQUIRE_AUDIT))
        verdict, status = status_of(make_decision(impact_assessment={}))
        assert verdict.requirements == []
        assert "rule count" in verdict.evaluated[0]["errors"][0]
        assert status == ComplianceStatus.UNDER_REVIEW
