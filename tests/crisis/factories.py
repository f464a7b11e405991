"""Factories for crisis management: incidents on the airport map, the response and its resources."""

import datetime as dt

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from crisis.choices import (
    AffectedSystem,
    Channel,
    CommunicationStatus,
    CommunicationType,
    CrisisActionStatus,
    CrisisActionType,
    CrisisResourceStatus,
    CrisisResourceType,
    CrisisStatus,
    CrisisType,
    Severity,
    Urgency,
)
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario
from demo.geography import PIER_OFFSETS_M, airport_point

CRISIS_DESCRIPTIONS = {
    CrisisType.SEVERE_WEATHER: "Thunderstorm with lightning within 5 km: apron operations suspended",
    CrisisType.SECURITY_THREAT: "Unattended item in the T2 departure hall, area cordoned off",
    CrisisType.MEDICAL_EMERGENCY: "Passenger collapsed at gate D7, cardiac arrest suspected",
    CrisisType.FIRE: "Smoke from a baggage conveyor motor in the T2 baggage hall",
    CrisisType.AIRCRAFT_INCIDENT: "Hydraulic leak on an arriving A330 on taxiway A, fire services on scene",
    CrisisType.POWER_OUTAGE: "Loss of the T1 main substation feed, UPS and generators running",
    CrisisType.IT_OUTAGE: "Check-in and boarding system (DCS) unavailable for all airlines",
    CrisisType.PANDEMIC: "Public health screening ordered for arrivals from an affected region",
    CrisisType.MASS_DISRUPTION: "ATC system failure: no departures for the next two hours",
}

CRISIS_SYSTEMS = {
    CrisisType.SEVERE_WEATHER: [
        AffectedSystem.RUNWAYS,
        AffectedSystem.BAGGAGE_HANDLING,
        AffectedSystem.FUEL_SUPPLY,
    ],
    CrisisType.SECURITY_THREAT: [AffectedSystem.TERMINALS, AffectedSystem.SECURITY_SCREENING],
    CrisisType.MEDICAL_EMERGENCY: [AffectedSystem.TERMINALS],
    CrisisType.FIRE: [AffectedSystem.BAGGAGE_HANDLING, AffectedSystem.TERMINALS],
    CrisisType.AIRCRAFT_INCIDENT: [AffectedSystem.RUNWAYS, AffectedSystem.AIR_TRAFFIC_CONTROL],
    CrisisType.POWER_OUTAGE: [
        AffectedSystem.POWER,
        AffectedSystem.IT_NETWORK,
        AffectedSystem.BAGGAGE_HANDLING,
    ],
    CrisisType.IT_OUTAGE: [AffectedSystem.IT_NETWORK, AffectedSystem.TERMINALS],
    CrisisType.PANDEMIC: [AffectedSystem.TERMINALS, AffectedSystem.GROUND_TRANSPORT],
    CrisisType.MASS_DISRUPTION: [AffectedSystem.AIR_TRAFFIC_CONTROL, AffectedSystem.RUNWAYS],
}

CRISIS_ACTIONS = {
    CrisisActionType.EVACUATE: ("Evacuate the T2 baggage hall", "Terminal duty manager"),
    CrisisActionType.DISPATCH_RESPONDERS: (
        "Send fire tender FT-2 and a medical team to the scene",
        "Airport Fire Service",
    ),
    CrisisActionType.CLOSE_AREA: ("Close stands D5-D9 and the service road behind them", "Apron control"),
    CrisisActionType.REROUTE_PASSENGERS: (
        "Route passengers for pier D through pier C",
        "Terminal duty manager",
    ),
    CrisisActionType.NOTIFY_AUTHORITIES: (
        "Inform the Royal Marechaussee and the regional safety authority",
        "Crisis coordinator",
    ),
    CrisisActionType.ACTIVATE_BACKUP: (
        "Switch the baggage system to the backup power feed",
        "Technical operations",
    ),
    CrisisActionType.SUSPEND_OPERATIONS: (
        "Suspend all apron operations until lightning has cleared",
        "Apron control",
    ),
}

CRISIS_RESOURCES = {
    CrisisResourceType.FIRE_TENDER: (
        "Fire tender FT-{n}",
        "Fire station North",
        {"water_l": 12000, "foam_l": 1500, "crew": 4},
    ),
    CrisisResourceType.AMBULANCE: ("Ambulance AMB-{n}", "Medical post T2", {"stretchers": 2, "crew": 2}),
    CrisisResourceType.MEDICAL_TEAM: ("Medical team MT-{n}", "Medical post T2", {"paramedics": 3, "aed": 1}),
    CrisisResourceType.SECURITY_TEAM: (
        "Security response team SRT-{n}",
        "Security control room",
        {"officers": 6},
    ),
    CrisisResourceType.BUS: ("Apron bus B-{n}", "Bus depot East", {"passengers": 110}),
    CrisisResourceType.GENERATOR: (
        "Mobile generator GEN-{n}",
        "Technical depot",
        {"kva": 500, "fuel_hours": 18},
    ),
    CrisisResourceType.SHELTER_AREA: ("Shelter area T2 Lounge {n}", "T2 Departure Hall", {"people": 450}),
    CrisisResourceType.COMMAND_POST: (
        "Mobile command post CP-{n}",
        "Fire station North",
        {"seats": 8, "radio_channels": 6},
    ),
}

