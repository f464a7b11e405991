"""Journeys and interventions move only along their lifecycles, the same way through the
services, the API and the admin (tests/lifecycle_contract.py)."""

import pytest

from passenger import lifecycle, services
from tests.lifecycle_contract import Case, LifecycleContract
from tests.passenger.factories import JourneyInterventionFactory, PassengerJourneyFactory

pytestmark = pytest.mark.django_db


class TestPassengerLifecycles(LifecycleContract):
    cases = [
        Case(
            "journey",
            lifecycle.JOURNEY,
            services.passenger_journey_transition,
            PassengerJourneyFactory,
            "/api/v1/passenger/passenger-journeys/",
        ),
        Case(
            "intervention",
            lifecycle.INTERVENTION,
            services.journey_intervention_transition,
            JourneyInterventionFactory,
            "/api/v1/passenger/journey-interventions/",
        ),
    ]
