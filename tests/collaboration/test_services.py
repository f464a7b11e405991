"""Collaboration session rules beyond the transition map, and the reads."""

import pytest

from collaboration import selectors, services
from collaboration.choices import SessionStatus
from tests.collaboration.factories import CollaborationSessionFactory

pytestmark = pytest.mark.django_db


def test_pausing_and_resuming_keeps_the_start_and_ending_stamps_the_end():
    session = CollaborationSessionFactory(status=SessionStatus.ACTIVE, ended_at=None)
    started = session.started_at
    services.collaboration_session_transition(session=session, to=SessionStatus.PAUSED)
    services.collaboration_session_transition(session=session, to=SessionStatus.ACTIVE)
    session.refresh_from_db()
    assert session.started_at == started and session.ended_at is None
    services.collaboration_session_transition(session=session, to=SessionStatus.COMPLETED)
    session.refresh_from_db()
    assert session.ended_at >= session.started_at


def test_open_sessions_are_active_or_paused():
    active = CollaborationSessionFactory(status=SessionStatus.ACTIVE)
    paused = CollaborationSessionFactory(status=SessionStatus.PAUSED)
    CollaborationSessionFactory(status=SessionStatus.COMPLETED)
    assert set(selectors.collaboration_sessions_open()) == {active, paused}
