"""The operator console (Django admin) calls the same services as the API."""

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from orchestration.models import Decision, DecisionDependency, OperatingMode, OrchestrationEvent
from tests.collaboration.factories import AIExplanationFactory
from tests.orchestration.factories import OperatingModeFactory

from .conftest import propose

pytestmark = pytest.mark.django_db


def staff(username, group):
    user = get_user_model().objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def operator_browser(client):
    client.force_login(staff("shift-lead", "operators"))
    return client


def change_url(decision):
    return reverse("admin:orchestration_decision_change", args=[decision.pk])


def test_pending_decision_page_shows_the_approval_panel_and_explanations(normal_mode, operator_browser):
    decision = propose(risk=Decimal("0.6"))
    AIExplanationFactory(entity_type="decision", entity_id=decision.pk, summary="Frees gate D9 for the A350")
    page = operator_browser.get(change_url(decision)).content.decode()
    assert 'id="approval-panel"' in page and 'name="approve"' in page and 'name="reject"' in page
    assert "Frees gate D9 for the A350" in page
    assert "risk 0.6 is above 0.3" in page


def test_approve_from_the_admin_uses_the_service(normal_mode, operator_browser):
    decision = propose(risk=Decimal("0.6"))
    response = operator_browser.post(
        reverse("admin:orchestration_decision_approve", args=[decision.pk]),
        {"notes": "tower agrees"},
        follow=True,
    )
    assert "Decision approved." in response.content.decode()
    decision.refresh_from_db()
    approval = decision.approvals.get()
    assert (decision.status, approval.status, approval.approved_by) == ("approved", "approved", "shift-lead")
    assert approval.notes.startswith("Needs a human: risk 0.6") and approval.notes.endswith(": tower agrees")
    assert OrchestrationEvent.objects.filter(
        related_entity_id=approval.pk, event_type="approval_decided"
    ).exists()
    again = operator_browser.post(
        reverse("admin:orchestration_decision_approve", args=[decision.pk]), follow=True
    )
    assert (
        "Not approved: decision" in again.content.decode()
        and "no longer pending approval" in again.content.decode()
    )


def test_reject_without_reason_is_refused_with_a_message(normal_mode, operator_browser):
    decision = propose(risk=Decimal("0.6"))
    response = operator_browser.post(
        reverse("admin:orchestration_decision_reject", args=[decision.pk]), {"notes": ""}, follow=True
    )
    assert "needs a reason" in response.content.decode()
    assert Decision.objects.get(pk=decision.pk).status == "pending_approval"


def test_services_staff_see_no_buttons_and_cannot_post(normal_mode, client):
    decision = propose(risk=Decimal("0.6"))
    client.force_login(staff("svc-staff", "services"))
    page = client.get(change_url(decision)).content.decode()
    assert 'name="approve"' not in page
    assert "Only operators allowed to approve" in page
    assert client.post(reverse("admin:orchestration_decision_approve", args=[decision.pk])).status_code == 403
    assert Decision.objects.get(pk=decision.pk).status == "pending_approval"


def test_pending_queue_is_sorted_by_expiry_and_flags_what_expires_soon(normal_mode, operator_browser):
    later, soon = (
        propose(risk=Decimal("0.6"), description="later one"),
        propose(risk=Decimal("0.6"), description="soon one"),
    )
    soon.approvals.update(expires_at=timezone.now() + dt.timedelta(minutes=5))
    later.approvals.update(expires_at=timezone.now() + dt.timedelta(hours=2))
    page = operator_browser.get(reverse("admin:orchestration_decision_pending")).content.decode()
    assert page.index("soon one") < page.index("later one")
    assert page.count('class="expires-soon"') == 1


def test_decision_list_shows_approval_state_and_finds_tags(normal_mode, operator_browser):
    decision = propose(risk=Decimal("0.6"), tags=["pier-c"])
    page = operator_browser.get(
        reverse("admin:orchestration_decision_changelist"), {"q": "pier-c"}
    ).content.decode()
    assert str(decision.pk) in page and "pending, expires" in page


def test_proposing_in_the_admin_applies_the_thresholds(normal_mode, operator_browser):
    response = operator_browser.post(
        reverse("admin:orchestration_decision_add"),
        {
            "type": "staffing",
            "priority": "low",
            "confidence": "0.95",
            "risk": "0.05",
            "impact_assessment": '{"staff": 2}',
            "description": "Open two more security lanes",
            "initiated_at_0": "2026-11-26",
            "initiated_at_1": "08:00:00",
            "actions-TOTAL_FORMS": "0",
            "actions-INITIAL_FORMS": "0",
            "approvals-TOTAL_FORMS": "0",
            "approvals-INITIAL_FORMS": "0",
            "dependencies-TOTAL_FORMS": "0",
            "dependencies-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    decision = Decision.objects.get(description="Open two more security lanes")
    assert decision.status == "approved" and decision.requested_by == "shift-lead"
    assert decision.approvals.get().status == "auto_approved"


def test_dependency_admin_refuses_a_cycle(normal_mode, operator_browser):
    a, b = propose(), propose()
    DecisionDependency.objects.create(dependent_decision=a, dependency_decision=b, dependency_type="informs")
    response = operator_browser.post(
        reverse("admin:orchestration_decisiondependency_add"),
        {"dependent_decision": str(b.pk), "dependency_decision": str(a.pk), "dependency_type": "informs"},
    )
    assert response.status_code == 200
    assert "would close a cycle" in response.content.decode()
    assert DecisionDependency.objects.count() == 1


def test_activate_mode_action(normal_mode, client):
    winter = OperatingModeFactory(name="Winter")
    client.force_login(staff("duty-lead", "duty_managers"))  # a duty manager's act, with a reason
    response = client.post(
        reverse("admin:orchestration_operatingmode_changelist"),
        {"action": "activate_mode", "_selected_action": [str(winter.pk)], "reason": "snow"},
        follow=True,
    )
    assert "Winter is now the active operating mode." in response.content.decode()
    assert list(OperatingMode.objects.filter(is_active=True)) == [winter]
