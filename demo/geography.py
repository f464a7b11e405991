"""The demo airport's geography: terminals, piers and gates, flights, and where things are.

The demo airport is modelled on a large European hub (around lon 4.76, lat 52.31): three
terminals, piers B to E with numbered gates, security lanes, check-in rows, e-gates and baggage
belts. `airport_point()` places things on that map, `location_for()` names the place a
touchpoint happens, `flight_number()` / `gate_code()` give plausible flights and gates.

Shared by the demo day and the test factories, so it does not use factory-boy: every function
that draws takes the caller's random generator (`rng`), which keeps both reproducible.
"""

import datetime as dt
import math
import random

from django.contrib.gis.geos import Point

from airport_platform.geo import METRES_PER_DEGREE_LATITUDE
from passenger.choices import TouchpointType

AIRPORT_REFERENCE = (4.7639, 52.3086)  # lon, lat (WGS 84) of the terminal forecourt

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
    dlat = north_m / METRES_PER_DEGREE_LATITUDE
    dlon = east_m / (METRES_PER_DEGREE_LATITUDE * math.cos(math.radians(lat)))
    return Point(round(lon + dlon, 7), round(lat + dlat, 7), srid=4326)


def airport_point(near: tuple[float, float] = (0, 0), radius_m: float = 60, *, rng: random.Random) -> Point:
    """A point within `radius_m` of `near` (metres east/north of the airport reference)."""
    bearing = rng.uniform(0, 2 * math.pi)
    distance = radius_m * math.sqrt(rng.random())
    return offset_point(
        *AIRPORT_REFERENCE,
        near[0] + distance * math.cos(bearing),
        near[1] + distance * math.sin(bearing),
    )


def flight_number(rng: random.Random) -> str:
    return f"{rng.choice(AIRLINES)}{rng.randint(100, 1999)}"


def gate_code(rng: random.Random, pier: str | None = None) -> str:
    pier = pier or rng.choice("BCDE")
    return f"{pier}{rng.randint(1, GATES_PER_PIER)}"


def terminal_of_gate(gate: str) -> str:
    return next(terminal for terminal, piers in PIERS.items() if gate[0] in piers)


def gate_location(gate: str) -> str:
    return f"{terminal_of_gate(gate)} Gate {gate}"


def location_for(
    touchpoint_type: str, terminal: str | None = None, gate: str | None = None, *, rng: random.Random
) -> str:
    """A realistic place name for a touchpoint, e.g. "T1 Security Lane 3" or "T2 Gate D14"."""
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


def position_for(location: str, rng: random.Random) -> Point:
    """Where a named location is: near its pier for gates, near its terminal otherwise."""
    words = location.split()
    if len(words) >= 3 and words[1] == "Gate":
        pier = words[2][0]
        return airport_point(PIER_OFFSETS_M[pier], radius_m=120, rng=rng)
    return airport_point(TERMINAL_OFFSETS_M.get(words[0], (0, 0)), radius_m=90, rng=rng)


def associated_flight(departure: dt.datetime, rng: random.Random, gate: str | None = None) -> dict:
    gate = gate or gate_code(rng)
    return {
        "flight": flight_number(rng),
        "direction": "departure",
        "destination": rng.choice(DESTINATIONS),
        "scheduled_departure": departure.isoformat(),
        "gate": gate,
        "aircraft_type": rng.choice(AIRCRAFT_TYPES),
    }
