"""Passenger rules beyond the transition maps, and the reads."""

import datetime as dt

import pytest
from django.utils import timezone

from airport_platform.exceptions import Conflict
from passenger import selectors, services
from passenger.choices import InterventionStatus, JourneyStatus
from tests.passenger.factories import JourneyInterventionFactory, PassengerJourneyFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("end", [JourneyStatus.COMPLETED, JourneyStatus.CANCELLED])
def test_a_journey_that_ends_is_no_longer_active(end):
    journey = PassengerJourneyFactory(journey_status=JourneyStatus.IN_PROGRESS, is_active=True)
    services.passenger_journey_transition(journey=journey, to=end)
    journey.refresh_from_db()
    assert journey.is_active is False


def test_a_disrupted_journey_that_resumes_stays_active():
    journey = PassengerJourneyFactory(journey_status=JourneyStatus.DISRUPTED, is_active=True)
    services.passenger_journey_transition(journey=journey, to=JourneyStatus.IN_PROGRESS)
    journey.refresh_from_db()
    assert journey.is_active is True


def test_an_intervention_is_scheduled_only_with_a_time():
    intervention = JourneyInterventionFactory(status=InterventionStatus.PLANNED, scheduled_for=None)
    with pytest.raises(Conflict, match="scheduled_for"):
        services.journey_intervention_transition(intervention=intervention, to=InterventionStatus.SCHEDULED)
    intervention.scheduled_for = timezone.now() + dt.timedelta(minutes=10)
    intervention.save()
    services.journey_intervention_transition(intervention=intervention, to=InterventionStatus.SCHEDULED)
    intervention.refresh_from_db()
    assert intervention.status == InterventionStatus.SCHEDULED


def test_executing_stamps_executed_at_once():
    intervention = JourneyInterventionFactory(status=InterventionStatus.SCHEDULED, executed_at=None)
    services.journey_intervention_transition(intervention=intervention, to=InterventionStatus.EXECUTING)
    intervention.refresh_from_db()
    executed = intervention.executed_at
    services.journey_intervention_transition(intervention=intervention, to=InterventionStatus.COMPLETED)
    intervention.refresh_from_db()
    assert executed is not None and intervention.executed_at == executed


def test_interventions_due_are_the_scheduled_ones_within_the_window_by_priority():
    now = timezone.now()
    soon_low = JourneyInterventionFactory(priority="low", scheduled_for=now + dt.timedelta(minutes=5))
    soon_critical = JourneyInterventionFactory(
        priority="critical", scheduled_for=now + dt.timedelta(minutes=9)
    )
    JourneyInterventionFactory(priority="critical", scheduled_for=now + dt.timedelta(hours=2))
    JourneyInterventionFactory(
        priority="critical", status=InterventionStatus.PLANNED, scheduled_for=now + dt.timedelta(minutes=1)
    )
    due = list(selectors.journey_interventions_due(within=dt.timedelta(minutes=15), now=now))
    assert due == [soon_critical, soon_low]


def test_disrupted_journeys():
    disrupted = PassengerJourneyFactory(journey_status=JourneyStatus.DISRUPTED)
    PassengerJourneyFactory(journey_status=JourneyStatus.IN_PROGRESS)
    assert list(selectors.passenger_journeys_disrupted()) == [disrupted]
