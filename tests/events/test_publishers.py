"""Which changes produce events: decisions and approvals, crisis records, journey interventions,
through the API, the admin and services alike."""

import pytest

from airport_platform.events.models import OutboxEvent
from orchestration import services

from .conftest import client_for, make_mode, make_scenario, make_user, stream

pytestmark = pytest.mark.django_db

DECISIONS = "/api/v1/orchestration/decisions/"


@pytest.fixture
def normal_mode(db):
    return make_mode(
        is_active=True,
        decision_thresholds={
            "auto_approve_max_risk": 0.3,
            "auto_approve_min_confidence": 0.8,
            "approval_timeout_minutes": 20,
        },
    )


def test_decision_proposal_and_approval_stream_in_order_on_the_decisions_aggregate(
    events_redis, normal_mode, django_capture_on_commit_callbacks
):
    operator, service = make_user("operators"), make_user("services")
    proposal = {
        "type": "gate_assignment",
        "priority": "high",
        "confidence": "0.95",
        "risk": "0.60",
        "impact_assessment": {"passengers_affected": 180},
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(service, **{"X-Request-ID": "planner-run-9"}).post(
            DECISIONS, proposal, format="json"
        )
    assert response.status_code == 201, response.json()
    decision = response.json()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(operator).post(
            f"{DECISIONS}{decision['id']}/approve/", {"notes": "ok"}, format="json"
        )
    assert response.status_code == 200, response.json()

    entries = stream(events_redis, "orchestration")
    assert [(e["type"], e["payload"].get("to")) for e in entries] == [
        ("decision_created", None),
        ("decision_transitioned", "pending_approval"),
        ("approval_requested", None),
        ("approval_decided", None),
        ("decision_transitioned", "approved"),
    ]
    assert {(e["aggregate_type"], e["aggregate_id"]) for e in entries} == {("decision", decision["id"])}
    assert {e["correlation_id"] for e in entries} == {decision["correlation_id"]}
    assert [e["request_id"] for e in entries[:3]] == ["planner-run-9"] * 3
    assert (
        entries[3]["payload"]["status"] == "approved" and entries[3]["payload"]["entity_type"] == "approval"
    )
    assert not OutboxEvent.objects.filter(delivered_at__isnull=True).exists()


def test_mode_activation_is_an_orchestration_event(
    events_redis, normal_mode, django_capture_on_commit_callbacks
):
    crisis_mode = make_mode(name="Crisis operations")
    with django_capture_on_commit_callbacks(execute=True):
        services.operating_mode_activate(mode=crisis_mode, user=None, reason="storm")
    (entry,) = stream(events_redis, "orchestration")
    assert entry["type"] == "mode_activated" and entry["aggregate_type"] == "operating_mode"
    assert entry["payload"]["mode"] == "Crisis operations" and entry["payload"]["reason"] == "storm"


def test_crisis_records_produce_events_on_the_scenarios_aggregate(
    events_redis, django_capture_on_commit_callbacks
):
    operator = make_user("operators")
    client = client_for(operator)
    with django_capture_on_commit_callbacks(execute=True):
        scenario = client.post(
            "/api/v1/crisis/crisis-scenarios/", {"scenario_type": "fire", "severity": "major"}, format="json"
        ).json()
        action = client.post(
            "/api/v1/crisis/crisis-actions/",
            {"scenario": scenario["id"], "action_type": "evacuate", "urgency": "immediate"},
            format="json",
        ).json()
        communication = client.post(
            "/api/v1/crisis/crisis-communications/",
            {"scenario": scenario["id"], "communication_type": "alert", "content": "Leave pier D"},
            format="json",
        ).json()
        response = client.post(
            f"/api/v1/crisis/crisis-actions/{action['id']}/transition/", {"status": "assigned"}, format="json"
        )
        assert response.status_code == 200, response.json()
        assert client.delete(f"/api/v1/crisis/crisis-scenarios/{scenario['id']}/").status_code == 204
        assert client.post(f"/api/v1/crisis/crisis-scenarios/{scenario['id']}/restore/").status_code == 200

    entries = stream(events_redis, "crisis")
    assert [e["type"] for e in entries] == [
        "crisis_scenario.created",
        "crisis_action.created",
        "crisis_communication.created",
        "crisis_action.updated",
        "crisis_scenario.soft_deleted",
        "crisis_action.soft_deleted",  # deleted with its scenario
        "crisis_communication.soft_deleted",
        "crisis_scenario.restored",
        "crisis_action.restored",
        "crisis_communication.restored",
    ]
    assert {(e["aggregate_type"], e["aggregate_id"]) for e in entries} == {
        ("crisis_scenario", scenario["id"])
    }
    assert entries[3]["payload"]["status"] == "assigned" and entries[3]["payload"]["id"] == action["id"]
    assert entries[2]["payload"]["id"] == communication["id"]


def test_admin_changes_produce_the_same_events(events_redis, client, django_capture_on_commit_callbacks):
    client.force_login(make_user(None, is_staff=True, is_superuser=True))
    scenario = make_scenario()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/crisis/crisisscenario/{scenario.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert [e["type"] for e in stream(events_redis, "crisis")][-1] == "crisis_scenario.soft_deleted"


def test_journey_interventions_produce_passenger_events(events_redis, django_capture_on_commit_callbacks):
    client = client_for(make_user("operators"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/passenger/journey-interventions/",
            {"intervention_type": "rerouting", "priority": "high", "execution_method": {"channel": "app"}},
            format="json",
        )
        assert response.status_code == 201, response.json()
        intervention = response.json()
        response = client.post(
            f"/api/v1/passenger/journey-interventions/{intervention['id']}/transition/",
            {"status": "executing"},
            format="json",
        )
        assert response.status_code == 200, response.json()
    entries = stream(events_redis, "passenger")
    assert [e["type"] for e in entries] == ["journey_intervention.created", "journey_intervention.updated"]
    assert entries[1]["payload"]["status"] == "executing"
    assert (
        entries[0]["aggregate_type"] == "journey_intervention"
        and entries[0]["aggregate_id"] == intervention["id"]
    )
