"""The passenger factories build rows that the model and the database both accept."""

import random

import pytest
from django.contrib.gis.geos import Point
from django.contrib.gis.measure import D

from demo.geography import AIRPORT_REFERENCE, location_for
from passenger.choices import TouchpointType
from passenger.models import JourneyTouchpoint, PassengerJourney
from tests.passenger.factories import (
    JourneyInterventionFactory,
    JourneyTouchpointFactory,
    PassengerJourneyFactory,
)

pytestmark = pytest.mark.django_db


def test_touchpoints_happen_after_their_journey_started():
    for touchpoint in JourneyTouchpointFactory.create_batch(5):
        assert touchpoint.timestamp > touchpoint.journey.start_time


def test_positions_are_on_the_airport():
    JourneyTouchpointFactory.create_batch(10)
    reference = Point(*AIRPORT_REFERENCE, srid=4326)
    assert JourneyTouchpoint.objects.filter(position__distance_lte=(reference, D(km=2))).count() == 10
    assert PassengerJourney.objects.filter(current_position__distance_lte=(reference, D(km=2))).count() == 10


@pytest.mark.parametrize(
    ("touchpoint_type", "expected"),
    [
        (TouchpointType.SECURITY_LANE, "T1 Security Lane "),
        (TouchpointType.GATE, "T2 Gate "),
        (TouchpointType.BAGGAGE_CLAIM, "T3 Baggage Belt "),
    ],
)
def test_locations_read_like_airport_signage(touchpoint_type, expected):
    terminal = expected.split()[0]
    assert location_for(touchpoint_type, terminal=terminal, rng=random.Random()).startswith(expected)


def test_interventions_affect_journeys_that_exist():
    intervention = JourneyInterventionFactory()
    assert len(intervention.affected_journeys) == 2
    assert PassengerJourney.objects.filter(pk__in=intervention.affected_journeys).count() == 2


def test_interventions_given_their_journeys_create_no_others():
    journey = PassengerJourneyFactory()
    JourneyInterventionFactory(affected_journeys=[journey.id])
    assert PassengerJourney.objects.count() == 1
