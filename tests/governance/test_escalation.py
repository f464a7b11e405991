"""`escalate` rules: the periodic job escalates pending approvals of the decisions a rule matches,
once per approval and rule, with an orchestration event and a real-time event
(governance/escalation.py; the job itself: tests/workers/test_jobs.py)."""

import datetime as dt

import pytest
from django.utils import timezone

from airport_platform.events.models import OutboxEvent
from governance.choices import ImplementationLevel
from governance.escalation import approvals_escalate
from orchestration.choices import OrchestrationEventType
from orchestration.models import Approval, OrchestrationEvent
from tests.governance.factories import rule
from tests.governance.support import make_decision, make_policy
from tests.orchestration.factories import ApprovalFactory

pytestmark = pytest.mark.django_db


def pending(decision, minutes_ago):
    approval = ApprovalFactory(decision=decision)
    Approval.objects.filter(pk=approval.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=minutes_ago)
    )
    return approval


def escalations():
    return OrchestrationEvent.objects.filter(
        event_type=OrchestrationEventType.SYSTEM_ALERT, payload__alert="approval_escalated"
    )


def test_a_rule_escalates_only_the_decisions_it_matches_after_its_delay():
    policy = make_policy(
        rule(
            "critical-10",
            "priority == 'critical'",
            "escalate",
            after_minutes=10,
            escalate_to="operations_directors",
        ),
        name="Escalate critical",
    )
    late = pending(make_decision(priority="critical"), 12)
    pending(make_decision(priority="critical"), 3)  # not yet
    pending(make_decision(priority="low"), 60)  # not matched

    assert approvals_escalate() == 1
    assert approvals_escalate() == 0  # once per approval and rule
    (event,) = escalations()
    assert event.related_entity_id == late.pk
    assert {
        k: event.payload[k] for k in ("policy_id", "policy_version", "rule", "escalate_to", "after_minutes")
    } == {
        "policy_id": str(policy.pk),
        "policy_version": policy.version,
        "rule": "critical-10",
        "escalate_to": "operations_directors",
        "after_minutes": 10,
    }
    assert OutboxEvent.objects.filter(
        payload__alert="approval_escalated", aggregate_id=str(late.decision_id)
    ).exists()


def test_affected_domains_and_levels_decide_which_policies_escalate():
    make_policy(
        rule("security", None, "escalate", after_minutes=5, escalate_to="security_leads"),
        domains=["security"],
        name="Security",
    )
    make_policy(
        rule("advice", None, "escalate", after_minutes=5, escalate_to="nobody"),
        level=ImplementationLevel.RECOMMENDED,
        name="Only a warning",
    )
    lane = pending(make_decision(actions=[("close_lane", "security", {})]), 20)
    pending(make_decision(actions=[("announce", "terminal", {})]), 20)

    assert approvals_escalate() == 1
    assert [(e.related_entity_id, e.payload["escalate_to"]) for e in escalations()] == [
        (lane.pk, "security_leads")
    ]


def test_two_rules_of_one_policy_are_two_levels_of_escalation():
    make_policy(
        rule("first", None, "escalate", after_minutes=10, escalate_to="duty_managers"),
        rule("second", None, "escalate", after_minutes=30, escalate_to="operations_directors"),
    )
    pending(make_decision(), 45)
    assert approvals_escalate() == 2
    assert sorted(e.payload["escalate_to"] for e in escalations()) == [
        "duty_managers",
        "operations_directors",
    ]
