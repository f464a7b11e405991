"""Collaboration on the demo day: sessions and artifacts, explanations of and feedback on decisions."""

from airport_platform.choices import Priority
from collaboration.choices import (
    ArtifactType,
    AudienceLevel,
    ExplanationFormat,
    FeedbackType,
    SessionStatus,
    SessionType,
)
from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import Approval, Decision
from tests.collaboration.factories import (
    AIExplanationFactory,
    CollaborationArtifactFactory,
    CollaborationSessionFactory,
    HumanFeedbackFactory,
    artifact_content,
    decision_explanation,
)

from .day import DUTY_MANAGERS, STORM_DURATION, DemoDay, demo_decisions, demo_rows, minutes, unit


def seed_collaboration(day: DemoDay) -> None:
    rng, end = day.rng, day.end
    sessions = (
        (SessionType.OPERATIONS_PLANNING, SessionStatus.COMPLETED, day.start + minutes(5 * 60), minutes(45)),
        (SessionType.SIMULATION_REVIEW, SessionStatus.COMPLETED, day.storm_start - minutes(60), minutes(25)),
        (
            SessionType.INCIDENT_RESPONSE,
            SessionStatus.COMPLETED,
            day.storm_start,
            STORM_DURATION + minutes(30),
        ),
        (SessionType.TRAINING, SessionStatus.ABANDONED, end - minutes(200), minutes(15)),
        (SessionType.DECISION_REVIEW, SessionStatus.ACTIVE, end - minutes(25), None),
    )
    artifacts = {
        SessionType.OPERATIONS_PLANNING: (ArtifactType.PLAN, ArtifactType.NOTE),
        SessionType.SIMULATION_REVIEW: (ArtifactType.REPORT, ArtifactType.ANNOTATION),
        SessionType.INCIDENT_RESPONSE: (ArtifactType.PLAN, ArtifactType.WHITEBOARD, ArtifactType.REPORT),
        SessionType.TRAINING: (ArtifactType.NOTE,),
        SessionType.DECISION_REVIEW: (ArtifactType.DECISION_DRAFT, ArtifactType.ANNOTATION),
    }
    for kind, status, started, duration in sessions:
        lead = rng.choice(DUTY_MANAGERS)
        session = day.make(
            CollaborationSessionFactory,
            session_type=kind,
            status=status,
            started_at=started,
            ended_at=started + duration if duration else None,
            initiated_by=lead,
            participants=[
                {"user": lead, "role": "duty_manager"},
                {
                    "user": rng.choice(DUTY_MANAGERS),
                    "role": rng.choice(("apron_controller", "terminal_manager")),
                },
                {"agent": "orchestrator", "role": "ai_assistant"},
            ],
            metrics={
                "messages": rng.randint(8, 90),
                "ai_suggestions": 6,
                "ai_suggestions_accepted": rng.randint(2, 6),
            },
            workspace_data={"layout": "split", "pinned": ["approval_queue", "apron_map"]},
            created_at=started,
        )
        for artifact_type in artifacts[kind]:
            day.make(
                CollaborationArtifactFactory,
                session=session,
                artifact_type=artifact_type,
                name=f"{ArtifactType(artifact_type).label}: {session.get_session_type_display().lower()}",
                content=artifact_content(artifact_type, rng=rng, now=started),
                created_by=lead,
                created_at=started + minutes(rng.uniform(1, 10)),
            )

    for decision in demo_decisions():
        day.make(
            AIExplanationFactory,
            decision=decision,
            explanation_format=ExplanationFormat.NARRATIVE,
            content=decision_explanation(decision),
            summary=decision.description[:200],
            audience_level=AudienceLevel.OPERATOR,
            confidence_score=decision.confidence,
            created_at=decision.initiated_at,
        )
        if float(decision.risk) > 0.3 or decision.priority == Priority.CRITICAL:
            day.make(
                AIExplanationFactory,
                decision=decision,
                explanation_format=ExplanationFormat.FEATURE_IMPORTANCE,
                content="Contributions to the recommendation: "
                + ", ".join(
                    f"{name} {weight:.2f}"
                    for name, weight in (
                        ("forecast delay", rng.uniform(0.3, 0.45)),
                        ("passengers affected", rng.uniform(0.15, 0.3)),
                        ("resource availability", rng.uniform(0.1, 0.2)),
                        ("operating mode weights", rng.uniform(0.05, 0.12)),
                    )
                ),
                summary="Which inputs drove the recommendation",
                audience_level=AudienceLevel.TECHNICAL,
                confidence_score=decision.confidence,
                created_at=decision.initiated_at,
            )
            day.make(
                AIExplanationFactory,
                decision=decision,
                explanation_format=ExplanationFormat.COUNTERFACTUAL,
                content="Without this decision the model expects about "
                f"{rng.randint(15, 60)} minutes of extra delay for the affected flights.",
                summary="What happens if nothing is done",
                audience_level=AudienceLevel.EXECUTIVE,
                confidence_score=unit(float(decision.confidence) - 0.05),
                created_at=decision.initiated_at,
            )

    for approval in demo_rows(Approval).select_related("decision").order_by("created_at"):
        if approval.status == ApprovalStatus.APPROVED:
            feedback_type, comments = FeedbackType.APPROVAL_REASON, approval.notes
        elif approval.status == ApprovalStatus.REJECTED:
            feedback_type, comments = FeedbackType.REJECTION_REASON, approval.notes
        else:
            continue
        day.make(
            HumanFeedbackFactory,
            decision=approval.decision,
            feedback_type=feedback_type,
            rating=None,
            comments=comments,
            provided_by=approval.approved_by,
            created_at=approval.approved_at,
        )
    finished = [d for d in demo_decisions() if d.status == DecisionStatus.COMPLETED]
    for decision in rng.sample(finished, min(10, len(finished))):
        rating = rng.choices((2, 3, 4, 5), weights=(1, 2, 5, 4))[0]
        day.make(
            HumanFeedbackFactory,
            decision=decision,
            feedback_type=FeedbackType.RATING,
            rating=rating,
            provided_by=rng.choice(DUTY_MANAGERS),
            created_at=decision.completed_at or decision.initiated_at,
        )
    for decision in demo_rows(Decision).filter(status=DecisionStatus.FAILED):
        day.make(
            HumanFeedbackFactory,
            decision=decision,
            feedback_type=FeedbackType.CORRECTION,
            rating=2,
            comments="The BMS gateway was in maintenance; check the maintenance calendar before adjusting setpoints.",
            provided_by="energy.desk",
            created_at=decision.completed_at,
        )
