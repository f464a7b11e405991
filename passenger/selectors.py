"""Passenger reads."""

import datetime as dt

from django.db.models import QuerySet
from django.utils import timezone

from airport_platform.models.expressions import choice_rank

from .choices import InterventionStatus, JourneyStatus
from .models import JourneyIntervention, PassengerJourney


def passenger_journeys_disrupted() -> QuerySet[PassengerJourney]:
    """Journeys currently disrupted, the longest running first (they need help soonest)."""
    return PassengerJourney.objects.filter(journey_status=JourneyStatus.DISRUPTED).order_by("start_time")


def journey_interventions_due(
    *, within: dt.timedelta, now: dt.datetime | None = None
) -> QuerySet[JourneyIntervention]:
    """Scheduled interventions due within `within` (or overdue), most critical first, then by time."""
    now = now or timezone.now()
    return JourneyIntervention.objects.filter(
        status=InterventionStatus.SCHEDULED, scheduled_for__lte=now + within
    ).order_by(choice_rank(JourneyIntervention, "priority").desc(), "scheduled_for")
