"""How collaboration reacts to other domains (connected at ready()).

Receivers run inside the sender's transaction: what they write commits or rolls back with the
change, and an error here fails the change."""

from airport_platform.choices import EntityType

from .choices import FeedbackType
from .models import HumanFeedback


def decision_rejection_kept_as_feedback(sender, *, decision, actor: str, notes: str, **kwargs):
    """`orchestration.signals.decision_rejected`: the reason is human feedback for the AI."""
    HumanFeedback.objects.create(
        entity_id=decision.pk,
        entity_type=EntityType.DECISION,
        feedback_type=FeedbackType.REJECTION_REASON,
        comments=notes,
        provided_by=actor,
    )