INCIDENT_NEAR = PIER_OFFSETS_M["D"]  # stand D7, in metres east/north of the airport reference


class CrisisScenarioFactory(DjangoModelFactory):
    class Meta:
        model = CrisisScenario

    scenario_type = fuzzy.FuzzyChoice(CrisisType.values)
    description = factory.LazyAttribute(lambda o: CRISIS_DESCRIPTIONS[o.scenario_type])
    severity = fuzzy.FuzzyChoice(Severity.values)
    affected_systems = factory.LazyAttribute(lambda o: list(CRISIS_SYSTEMS[o.scenario_type]))
    duration_estimate = factory.LazyFunction(
        lambda: {"expected_minutes": (m := randgen.choice((45, 90, 120, 180))), "p90_minutes": int(m * 1.6)}
    )
    passenger_impact = factory.LazyFunction(
        lambda: {
            "passengers_affected": randgen.randint(300, 12000),
            "flights_delayed": randgen.randint(2, 70),
            "flights_cancelled": randgen.randint(0, 15),
        }
    )
    status = CrisisStatus.ACTIVE
    is_simulation = False
    started_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=randgen.randint(5, 60)))
    ended_at = None
    incident_position = factory.LazyFunction(lambda: airport_point(INCIDENT_NEAR, radius_m=40, rng=randgen))
    created_by = "crisis.coordinator"


class CrisisActionFactory(DjangoModelFactory):
    class Meta:
        model = CrisisAction

    scenario = factory.SubFactory(CrisisScenarioFactory)
    action_type = fuzzy.FuzzyChoice(CrisisActionType.values)
    description = factory.LazyAttribute(lambda o: CRISIS_ACTIONS[o.action_type][0])
    urgency = fuzzy.FuzzyChoice(Urgency.values)
    status = CrisisActionStatus.ASSIGNED
    owner = factory.LazyAttribute(lambda o: CRISIS_ACTIONS[o.action_type][1])
    assigned_at = factory.LazyFunction(timezone.now)
    completed_at = None
    result = None


class CrisisCommunicationFactory(DjangoModelFactory):
    class Meta:
        model = CrisisCommunication

    scenario = factory.SubFactory(CrisisScenarioFactory)
    communication_type = fuzzy.FuzzyChoice(CommunicationType.values)
    content = factory.LazyAttribute(
        lambda o: {
            CommunicationType.ALERT: "Weather alert: boarding and baggage loading are paused for your safety.",
            CommunicationType.UPDATE: "Update: operations are expected to resume in about 45 minutes.",
            CommunicationType.INSTRUCTION: "Passengers for pier D: please use pier C and follow the signs.",
            CommunicationType.ALL_CLEAR: "All clear: operations have resumed. Check the app for your new times.",
            CommunicationType.PRESS_RELEASE: "Operations were suspended for 48 minutes during a thunderstorm.",
        }[o.communication_type]
    )
    channels = factory.LazyFunction(lambda: randgen.sample(Channel.values, k=randgen.randint(1, 3)))
    audience = fuzzy.FuzzyChoice(
        ["All passengers", "Passengers in T2", "Ground handling staff", "Airlines", "Media"]
    )
    status = CommunicationStatus.DRAFT
    sent_at = None
    sent_by = None
    effectiveness_metrics = None


class CrisisResourceFactory(DjangoModelFactory):
    class Meta:
        model = CrisisResource

    resource_type = fuzzy.FuzzyChoice(CrisisResourceType.values)
    name = factory.LazyAttributeSequence(lambda o, n: CRISIS_RESOURCES[o.resource_type][0].format(n=n + 1))
    description = None
    location = factory.LazyAttribute(lambda o: CRISIS_RESOURCES[o.resource_type][1])
    status = CrisisResourceStatus.AVAILABLE
    availability = factory.LazyFunction(
        lambda: {"shift": "24/7", "response_time_min": randgen.randint(2, 12)}
    )
    capacity = factory.LazyAttribute(lambda o: CRISIS_RESOURCES[o.resource_type][2])
    contact_info = factory.LazyFunction(
        lambda: {
            "radio_channel": f"OPS-{randgen.randint(1, 9)}",
            "phone": f"+31 20 601 {randgen.randint(1000, 9999)}",
        }
    )
    notes = None
    position = factory.LazyFunction(lambda: airport_point(INCIDENT_NEAR, radius_m=900, rng=randgen))
