"""Passenger business rules (writes), called by the admin's buttons and the API's
`POST {id}/transition/` alike (passenger/lifecycle.py has the maps)."""

from django.db import transaction

from airport_platform.exceptions import Conflict

from .choices import InterventionStatus
from .lifecycle import INTERVENTION, JOURNEY
from .models import JourneyIntervention, PassengerJourney


@transaction.atomic
def passenger_journey_transition(
    *, journey: PassengerJourney, to: str, user=None, reason: str = ""
) -> PassengerJourney:
    """Move a journey; one that ends (completed, cancelled) is no longer active."""
    journey = JOURNEY.lock(journey)
    changes = {"is_active": False} if to in JOURNEY.final_states else None
    return JOURNEY.apply(journey, to=to, user=user, reason=reason, changes=changes)


@transaction.atomic
def journey_intervention_transition(
    *, intervention: JourneyIntervention, to: str, user=None, reason: str = ""
) -> JourneyIntervention:
    """Move an intervention; scheduling needs a time (`scheduled_for`)."""
    intervention = INTERVENTION.lock(intervention)
    INTERVENTION.check(INTERVENTION.current(intervention), to)
    if to == InterventionStatus.SCHEDULED and intervention.scheduled_for is None:
        raise Conflict("set scheduled_for before scheduling the intervention")
    return INTERVENTION.apply(intervention, to=to, user=user, reason=reason)
