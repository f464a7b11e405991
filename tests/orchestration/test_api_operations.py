"""The lifecycle over the API: same services, HTTP semantics (403, 409, 400)."""

from decimal import Decimal

import pytest

from orchestration.models import Approval, Decision
from tests.api.conftest import client_for, make_user
from tests.orchestration.factories import ActionFactory, OperatingModeFactory

from .conftest import propose

pytestmark = pytest.mark.django_db

DECISIONS = "/api/v1/orchestration/decisions/"


@pytest.fixture
def operator_api(operator):
    return client_for(operator)


@pytest.fixture
def service_api():
    return client_for(make_user("services"))


def test_a_service_proposes_and_the_mode_decides(normal_mode, service_api):
    body = {
        "type": "staffing",
        "priority": "medium",
        "confidence": "0.95",
        "risk": "0.05",
        "impact_assessment": {"staff": 4},
    }
    auto = service_api.post(DECISIONS, body, format="json").json()
    assert auto["status"] == "approved" and auto["operating_mode"] == str(normal_mode.pk)
    risky = service_api.post(DECISIONS, {**body, "risk": "0.7"}, format="json").json()
    assert risky["status"] == "pending_approval"
    pending = service_api.get(
        "/api/v1/orchestration/approvals/", {"decision": risky["id"], "status": "pending"}
    ).json()
    assert pending["count"] == 1 and pending["results"][0]["expires_at"]


def test_operator_approves_over_the_api(normal_mode, operator_api, operator):
    decision = propose(risk=Decimal("0.7"))
    response = operator_api.post(
        f"{DECISIONS}{decision.pk}/approve/", {"notes": "checked with the tower"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    approval = Approval.objects.get(decision=decision)
    assert approval.approved_by == operator.username
    assert approval.notes.startswith("Needs a human") and approval.notes.endswith(": checked with the tower")
    again = operator_api.post(f"{DECISIONS}{decision.pk}/approve/", {}, format="json")
    assert again.status_code == 409
    assert "no longer pending approval" in again.json()["detail"]


def test_services_may_not_approve(normal_mode, service_api):
    decision = propose(risk=Decimal("0.7"))
    response = service_api.post(f"{DECISIONS}{decision.pk}/approve/", {}, format="json")
    assert response.status_code == 403
    assert "approve_decision" in response.json()["detail"]
    assert Decision.objects.get(pk=decision.pk).status == "pending_approval"


def test_reject_needs_notes(normal_mode, operator_api):
    decision = propose(risk=Decimal("0.7"))
    response = operator_api.post(f"{DECISIONS}{decision.pk}/reject/", {}, format="json")
    assert response.status_code == 400 and "notes" in response.json()
    response = operator_api.post(f"{DECISIONS}{decision.pk}/reject/", {"notes": "wrong stand"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "rejected"


def test_illegal_transition_is_409_and_changes_nothing(normal_mode, operator_api):
    decision = propose(risk=Decimal("0.7"))
    response = operator_api.post(f"{DECISIONS}{decision.pk}/start/", format="json")
    assert response.status_code == 409
    assert "cannot go from pending_approval to executing" in response.json()["detail"]
    assert Decision.objects.get(pk=decision.pk).status == "pending_approval"


def test_execute_through_the_api(normal_mode, operator_api):
    decision = propose()
    action = ActionFactory(decision=decision, execution_order=1, status="pending")
    assert operator_api.post(f"{DECISIONS}{decision.pk}/start/").json()["status"] == "executing"
    actions = "/api/v1/orchestration/actions/"
    assert operator_api.post(f"{actions}{action.pk}/start/").json()["status"] == "running"
    done = operator_api.post(f"{actions}{action.pk}/complete/", {"result": {"gate": "D9"}}, format="json")
    assert done.json()["status"] == "completed" and done.json()["result"] == {"gate": "D9"}
    assert operator_api.get(f"{DECISIONS}{decision.pk}/").json()["status"] == "completed"


def test_cycle_over_the_api_is_400_naming_the_field(normal_mode, operator_api):
    a, b = propose(), propose()
    url = "/api/v1/orchestration/decision-dependencies/"
    first = operator_api.post(
        url,
        {"dependent_decision": str(a.pk), "dependency_decision": str(b.pk), "dependency_type": "informs"},
        format="json",
    )
    assert first.status_code == 201
    cycle = operator_api.post(
        url,
        {"dependent_decision": str(b.pk), "dependency_decision": str(a.pk), "dependency_type": "informs"},
        format="json",
    )
    assert cycle.status_code == 400
    assert "would close a cycle" in cycle.json()["dependency_decision"][0]
    graph = operator_api.get(f"{DECISIONS}{a.pk}/graph/").json()
    assert {n["id"] for n in graph["nodes"]} == {str(a.pk), str(b.pk)}


def test_activate_a_mode_over_the_api(normal_mode, operator_api):
    winter = OperatingModeFactory(name="Winter")
    duty_manager_api = client_for(make_user("duty_managers"))  # a plain operator may not (403)
    response = duty_manager_api.post(
        f"/api/v1/orchestration/operating-modes/{winter.pk}/activate/", {"reason": "snow"}, format="json"
    )
    assert response.status_code == 200 and response.json()["is_active"] is True
    normal = operator_api.get(f"/api/v1/orchestration/operating-modes/{normal_mode.pk}/").json()
    assert normal["is_active"] is False
