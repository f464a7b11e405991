"""Factories for the passenger experience models, placed on the demo airport's map
(`demo/geography.py`: terminals, gates, flights, where touchpoints happen).

All randomness goes through `factory.random.randgen` (and Faker), so
`factory.random.reseed_random(seed)` makes every factory deterministic.
"""

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import Priority
from demo.geography import TERMINALS, associated_flight, location_for, position_for
from demo.numbers import random_uuid
from passenger.choices import (
    AggregationPeriod,
    ExperienceMetricType,
    InterventionStatus,
    InterventionType,
    JourneyStage,
    JourneyStatus,
    PassengerType,
    TouchpointOutcome,
    TouchpointType,
)
from passenger.models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney


def _minutes(low, high):
    return dt.timedelta(minutes=randgen.uniform(low, high))


# --- factories ---------------------------------------------------------------------------------


class PassengerJourneyFactory(DjangoModelFactory):
    class Meta:
        model = PassengerJourney

    passenger_id = factory.LazyFunction(lambda: random_uuid(randgen))
    journey_status = JourneyStatus.IN_PROGRESS
    passenger_type = fuzzy.FuzzyChoice(PassengerType.values)
    start_time = factory.LazyFunction(lambda: timezone.now() - _minutes(20, 120))
    end_time = None
    current_stage = JourneyStage.SECURITY
    current_location = factory.LazyFunction(lambda: location_for(TouchpointType.SECURITY_LANE, rng=randgen))
    current_position = factory.LazyAttribute(lambda o: position_for(o.current_location, randgen))
    personalization_profile = factory.LazyFunction(
        lambda: {
            "language": randgen.choice(("en", "nl", "de", "fr", "es")),
            "notification_channels": randgen.sample(("app_push", "sms", "email"), k=randgen.randint(1, 2)),
            "walking_speed": randgen.choice(("slow", "average", "fast")),
            "interests": randgen.sample(("lounge", "duty_free", "dining", "quiet_zone"), k=2),
        }
    )
    associated_flights = factory.LazyAttribute(
        lambda o: [associated_flight(o.start_time + _minutes(90, 180), randgen)]
    )
    satisfaction_metrics = factory.LazyFunction(
        lambda: {"overall": round(randgen.uniform(3.2, 4.9), 1), "touchpoints_rated": randgen.randint(1, 4)}
    )
    is_active = True


class JourneyTouchpointFactory(DjangoModelFactory):
    class Meta:
        model = JourneyTouchpoint

    journey = factory.SubFactory(PassengerJourneyFactory)
    touchpoint_type = fuzzy.FuzzyChoice(TouchpointType.values)
    location = factory.LazyAttribute(lambda o: location_for(o.touchpoint_type, rng=randgen))
    position = factory.LazyAttribute(lambda o: position_for(o.location, randgen))
    timestamp = factory.LazyAttribute(
        lambda o: (
            (o.journey.start_time if o.journey and o.journey.start_time else timezone.now()) + _minutes(1, 15)
        )
    )
    duration_seconds = fuzzy.FuzzyInteger(20, 900)
    outcome = TouchpointOutcome.SUCCESS
    satisfaction_score = fuzzy.FuzzyDecimal(2.5, 5.0, 2)
    metrics = factory.LazyAttribute(
        lambda o: {
            "wait_seconds": randgen.randint(0, o.duration_seconds),
            "queue_length": randgen.randint(0, 45),
        }
    )
    notes = None


class JourneyInterventionFactory(DjangoModelFactory):
    """Affects two journeys created with it, unless `affected_journeys` is given."""

    class Meta:
        model = JourneyIntervention

    class Params:
        journeys = factory.List([factory.SubFactory(PassengerJourneyFactory) for _ in range(2)])

    @classmethod
    def _generate(cls, strategy, params):
        if "affected_journeys" in params:
            params = {"journeys": [], **params}
        return super()._generate(strategy, params)

    intervention_type = fuzzy.FuzzyChoice(InterventionType.values)
    description = factory.LazyAttribute(
        lambda o: {
            InterventionType.NOTIFICATION: "Push the new gate and walking time to passengers of a gate change",
            InterventionType.REROUTING: "Route transfer passengers through the T2 connection centre",
            InterventionType.FAST_TRACK: "Offer fast track at security to passengers at risk of missing boarding",
            InterventionType.REBOOKING: "Rebook passengers of a cancelled flight on the next departure",
            InterventionType.ASSISTANCE: "Send a PRM assistance agent with a wheelchair to the check-in row",
            InterventionType.QUEUE_BALANCING: "Direct passengers from T1 security to the shorter T2 queue",
            InterventionType.COMPENSATION: "Issue meal vouchers for departures delayed more than two hours",
        }[o.intervention_type]
    )
    affected_journeys = factory.LazyAttribute(lambda o: [journey.id for journey in o.journeys])
    execution_method = factory.LazyFunction(
        lambda: {
            "channel": randgen.choice(("app_push", "sms", "display_boards", "staff")),
            "template": randgen.choice(("gate_change_v2", "queue_redirect", "fast_track_offer")),
            "languages": ["en", "nl"],
        }
    )
    priority = fuzzy.FuzzyChoice(Priority.values)
    status = InterventionStatus.SCHEDULED
    scheduled_for = factory.LazyFunction(lambda: timezone.now() + _minutes(5, 60))
    executed_at = None
    expected_impact = factory.LazyFunction(
        lambda: {
            "wait_time_reduction_min": round(randgen.uniform(2, 12), 1),
            "missed_connections_avoided": randgen.randint(0, 8),
        }
    )
    actual_impact = None
    created_by = factory.Faker("user_name")


# Plausible value ranges per experience metric type.
EXPERIENCE_METRIC_RANGES = {
    ExperienceMetricType.WAIT_TIME: (1.0, 25.0),
    ExperienceMetricType.QUEUE_LENGTH: (0, 140),
    ExperienceMetricType.SATISFACTION: (3.0, 4.8),
    ExperienceMetricType.NET_PROMOTER_SCORE: (-10, 60),
    ExperienceMetricType.DWELL_TIME: (35.0, 110.0),
    ExperienceMetricType.WALKING_DISTANCE: (150.0, 1200.0),
    ExperienceMetricType.COMPLAINT_RATE: (0.0, 0.02),
}


class ExperienceMetricFactory(DjangoModelFactory):
    class Meta:
        model = ExperienceMetric

    timestamp = factory.LazyFunction(timezone.now)
    metric_type = fuzzy.FuzzyChoice(ExperienceMetricType.values)
    location = factory.LazyFunction(lambda: f"{randgen.choice(TERMINALS)} Security")
    passenger_type = fuzzy.FuzzyChoice(PassengerType.values)
    value = factory.LazyAttribute(
        lambda o: Decimal(f"{randgen.uniform(*EXPERIENCE_METRIC_RANGES[o.metric_type]):.4f}")
    )
    sample_size = fuzzy.FuzzyInteger(20, 800)
    aggregation_period = AggregationPeriod.QUARTER_HOUR
    notes = None
