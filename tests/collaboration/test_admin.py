"""The collaboration tables in the admin: actor columns and inline rows stamped from the logged-in
user, and the AI explanations collaboration shows on a decision's page (a related panel it
registers at ready(), so orchestration never imports collaboration)."""

import json

import pytest
from django.utils import timezone

from airport_platform.admin.panels import related_panels
from collaboration.models import CollaborationSession, HumanFeedback
from orchestration.models import Decision
from tests.admin_support import change_url, make_row, superuser_client, url
from tests.collaboration.factories import AIExplanationFactory
from tests.orchestration.factories import DecisionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return superuser_client()


def test_actor_columns_of_a_new_row_come_from_the_logged_in_user(client):
    decision = DecisionFactory()
    response = client.post(
        url(HumanFeedback, "add"),
        {
            "entity_id": str(decision.pk),
            "entity_type": "decision",
            "feedback_type": "comment",
            "rating": "4",
            "comments": "Good call on the gate change.",
            "provided_by": "someone-else",  # read-only: ignored
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert HumanFeedback.objects.get().provided_by == "ops.admin"


def test_inline_rows_are_stamped_too(client):
    session = make_row(CollaborationSession, ended_at=None)
    started = timezone.localtime(session.started_at)
    data = {
        "session_type": session.session_type,
        "description": session.description or "",
        "status": session.status,
        "started_at_0": started.strftime("%Y-%m-%d"),
        "started_at_1": started.strftime("%H:%M:%S"),
        "ended_at_0": "",
        "ended_at_1": "",
        "participants": json.dumps(session.participants),
        "metrics": json.dumps(session.metrics),
        "workspace_data": json.dumps(session.workspace_data),
        "artifacts-TOTAL_FORMS": "1",
        "artifacts-INITIAL_FORMS": "0",
        "artifacts-MIN_NUM_FORMS": "0",
        "artifacts-MAX_NUM_FORMS": "1000",
        "artifacts-0-artifact_type": "note",
        "artifacts-0-name": "Shift handover",
        "artifacts-0-description": "",
        "artifacts-0-content": json.dumps({"text": "Stand B12 blocked until 18:00"}),
    }
    response = client.post(change_url(session), data)
    assert response.status_code == 302, response.context["errors"]
    artifact = session.artifacts.get(name="Shift handover")
    assert artifact.created_by == artifact.updated_by == "ops.admin"


def test_a_decision_page_shows_its_ai_explanations_and_no_one_elses(client):
    # Collaboration adds its panel (governance adds its own next to it).
    assert "AI explanations" in [panel.label for panel in related_panels(Decision)]
    decision, other = DecisionFactory(), DecisionFactory()
    AIExplanationFactory(
        entity_type="decision", entity_id=decision.pk, summary="Frees gate D9", confidence_score="0.8"
    )
    AIExplanationFactory(entity_type="decision", entity_id=other.pk, summary="About the other one")
    page = client.get(change_url(decision)).text
    assert '<ul class="ai-explanations">' in page and "Frees gate D9" in page
    assert "About the other one" not in page
    assert '<ul class="ai-explanations">' not in client.get(url(Decision, "add")).text
