"""Bad input gets a clear 400 naming the field and the reason; nothing is half-written."""

import uuid

import pytest

from orchestration.models import Action, Decision, OperatingMode
from tests.orchestration.factories import DecisionFactory, OperatingModeFactory
from tests.passenger.factories import PassengerJourneyFactory

pytestmark = pytest.mark.django_db

DECISIONS = "/api/v1/orchestration/decisions/"
MODES = "/api/v1/orchestration/operating-modes/"


def decision_payload(**overrides):
    payload = {
        "type": "gate_assignment",
        "status": "proposed",
        "priority": "high",
        "confidence": "0.9100",
        "risk": "0.1200",
        "impact_assessment": {"passengers_affected": 180},
        "tags": ["t2", "peak"],
    }
    payload.update(overrides)
    return payload


def mode_payload(**overrides):
    payload = {
        "name": "Winter operations",
        "priority_weights": {"safety": 0.5, "punctuality": 0.3, "sustainability": 0.2},
        "decision_thresholds": {"auto_approve_max_risk": 0.2, "auto_approve_min_confidence": 0.9},
    }
    payload.update(overrides)
    return payload


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("type", "teleport", "is not a valid choice"),
        ("priority", 7, "is not a valid choice"),
        ("confidence", "1.5", "less than or equal to 1"),
        ("risk", "-0.1", "greater than or equal to 0"),
        ("confidence", "abc", "A valid number is required"),
        ("impact_assessment", None, "may not be null"),
        ("tags", "not-a-list", "Expected a list"),
        ("initiated_at", "yesterday", "Datetime has wrong format"),
        ("operating_mode", str(uuid.UUID(int=1)), "does not exist"),
        ("correlation_id", "not-a-uuid", "Must be a valid UUID"),
    ],
)
def test_bad_decision_fields_are_named_with_the_reason(admin_client_, field, value, reason):
    response = admin_client_.post(DECISIONS, decision_payload(**{field: value}), format="json")
    assert response.status_code == 400
    assert reason in " ".join(response.json()[field])
    assert not Decision.objects.exists()


@pytest.mark.parametrize(
    ("document", "value", "reason"),
    [
        (
            "decision_thresholds",
            {"auto_approve_max_risk": 0.2},
            "'auto_approve_min_confidence' is a required property",
        ),
        (
            "decision_thresholds",
            {"auto_approve_max_risk": 2, "auto_approve_min_confidence": 0.9},
            "auto_approve_max_risk: 2 is greater than the maximum of 1",
        ),
        (
            "decision_thresholds",
            {"auto_approve_max_risk": 0.2, "auto_approve_min_confidence": 0.9, "colour": "red"},
            "Additional properties are not allowed",
        ),
        ("decision_thresholds", [], "is not of type 'object'"),
        ("priority_weights", {"safety": 0.5, "luck": 0.5}, "'luck' is not one of"),
        ("priority_weights", {"safety": 0.5, "punctuality": 0.2}, "weights must sum to 1"),
    ],
)
def test_malformed_json_documents_are_refused(admin_client_, document, value, reason):
    response = admin_client_.post(MODES, mode_payload(**{document: value}), format="json")
    assert response.status_code == 400
    assert reason in " ".join(response.json()[document])


def test_unknown_ids_in_affected_journeys_are_named(admin_client_):
    journey = PassengerJourneyFactory()
    missing = uuid.uuid4()
    response = admin_client_.post(
        "/api/v1/passenger/journey-interventions/",
        {
            "intervention_type": "rerouting",
            "execution_method": {"channel": "app_push"},
            "priority": "medium",
            "status": "planned",
            "affected_journeys": [str(journey.pk), str(missing)],
        },
        format="json",
    )
    assert response.status_code == 400
    assert str(missing) in response.json()["affected_journeys"][0]
    assert str(journey.pk) not in response.json()["affected_journeys"][0]


def test_entity_references_must_exist(admin_client_):
    decision = DecisionFactory()
    body = {
        "entity_type": "decision",
        "explanation_format": "narrative",
        "content": "Gate B14 frees up first.",
    }
    ok = admin_client_.post(
        "/api/v1/collaboration/ai-explanations/", {**body, "entity_id": str(decision.pk)}, format="json"
    )
    assert ok.status_code == 201, ok.content
    missing = uuid.uuid4()
    bad = admin_client_.post(
        "/api/v1/collaboration/ai-explanations/", {**body, "entity_id": str(missing)}, format="json"
    )
    assert bad.status_code == 400
    assert bad.json()["entity_id"] == [f"no decision with id {missing}"]


def test_lifecycle_columns_cannot_be_written_directly(admin_client_):
    OperatingModeFactory(is_active=True)
    response = admin_client_.post(MODES, mode_payload(is_active=True), format="json")
    assert response.status_code == 201
    assert response.json()["is_active"] is False  # only the activate operation switches modes
    assert OperatingMode.objects.filter(is_active=True).count() == 1
    decision = admin_client_.post(DECISIONS, decision_payload(status="completed"), format="json").json()
    assert decision["status"] in ("approved", "pending_approval")


def test_self_dependency_is_refused(admin_client_):
    decision = DecisionFactory()
    response = admin_client_.post(
        "/api/v1/orchestration/decision-dependencies/",
        {
            "dependent_decision": str(decision.pk),
            "dependency_decision": str(decision.pk),
            "dependency_type": "finish_to_start",
        },
        format="json",
    )
    assert response.status_code == 400


def test_malformed_json_body_is_400(admin_client_):
    response = admin_client_.generic("POST", DECISIONS, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_an_old_version_in_the_body_is_refused_and_changes_nothing(admin_client_):
    mode = OperatingModeFactory(description="original")
    url = f"{MODES}{mode.pk}/"
    first = admin_client_.patch(url, {"description": "first", "version": 1}, format="json")
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = admin_client_.patch(url, {"description": "second", "version": 1}, format="json")
    assert stale.status_code == 409
    assert "version 2" in stale.json()["detail"]
    mode.refresh_from_db()
    assert (mode.description, mode.version) == ("first", 2)


def test_author_fields_come_from_the_user_not_the_client(service_client, service):
    response = service_client.post(DECISIONS, decision_payload(requested_by="someone-else"), format="json")
    assert response.status_code == 201
    assert response.json()["requested_by"] == service.username


def test_failed_bulk_request_leaves_nothing(admin_client_):
    decision = DecisionFactory()
    actions = [
        {
            "decision": str(decision.pk),
            "type": "notify",
            "domain": "terminal",
            "parameters": {},
            "status": "pending",
            "execution_order": 1,
        },
        {
            "decision": str(decision.pk),
            "type": "notify",
            "domain": "nowhere",
            "parameters": {},
            "status": "pending",
            "execution_order": 2,
        },
    ]
    response = admin_client_.post("/api/v1/orchestration/actions/", actions, format="json")
    assert response.status_code == 400
    assert "domain" in response.json()["items"]["1"]
    assert not Action.objects.exists()


def test_bulk_size_is_capped(admin_client_, settings):
    settings.API_BULK_MAX_ITEMS = 2
    response = admin_client_.post(DECISIONS, [decision_payload()] * 3, format="json")
    assert response.status_code == 400
    assert "at most 2 items" in str(response.json())
