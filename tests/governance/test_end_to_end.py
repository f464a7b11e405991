"""The engine through orchestration's API: proposals are evaluated, refused, held for the right
people and audited (orchestration sends `decision_evaluating`, governance answers)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from governance.choices import ComplianceStatus
from governance.models import DecisionAudit
from orchestration.choices import DecisionStatus
from orchestration.models import Decision
from tests.governance.factories import rule
from tests.governance.support import make_policy
from tests.orchestration.factories import OperatingModeFactory

pytestmark = pytest.mark.django_db

DECISIONS = "/api/v1/orchestration/decisions/"


@pytest.fixture
def service():
    OperatingModeFactory(
        name="Normal operations",
        is_active=True,
        decision_thresholds={
            "auto_approve_max_risk": 0.3,
            "auto_approve_min_confidence": 0.8,
            "always_require_approval_priorities": [],
            "approval_timeout_minutes": 20,
        },
    )
    user = get_user_model().objects.create_user("planner-svc", password="x")
    user.groups.add(Group.objects.get(name="services"))
    client = APIClient()
    client.force_authenticate(user)
    return client


def proposal(**fields):
    return {
        "type": "passenger_flow",
        "priority": "high",
        "risk": "0.1",
        "confidence": "0.95",
        "impact_assessment": {"passengers_affected": 80},
        "description": "Open lane 5",
        **fields,
    }


def test_a_forbidden_proposal_is_refused_naming_the_policy_rule_and_outcome(service):
    policy = make_policy(
        rule("too-risky", "risk > 0.9", "forbid", message="Never above 0.9"), name="Risk cap"
    )
    response = service.post(DECISIONS, proposal(risk="0.95"), format="json")
    assert response.status_code == 409, response.content
    (refusal,) = response.json()["policies"]
    assert (refusal["id"], refusal["name"], refusal["rule"], refusal["outcome"]) == (
        str(policy.pk),
        "Risk cap",
        "too-risky",
        "forbid",
    )
    assert not Decision.objects.exists()


def test_a_critical_proposal_waits_for_the_group_the_policy_names_and_is_audited(service):
    make_policy(
        rule(
            "critical",
            "priority == 'critical'",
            "require_approval",
            approver_group="duty_managers",
            deadline_minutes=15,
        ),
        name="Critical decisions need a duty manager",
    )
    response = service.post(DECISIONS, proposal(priority="critical"), format="json")
    assert response.status_code == 201, response.content
    decision = Decision.objects.get(pk=response.json()["id"])
    assert decision.status == DecisionStatus.PENDING_APPROVAL  # inside the thresholds, yet held

    first = DecisionAudit.objects.filter(decision_id=decision.pk).order_by("timestamp", "created_at").first()
    assert first.governance_assessment["moment"] == "proposed"
    assert first.compliance_status == ComplianceStatus.UNDER_REVIEW
    governance = service.get(f"{DECISIONS}{decision.pk}/governance/").json()
    assert governance["recorded"] is True
    assert governance["summary"]["approver_groups"] == ["duty_managers"]
    assert governance["summary"]["deadline_minutes"] == 15


def test_an_autonomous_approval_is_evaluated_at_its_transition(service):
    make_policy(
        {
            **rule("autonomous", "autonomous and target == 'approved'", "require_audit"),
            "moments": ["transition"],
        },
        level="advisory",
        name="Weekly audit of autonomous decisions",
    )
    response = service.post(DECISIONS, proposal(), format="json")
    decision = Decision.objects.get(pk=response.json()["id"])
    assert decision.status == DecisionStatus.APPROVED
    audits = {
        a.governance_assessment["moment"]: a for a in DecisionAudit.objects.filter(decision_id=decision.pk)
    }
    transition = audits["transition"]
    (policy,) = transition.governance_assessment["policies"]
    assert [m["rule"] for m in policy["matched"]] == ["autonomous"]
    assert transition.compliance_status == ComplianceStatus.COMPLIANT  # advisory: recorded only
    assert audits["proposed"].governance_assessment["policies"][0]["matched"] == []
