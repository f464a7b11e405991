"""The collaboration factories build rows that the model and the database both accept."""

import pytest

from airport_platform.choices import EntityType
from orchestration.models import Decision
from tests.collaboration.factories import (
    AIExplanationFactory,
    CollaborationSessionFactory,
    HumanFeedbackFactory,
)
from tests.crisis.factories import CrisisScenarioFactory
from tests.orchestration.factories import DecisionFactory

pytestmark = pytest.mark.django_db


def test_explanations_and_feedback_refer_to_real_decisions():
    explanation = AIExplanationFactory()
    feedback = HumanFeedbackFactory()
    for row in (explanation, feedback):
        assert row.entity_type == EntityType.DECISION
        assert Decision.objects.filter(pk=row.entity_id).exists()


def test_explanation_describes_the_decision_it_explains():
    decision = DecisionFactory()
    explanation = AIExplanationFactory(decision=decision)
    assert explanation.entity_id == decision.id
    assert explanation.content.startswith(decision.description)


def test_session_participants_include_the_initiator_and_the_ai():
    session = CollaborationSessionFactory()
    assert session.participants[0]["user"] == session.initiated_by
    assert any(p.get("agent") == "orchestrator" for p in session.participants)


def test_feedback_can_refer_to_other_entities_without_creating_a_decision():
    scenario = CrisisScenarioFactory()
    feedback = HumanFeedbackFactory(entity_type=EntityType.CRISIS_SCENARIO, entity_id=scenario.id)
    explanation = AIExplanationFactory(entity_type=EntityType.CRISIS_SCENARIO, entity_id=scenario.id)
    assert (feedback.entity_id, explanation.entity_id) == (scenario.id, scenario.id)
    assert not Decision.all_objects.exists()
