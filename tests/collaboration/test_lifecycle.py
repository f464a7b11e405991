"""Collaboration sessions move only along their lifecycle, the same way through the service,
the API and the admin (tests/lifecycle_contract.py)."""

import pytest

from collaboration import lifecycle, services
from tests.collaboration.factories import CollaborationSessionFactory
from tests.lifecycle_contract import Case, LifecycleContract

pytestmark = pytest.mark.django_db


class TestCollaborationLifecycles(LifecycleContract):
    cases = [
        Case(
            "session",
            lifecycle.SESSION,
            services.collaboration_session_transition,
            CollaborationSessionFactory,
            "/api/v1/collaboration/collaboration-sessions/",
        ),
    ]
