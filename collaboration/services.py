"""Collaboration business rules (writes), called by the admin's buttons and the API's
`POST {id}/transition/` alike (collaboration/lifecycle.py has the map)."""

from django.db import transaction

from .lifecycle import SESSION
from .models import CollaborationSession


@transaction.atomic
def collaboration_session_transition(
    *, session: CollaborationSession, to: str, user=None, reason: str = ""
) -> CollaborationSession:
    """Pause, resume or end a session (ending stamps ended_at)."""
    session = SESSION.lock(session)
    return SESSION.apply(session, to=to, user=user, reason=reason)
