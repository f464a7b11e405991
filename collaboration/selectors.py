"""Collaboration reads."""

from django.db.models import QuerySet

from .lifecycle import SESSION
from .models import CollaborationSession


def collaboration_sessions_open(*, session_type: str | None = None) -> QuerySet[CollaborationSession]:
    """Sessions not ended (active or paused), the most recently started first."""
    sessions = CollaborationSession.objects.filter(status__in=SESSION.open_states)
    if session_type is not None:
        sessions = sessions.filter(session_type=session_type)
    return sessions.order_by("-started_at")
