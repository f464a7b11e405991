"""What an approval approved stays as it was: every write path (API PATCH/PUT/POST/DELETE, bulk,
admin form, inline, admin delete and bulk action, raw SQL) is refused, and the refusal is
recorded even though its request rolled back."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from orchestration.choices import ActionStatus, DecisionStatus, OrchestrationEventType
from orchestration.models import Action, Decision, OrchestrationEvent
from orchestration.policy import FORBID
from tests.api.conftest import client_for, make_user
from tests.orchestration.factories import ActionFactory

from .conftest import propose
from .governance_support import person

pytestmark = pytest.mark.django_db

DECISIONS = "/api/v1/orchestration/decisions/"
ACTIONS = "/api/v1/orchestration/actions/"


@pytest.fixture
def approved(normal_mode):
    """An automatically approved decision with one pending action."""
    decision = propose(risk=Decimal("0.01"), confidence=Decimal("0.99"), priority="medium")
    ActionFactory(decision=decision, type="open_lane", parameters={"lane": 2}, execution_order=1)
    assert decision.status == DecisionStatus.APPROVED
    return decision


@pytest.fixture
def service_api():
    return client_for(make_user("services"))


@pytest.fixture
def operator_api():
    return client_for(make_user("operators"))


def refusals(entity_id):
    return OrchestrationEvent.objects.filter(
        event_type=OrchestrationEventType.CHANGE_REFUSED, related_entity_id=entity_id
    )


class TestApi:
    def test_patching_the_risk_of_an_approved_decision_is_refused_naming_the_field(
        self, approved, service_api
    ):
        response = service_api.patch(
            f"{DECISIONS}{approved.pk}/", {"risk": "0.99", "priority": "low"}, format="json"
        )
        assert response.status_code == 409, response.content
        body = response.json()
        assert body["fields"] == ["priority", "risk"] and "frozen" in body["detail"]
        approved.refresh_from_db()
        assert (approved.risk, approved.priority, approved.status) == (
            Decimal("0.0100"),
            "medium",
            "approved",
        )
        # The request was rolled back; the trace of the attempt was written after it.
        trace = refusals(approved.pk).get()
        assert trace.payload["fields"] == ["priority", "risk"] and trace.source.startswith("services-")

    def test_put_with_the_same_substance_and_new_tags_is_accepted(self, approved, service_api):
        current = service_api.get(f"{DECISIONS}{approved.pk}/").json()
        body = {k: v for k, v in current.items() if k not in ("id", "status", "completed_at", "requested_by")}
        response = service_api.put(f"{DECISIONS}{approved.pk}/", {**body, "tags": ["checked"]}, format="json")
        assert response.status_code == 200, response.content
        assert response.json()["tags"] == ["checked"]

    def test_action_parameters_and_list_are_frozen(self, approved, service_api, operator_api):
        action = approved.actions.get()
        response = service_api.patch(f"{ACTIONS}{action.pk}/", {"parameters": {"lane": 9}}, format="json")
        assert response.status_code == 409 and response.json()["fields"] == ["parameters"]
        assert operator_api.delete(f"{ACTIONS}{action.pk}/").status_code == 409
        action.refresh_from_db()
        assert (action.parameters, action.deleted_at) == ({"lane": 2}, None)

    def test_no_action_is_added_once_a_person_approved(self, normal_mode, service_api):
        decision = propose(risk=Decimal("0.6"))
        from orchestration import services

        services.decision_approve(decision=decision, user=person("dm-9", "operators"))
        body = {"decision": str(decision.pk), "type": "close_lane", "domain": "security", "parameters": {}}
        response = service_api.post(ACTIONS, {**body, "execution_order": 1}, format="json")
        assert response.status_code == 409 and response.json()["fields"] == ["actions"]
        bulk = service_api.post(f"{ACTIONS}bulk/", [{**body, "execution_order": 2}], format="json")
        assert bulk.status_code == 409
        assert not decision.actions.exists()

    def test_approved_decisions_are_not_deleted(self, approved, operator_api):
        response = operator_api.delete(f"{DECISIONS}{approved.pk}/")
        assert response.status_code == 409
        assert Decision.objects.filter(pk=approved.pk, deleted_at__isnull=True).exists()
        assert refusals(approved.pk).count() == 1  # the refused attempt is audited

    def test_a_pending_decision_may_still_be_edited(self, normal_mode, service_api):
        decision = propose(risk=Decimal("0.6"))
        response = service_api.patch(f"{DECISIONS}{decision.pk}/", {"risk": "0.55"}, format="json")
        assert response.status_code == 200 and response.json()["risk"] == "0.5500"

    def test_a_refused_proposal_answers_409_with_the_policy(self, normal_mode, service_api, policies):
        policies.add(
            FORBID, message="never autonomously", name="Security lanes are never closed autonomously"
        )
        body = {
            "type": "security",
            "priority": "low",
            "confidence": "0.9",
            "risk": "0.1",
            "impact_assessment": {},
        }
        response = service_api.post(DECISIONS, body, format="json")
        assert response.status_code == 409
        policy = response.json()["policies"][0]
        assert (policy["name"], policy["version"], policy["rule"], policy["outcome"]) == (
            "Security lanes are never closed autonomously",
            1,
            "r1",
            "forbid",
        )
        assert not Decision.objects.filter(type="security").exists()

    def test_a_duty_manager_overrides_a_forbidden_proposal_over_the_api_with_a_reason(
        self, normal_mode, policies
    ):
        policies.add(FORBID, override_groups=("duty_managers",), name="No lane closures")
        manager = client_for(person("dm-api", "operators", "duty_managers"))
        body = {
            "type": "security",
            "priority": "low",
            "confidence": "0.9",
            "risk": "0.1",
            "impact_assessment": {},
        }
        assert manager.post(DECISIONS, body, format="json").status_code == 409  # no reason given
        response = manager.post(DECISIONS, {**body, "override_reason": "Tower asked, storm"}, format="json")
        assert response.status_code == 201, response.content
        assert "override_reason" not in response.json()
        decision = Decision.objects.get(pk=response.json()["id"])
        assert any("Tower asked, storm" in note and "dm-api" in note for note in decision.notes)
        assert OrchestrationEvent.objects.filter(
            event_type=OrchestrationEventType.POLICY_OVERRIDDEN, related_entity_id=decision.pk
        ).exists()
        patch = manager.patch(f"{DECISIONS}{decision.pk}/", {"override_reason": "again"}, format="json")
        assert patch.status_code == 400 and "override_reason" in patch.json()


class TestSeparationOverTheApi:
    def test_whoever_last_changed_a_pending_decision_may_not_approve_it(self, normal_mode):
        decision = propose(risk=Decimal("0.6"))
        editor = make_user("operators")
        api = client_for(editor)
        assert api.patch(f"{DECISIONS}{decision.pk}/", {"risk": "0.65"}, format="json").status_code == 200
        response = api.post(f"{DECISIONS}{decision.pk}/approve/", {"notes": "fine"}, format="json")
        assert response.status_code == 409 and "last changed this decision" in response.json()["detail"]
        other = client_for(make_user("operators"))
        assert other.post(f"{DECISIONS}{decision.pk}/approve/", {}, format="json").status_code == 200


class TestDatabase:
    def test_a_raw_sql_update_of_the_substance_fails(self, approved):
        frozen = pytest.raises(IntegrityError, match=r"substance is frozen.*risk")
        with frozen, transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE decisions SET risk = 0.99 WHERE id = %s", [approved.pk])
        approved.refresh_from_db()
        assert approved.risk == Decimal("0.0100")

    def test_a_raw_sql_update_of_bookkeeping_passes(self, approved):
        with connection.cursor() as cursor:
            cursor.execute("UPDATE decisions SET tags = ARRAY['x'] WHERE id = %s", [approved.pk])
        approved.refresh_from_db()
        assert approved.tags == ["x"]

    @pytest.mark.parametrize(
        "statement",
        [
            "DELETE FROM decisions WHERE id = %s",
            "UPDATE decisions SET deleted_at = NOW() WHERE id = %s",
            "UPDATE actions SET parameters = '{}' WHERE decision_id = %s",
            "DELETE FROM actions WHERE decision_id = %s",
        ],
    )
    def test_raw_sql_cannot_delete_or_change_what_was_approved(self, approved, statement):
        with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, [approved.pk])
        assert Decision.objects.filter(pk=approved.pk).exists()
        assert approved.actions.get().parameters == {"lane": 2}

    def test_the_lifecycle_still_moves_an_approved_decisions_actions(self, approved):
        from orchestration import services

        services.decision_cancel(decision=approved, reason="storm")
        assert approved.actions.get().status == ActionStatus.CANCELLED


class TestAdmin:
    @pytest.fixture
    def browser(self, client):
        client.force_login(person("shift-lead-2", "operators", staff=True))
        return client

    def test_the_form_shows_the_substance_read_only(self, approved, browser):
        page = browser.get(
            reverse("admin:orchestration_decision_change", args=[approved.pk])
        ).content.decode()
        assert 'name="risk"' not in page and 'name="tags"' in page

    def test_a_post_that_changes_the_substance_is_refused_with_a_message(self, approved, browser):
        url = reverse("admin:orchestration_decision_change", args=[approved.pk])
        response = browser.post(url, {"risk": "0.99", "description": "changed"}, follow=True)
        assert "Not saved" in response.content.decode() and "risk" in response.content.decode()
        approved.refresh_from_db()
        assert approved.risk == Decimal("0.0100")
        assert refusals(approved.pk).get().payload["fields"] == ["description", "risk"]

    def test_an_action_page_post_is_refused_too(self, approved, browser):
        action = approved.actions.get()
        url = reverse("admin:orchestration_action_change", args=[action.pk])
        response = browser.post(url, {"parameters": '{"lane": 7}'}, follow=True)
        assert "Not saved" in response.content.decode()
        action.refresh_from_db()
        assert action.parameters == {"lane": 2}

    def test_delete_page_and_bulk_delete_action_keep_the_decision(self, approved, browser):
        assert browser.post(
            reverse("admin:orchestration_decision_delete", args=[approved.pk]), {"post": "yes"}
        ).status_code in (403, 409)
        browser.post(
            reverse("admin:orchestration_decision_changelist"),
            {"action": "delete_selected", "_selected_action": [str(approved.pk)], "post": "yes"},
        )
        approved.refresh_from_db()
        assert approved.deleted_at is None
        assert Action.objects.filter(decision=approved, deleted_at__isnull=True).count() == 1


def test_the_approval_panel_says_who_must_approve_and_why_you_cannot(normal_mode, policies, client):
    from orchestration.policy import REQUIRE_APPROVAL

    policies.add(REQUIRE_APPROVAL, approvals=2, approver_group="duty_managers", name="Four eyes on lanes")
    proposer = person("lead-proposer", "operators", "duty_managers", staff=True)
    decision = propose(risk=Decimal("0.1"), confidence=Decimal("0.95"), priority="medium", user=proposer)
    client.force_login(proposer)
    page = client.get(reverse("admin:orchestration_decision_change", args=[decision.pk])).content.decode()
    assert "Needs <strong>2</strong> distinct approvers" in page and "duty_managers" in page
    assert "Four eyes on lanes" in page
    assert "lead-proposer proposed this decision and may not approve it" in page
    assert 'name="approve"' not in page
