import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.orchestration.factories import OperatingModeFactory

from .governance_support import policies  # noqa: F401  (a fixture for every orchestration test)


@pytest.fixture
def normal_mode(db):
    """The active mode: auto-approves risk <= 0.3 with confidence >= 0.8; critical needs a human."""
    return OperatingModeFactory(
        name="Normal operations",
        is_active=True,
        decision_thresholds={
            "auto_approve_max_risk": 0.3,
            "auto_approve_min_confidence": 0.8,
            "always_require_approval_priorities": ["critical"],
            "approval_timeout_minutes": 20,
        },
    )


@pytest.fixture
def operator(db):
    user = get_user_model().objects.create_user("duty-manager", password="pw")
    user.groups.add(Group.objects.get(name="operators"))
    return user


@pytest.fixture
def second_operator(db):
    user = get_user_model().objects.create_user("apron-controller", password="pw")
    user.groups.add(Group.objects.get(name="operators"))
    return user


def propose(**overrides):
    from decimal import Decimal

    from orchestration import services

    fields = dict(
        type="gate_assignment",
        priority="high",
        confidence=Decimal("0.9"),
        risk=Decimal("0.1"),
        impact_assessment={"passengers_affected": 150},
        description="Move KL1234 from D7 to D9",
    )
    fields.update(overrides)
    return services.decision_propose(**fields)
