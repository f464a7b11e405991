"""Crisis rules beyond the transition maps, and the reads the admin and API use."""

import datetime as dt

import pytest
from django.utils import timezone

from airport_platform.exceptions import Conflict, InvalidTransition
from crisis import selectors, services
from crisis.choices import CommunicationStatus, CrisisActionStatus, CrisisResourceStatus, CrisisStatus
from tests.api.conftest import make_user
from tests.crisis.factories import (
    CrisisActionFactory,
    CrisisCommunicationFactory,
    CrisisResourceFactory,
    CrisisScenarioFactory,
)

pytestmark = pytest.mark.django_db


def test_a_scenario_is_closed_only_once_none_of_its_actions_is_open():
    scenario = CrisisScenarioFactory(status=CrisisStatus.RESOLVED)
    action = CrisisActionFactory(scenario=scenario, status=CrisisActionStatus.IN_PROGRESS)
    CrisisActionFactory(scenario=scenario, status=CrisisActionStatus.COMPLETED)
    with pytest.raises(Conflict, match="1 of its actions are open"):
        services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.CLOSED)
    scenario.refresh_from_db()
    assert scenario.status == CrisisStatus.RESOLVED

    services.crisis_action_transition(action=action, to=CrisisActionStatus.CANCELLED, reason="stood down")
    closed = services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.CLOSED)
    assert closed.status == CrisisStatus.CLOSED


def test_an_illegal_close_names_the_lifecycle_not_the_open_actions():
    scenario = CrisisScenarioFactory(status=CrisisStatus.ACTIVE)
    CrisisActionFactory(scenario=scenario, status=CrisisActionStatus.PENDING)
    with pytest.raises(InvalidTransition, match="cannot go from active to closed"):
        services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.CLOSED)


def test_escalating_again_keeps_the_first_start_time():
    scenario = CrisisScenarioFactory(status=CrisisStatus.MONITORING, started_at=None, ended_at=None)
    services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.ACTIVE)
    scenario.refresh_from_db()
    first_start = scenario.started_at
    services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.CONTAINED)
    services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.ACTIVE)
    scenario.refresh_from_db()
    assert scenario.started_at == first_start
    services.crisis_scenario_transition(scenario=scenario, to=CrisisStatus.RESOLVED)
    scenario.refresh_from_db()
    assert scenario.ended_at >= scenario.started_at


def test_sending_a_communication_records_when_and_by_whom():
    user = make_user("operators")
    message = CrisisCommunicationFactory(status=CommunicationStatus.APPROVED, sent_at=None, sent_by=None)
    sent = services.crisis_communication_transition(
        communication=message, to=CommunicationStatus.SENT, user=user
    )
    sent.refresh_from_db()
    assert sent.sent_by == user.username
    assert sent.sent_at is not None
    unsent = CrisisCommunicationFactory(status=CommunicationStatus.APPROVED, sent_at=None, sent_by=None)
    services.crisis_communication_transition(communication=unsent, to=CommunicationStatus.FAILED)
    unsent.refresh_from_db()
    assert unsent.sent_at is None and unsent.sent_by is None


def test_open_actions_come_most_urgent_first_then_oldest_with_their_age():
    scenario = CrisisScenarioFactory()
    now = timezone.now()
    low = CrisisActionFactory(scenario=scenario, urgency="low", assigned_at=now - dt.timedelta(hours=2))
    old_high = CrisisActionFactory(
        scenario=scenario, urgency="high", assigned_at=now - dt.timedelta(minutes=40)
    )
    new_high = CrisisActionFactory(
        scenario=scenario, urgency="high", assigned_at=now - dt.timedelta(minutes=5)
    )
    immediate = CrisisActionFactory(
        scenario=scenario, urgency="immediate", status=CrisisActionStatus.PENDING, assigned_at=None
    )
    CrisisActionFactory(scenario=scenario, urgency="immediate", status=CrisisActionStatus.COMPLETED)
    CrisisActionFactory(urgency="immediate")  # another scenario

    actions = list(selectors.crisis_actions_open(scenario=scenario, now=now))
    assert actions == [immediate, old_high, new_high, low]
    assert actions[1].age == dt.timedelta(minutes=40)
    assert actions[0].age == now - immediate.created_at


def test_open_scenarios_and_available_resources():
    closed = CrisisScenarioFactory(status=CrisisStatus.CLOSED)
    drill = CrisisScenarioFactory(is_simulation=True, severity="critical")
    real = CrisisScenarioFactory(is_simulation=False, severity="minor")
    assert closed not in selectors.crisis_scenarios_open()
    assert list(selectors.crisis_scenarios_open()) == [drill, real]
    assert list(selectors.crisis_scenarios_open(include_simulations=False)) == [real]

    ready = CrisisResourceFactory(status=CrisisResourceStatus.AVAILABLE, resource_type="ambulance")
    CrisisResourceFactory(status=CrisisResourceStatus.DEPLOYED, resource_type="ambulance")
    CrisisResourceFactory(status=CrisisResourceStatus.AVAILABLE, resource_type="bus")
    assert list(selectors.crisis_resources_available(resource_type="ambulance")) == [ready]
