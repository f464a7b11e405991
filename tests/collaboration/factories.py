"""Factories for human-AI collaboration: sessions, their artifacts, explanations and feedback.

Explanations and feedback point at real entities: by default a decision created with
`DecisionFactory` (pass `decision=` to reuse one, or `entity_type=`/`entity_id=` directly).
"""

import datetime as dt

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import EntityType
from collaboration.choices import (
    ArtifactType,
    AudienceLevel,
    ExplanationFormat,
    FeedbackType,
    SessionStatus,
    SessionType,
)
from collaboration.models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback
from tests.orchestration.factories import DecisionFactory

ROLES = ("duty_manager", "apron_controller", "terminal_manager", "security_supervisor", "energy_engineer")

SESSION_DESCRIPTIONS = {
    SessionType.DECISION_REVIEW: "Review of the open gate and staffing decisions before the evening bank",
    SessionType.INCIDENT_RESPONSE: "Incident room for the thunderstorm apron closure",
    SessionType.OPERATIONS_PLANNING: "Daily operations briefing: capacity, staffing and weather outlook",
    SessionType.SIMULATION_REVIEW: "Walk-through of the twin's what-if results with the duty managers",
    SessionType.TRAINING: "Training: working with the orchestrator's approval queue",
}


def artifact_content(artifact_type: str, rng=None, now=None) -> dict:
    rng, now = rng or randgen, now or timezone.now()
    match artifact_type:
        case ArtifactType.PLAN:
            return {
                "steps": [
                    {
                        "order": 1,
                        "owner": "apron_controller",
                        "task": "Confirm remote stands R72-R75 are free",
                    },
                    {"order": 2, "owner": "ground_handling", "task": "Stage three apron buses at R72"},
                    {"order": 3, "owner": "terminal_manager", "task": "Open bus gate D-bus for boarding"},
                ],
                "deadline": (now + dt.timedelta(hours=1)).isoformat(),
            }
        case ArtifactType.DECISION_DRAFT:
            return {
                "proposed_type": "staffing",
                "summary": "Open two extra security lanes in T1 from 16:30",
                "confidence": round(rng.uniform(0.7, 0.95), 2),
            }
        case ArtifactType.WHITEBOARD:
            return {"shapes": [{"kind": "arrow", "from": "T1 Security", "to": "T2 Security"}], "zoom": 1.0}
        case ArtifactType.REPORT:
            return {
                "title": "Shift report",
                "sections": {"punctuality": "OTP 86 %", "incidents": "1 weather hold (48 min)"},
            }
        case ArtifactType.ANNOTATION:
            return {"target": "decision", "text": "Check the PRM assistance capacity before approving."}
    return {"text": rng.choice(("Pier D cooling complaints after 14:00.", "Bus gate D-bus short of staff."))}


def impact_text(impact: dict) -> str:
    """An impact assessment as text: "passengers affected 168, delay minutes avoided 22"."""
    return ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in impact.items())


def decision_explanation(decision) -> str:
    return (
        f"{decision.description}. Expected impact: {impact_text(decision.impact_assessment)}. "
        f"The orchestrator estimated the risk at {float(decision.risk):.0%} with "
        f"{float(decision.confidence):.0%} confidence, given the active operating mode's priorities."
    )


class CollaborationSessionFactory(DjangoModelFactory):
    class Meta:
        model = CollaborationSession

    session_type = fuzzy.FuzzyChoice(SessionType.values)
    description = factory.LazyAttribute(lambda o: SESSION_DESCRIPTIONS[o.session_type])
    status = SessionStatus.ACTIVE
    started_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=randgen.randint(5, 90)))
    ended_at = None
    initiated_by = factory.Faker("user_name")
    participants = factory.LazyAttribute(
        lambda o: [
            {"user": o.initiated_by, "role": "duty_manager"},
            {"user": "apron.control", "role": randgen.choice(ROLES[1:])},
            {"agent": "orchestrator", "role": "ai_assistant"},
        ]
    )
    metrics = factory.LazyFunction(
        lambda: {
            "messages": randgen.randint(5, 80),
            "ai_suggestions": (total := randgen.randint(1, 8)),
            "ai_suggestions_accepted": randgen.randint(0, total),
        }
    )
    workspace_data = factory.LazyFunction(
        lambda: {"layout": "split", "pinned": ["approval_queue", "apron_map"]}
    )


class CollaborationArtifactFactory(DjangoModelFactory):
    class Meta:
        model = CollaborationArtifact

    session = factory.SubFactory(CollaborationSessionFactory)
    artifact_type = fuzzy.FuzzyChoice(ArtifactType.values)
    name = factory.LazyAttribute(
        lambda o: f"{ArtifactType(o.artifact_type).label}: {o.session.get_session_type_display()}"
    )
    description = None
    content = factory.LazyAttribute(lambda o: artifact_content(o.artifact_type))
    created_by = factory.Faker("user_name")


class EntityReferenceFactory(DjangoModelFactory):
    """Rows that refer to an entity by (entity_type, entity_id).

    By default they refer to `decision`, created unless given; pass `entity_type` and
    `entity_id` to refer to anything else (no decision is created then).
    """

    class Meta:
        abstract = True

    class Params:
        decision = factory.SubFactory(DecisionFactory)

    entity_type = EntityType.DECISION
    entity_id = factory.LazyAttribute(lambda o: o.decision.id)

    @classmethod
    def _generate(cls, strategy, params):
        if "entity_id" in params:
            params = {"decision": None, **params}
        return super()._generate(strategy, params)


class AIExplanationFactory(EntityReferenceFactory):
    class Meta:
        model = AIExplanation

    explanation_format = ExplanationFormat.NARRATIVE
    content = factory.LazyAttribute(
        lambda o: (
            decision_explanation(o.decision)
            if o.decision
            else f"The orchestrator's reasoning about this {EntityType(o.entity_type).label.lower()}."
        )
    )
    summary = factory.LazyAttribute(lambda o: o.decision.description[:200] if o.decision else None)
    audience_level = fuzzy.FuzzyChoice(AudienceLevel.values)
    confidence_score = fuzzy.FuzzyDecimal(0.6, 0.98, 4)


class HumanFeedbackFactory(EntityReferenceFactory):
    class Meta:
        model = HumanFeedback

    feedback_type = FeedbackType.RATING
    rating = fuzzy.FuzzyInteger(1, 5)
    comments = factory.LazyAttribute(
        lambda o: {
            1: "Wrong call: the alternative gate was already planned for a widebody.",
            2: "Technically fine but passengers got the notification too late.",
            3: "Acceptable, the explanation could mention the stand constraints.",
            4: "Good suggestion, saved us a delay.",
            5: "Exactly what I would have done, and faster.",
        }[o.rating]
    )
    provided_by = factory.Faker("user_name")
