"""Factories for the passenger experience models, and the airport's geography they share.

The demo airport is modelled on a large European hub (around lon 4.76, lat 52.31): three
terminals, piers B to E with numbered gates, security lanes, check-in rows, e-gates and baggage
belts. `airport_point()` places things on that map, `location_for()` names the place a
touchpoint happens, `flight_number()` / `gate_code()` give plausible flights and gates.

All randomness goes through `factory.random.randgen` (and Faker), so
`factory.random.reseed_random(seed)` makes every factory deterministic.
"""

import datetime as dt
import math
import uuid
from decimal import Decimal

import factory
from django.contrib.gis.geos import Point
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import Priority

from .choices import (
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
from .models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney

# --- the airport's geography ------------------------------------------------------------

AIRPORT_REFERENCE = (4.7639, 52.3086)  # lon, lat (WGS 84) of the terminal forecourt
METRES_PER_DEGREE_LAT = 111_320

TERMINALS = ("T1", "T2", "T3")
# Each terminal's piers and where they are, in metres east/north of the reference point.
TERMINAL_OFFSETS_M = {"T1": (-350, 120), "T2": (0, 0), "T3": (380, -90)}
PIERS = {"T1": ("B",), "T2": ("C", "D"), "T3": ("E",)}
PIER_OFFSETS_M = {"B": (-620, 520), "C": (-180, 640), "D": (260, 700), "E": (700, 380)}
GATES_PER_PIER = 20
SECURITY_LANES = 8
BAGGAGE_BELTS = 12

AIRLINES = ("KL", "HV", "U2", "BA", "LH", "AF", "DL", "TK", "EK", "SK", "LX", "IB")
DESTINATIONS = (
    "LHR", "CDG", "FRA", "JFK", "BCN", "MAD", "IST", "DXB", "CPH", "OSL",
    "ZRH", "FCO", "LIS", "ATL", "SIN", "DUB", "VIE", "ARN", "MAN", "NCE",
)  # fmt: skip
AIRCRAFT_TYPES = ("B737-800", "B737-900", "A320neo", "A321neo", "E195-E2", "B787-9", "A330-300", "B777-300ER")


def offset_point(lon: float, lat: float, east_m: float, north_m: float) -> Point:
    """The point `east_m` metres east and `north_m` metres north of (lon, lat)."""
    dlat = north_m / METRES_PER_DEGREE_LAT
    dlon = east_m / (METRES_PER_DEGREE_LAT * math.cos(math.radians(lat)))
    return Point(round(lon + dlon, 7), round(lat + dlat, 7), srid=4326)


def airport_point(near: tuple[float, float] = (0, 0), radius_m: float = 60, rng=None) -> Point:
    """A point within `radius_m` of `near` (metres east/north of the airport reference)."""
    rng = rng or randgen
    bearing = rng.uniform(0, 2 * math.pi)
    distance = radius_m * math.sqrt(rng.random())
    return offset_point(
        *AIRPORT_REFERENCE,
        near[0] + distance * math.cos(bearing),
        near[1] + distance * math.sin(bearing),
    )


def random_uuid(rng=None) -> uuid.UUID:
    """A version-4 UUID drawn from the (seedable) factory random generator."""
    return uuid.UUID(int=(rng or randgen).getrandbits(128), version=4)


def flight_number(rng=None) -> str:
    rng = rng or randgen
    return f"{rng.choice(AIRLINES)}{rng.randint(100, 1999)}"


def gate_code(rng=None, pier: str | None = None) -> str:
    rng = rng or randgen
    pier = pier or rng.choice("BCDE")
    return f"{pier}{rng.randint(1, GATES_PER_PIER)}"


def terminal_of_gate(gate: str) -> str:
    return next(terminal for terminal, piers in PIERS.items() if gate[0] in piers)


def gate_location(gate: str) -> str:
    return f"{terminal_of_gate(gate)} Gate {gate}"


def location_for(touchpoint_type: str, terminal: str | None = None, gate: str | None = None, rng=None) -> str:
    """A realistic place name for a touchpoint, e.g. "T1 Security Lane 3" or "T2 Gate D14"."""
    rng = rng or randgen
    terminal = terminal or (terminal_of_gate(gate) if gate else rng.choice(TERMINALS))
    match touchpoint_type:
        case TouchpointType.CHECK_IN_KIOSK:
            return f"{terminal} Check-in Kiosk {rng.randint(1, 40)}"
        case TouchpointType.CHECK_IN_DESK:
            return f"{terminal} Check-in Desk {rng.randint(1, 60)}"
        case TouchpointType.BAG_DROP:
            return f"{terminal} Bag Drop {rng.randint(1, 16)}"
        case TouchpointType.SECURITY_LANE:
            return f"{terminal} Security Lane {rng.randint(1, SECURITY_LANES)}"
        case TouchpointType.PASSPORT_EGATE:
            return f"{terminal} Passport Control E-gate {rng.randint(1, 24)}"
        case TouchpointType.LOUNGE:
            return f"{terminal} Lounge {rng.choice(('Crown', 'Panorama', 'Aspire'))}"
        case TouchpointType.RETAIL:
            return f"{terminal} {rng.choice(('Duty Free', 'Book Store', 'Coffee Bar', 'Pharmacy'))}"
        case TouchpointType.WAYFINDING:
            return f"{terminal} Wayfinding Kiosk {rng.randint(1, 12)}"
        case TouchpointType.HELP_DESK:
            return f"{terminal} Information Desk"
        case TouchpointType.GATE | TouchpointType.BOARDING:
            return gate_location(gate or gate_code(rng, pier=rng.choice(PIERS[terminal])))
        case TouchpointType.BAGGAGE_CLAIM:
            return f"{terminal} Baggage Belt {rng.randint(1, BAGGAGE_BELTS)}"
    return f"{terminal} Departure Hall"


def position_for(location: str, rng=None) -> Point:
    """Where a named location is: near its pier for gates, near its terminal otherwise."""
    words = location.split()
    if len(words) >= 3 and words[1] == "Gate":
        pier = words[2][0]
        return airport_point(PIER_OFFSETS_M[pier], radius_m=120, rng=rng)
    return airport_point(TERMINAL_OFFSETS_M.get(words[0], (0, 0)), radius_m=90, rng=rng)


def associated_flight(departure: dt.datetime, rng=None, gate: str | None = None) -> dict:
    rng = rng or randgen
    gate = gate or gate_code(rng)
    return {
        "flight": flight_number(rng),
        "direction": "departure",
        "destination": rng.choice(DESTINATIONS),
        "scheduled_departure": departure.isoformat(),
        "gate": gate,
        "aircraft_type": rng.choice(AIRCRAFT_TYPES),
    }


def _minutes(low, high):
    return dt.timedelta(minutes=randgen.uniform(low, high))


# --- factories ---------------------------------------------------------------------------------


class PassengerJourneyFactory(DjangoModelFactory):
    class Meta:
        model = PassengerJourney

    passenger_id = factory.LazyFunction(random_uuid)
    journey_status = JourneyStatus.IN_PROGRESS
    passenger_type = fuzzy.FuzzyChoice(PassengerType.values)
    start_time = factory.LazyFunction(lambda: timezone.now() - _minutes(20, 120))
    end_time = None
    current_stage = JourneyStage.SECURITY
    current_location = factory.LazyFunction(lambda: location_for(TouchpointType.SECURITY_LANE))
    current_position = factory.LazyAttribute(lambda o: position_for(o.current_location))
    personalization_profile = factory.LazyFunction(
        lambda: {
            "language": randgen.choice(("en", "nl", "de", "fr", "es")),
            "notification_channels": randgen.sample(("app_push", "sms", "email"), k=randgen.randint(1, 2)),
            "walking_speed": randgen.choice(("slow", "average", "fast")),
            "interests": randgen.sample(("lounge", "duty_free", "dining", "quiet_zone"), k=2),
        }
    )
    associated_flights = factory.LazyAttribute(
        lambda o: [associated_flight(o.start_time + _minutes(90, 180))]
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
    location = factory.LazyAttribute(lambda o: location_for(o.touchpoint_type))
    position = factory.LazyAttribute(lambda o: position_for(o.location))
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
