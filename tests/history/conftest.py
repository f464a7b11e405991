"""History fixtures: real users in the real groups, real tokens, rows made without factories."""

import itertools
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from crisis.models import CrisisScenario
from orchestration.models import Decision, OperatingMode

_names = itertools.count()


def make_user(group=None, **kwargs):
    user = get_user_model().objects.create_user(f"{group or 'user'}-h{next(_names)}", password="pw", **kwargs)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user, **headers):
    client = APIClient(headers=headers)
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def make_decision(**overrides):
    fields = dict(
        type="gate_assignment",
        priority="high",
        confidence=Decimal("0.9"),
        risk=Decimal("0.1"),
        impact_assessment={"passengers_affected": 150},
        description="Move KL1234 from D7 to D9",
    )
    fields.update(overrides)
    return Decision.objects.create(**fields)


def make_scenario(**overrides):
    fields = dict(scenario_type="severe_weather", severity="major", description="Thunderstorm over the field")
    fields.update(overrides)
    return CrisisScenario.objects.create(**fields)


def make_mode(**overrides):
    fields = dict(
        name="Normal operations",
        priority_weights={"safety": 0.5, "efficiency": 0.3, "passenger_experience": 0.2},
        decision_thresholds={"auto_approve_max_risk": 0.3, "auto_approve_min_confidence": 0.8},
    )
    fields.update(overrides)
    return OperatingMode.objects.create(**fields)


@pytest.fixture
def operator(db):
    return make_user("operators")


@pytest.fixture
def officer(db):
    """Operating modes (the table these tests edit) are changed by governance officers only."""
    return make_user("governance_officers")


@pytest.fixture
def service(db):
    return make_user("services")


@pytest.fixture
def auditor(db):
    return make_user("auditors")
