"""The demo day's crisis: the thunderstorm, its response, communications and resources around it."""

import datetime as dt
import math

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
from demo.geography import AIRPORT_REFERENCE, airport_point, offset_point
from tests.crisis.factories import (
    CRISIS_ACTIONS,
    CRISIS_RESOURCES,
    CrisisActionFactory,
    CrisisCommunicationFactory,
    CrisisResourceFactory,
    CrisisScenarioFactory,
)

from .day import STORM_DURATION, DemoDay, minutes

INCIDENT_OFFSET_M = (250, 690)  # light mast at stand D7, metres east/north of the airport reference


def seed_crisis(day: DemoDay) -> None:
    rng = day.rng
    start, finish = day.storm_start - minutes(3), day.storm_end
    incident = airport_point(INCIDENT_OFFSET_M, radius_m=5, rng=rng)
    scenario = day.make(
        CrisisScenarioFactory,
        scenario_type=CrisisType.SEVERE_WEATHER,
        description="Thunderstorm over the airport: lightning struck the light mast at stand D7, apron "
        "operations suspended, two baggage belts tripped.",
        severity=Severity.MAJOR,
        affected_systems=[AffectedSystem.RUNWAYS, AffectedSystem.BAGGAGE_HANDLING, AffectedSystem.POWER],
        duration_estimate={
            "expected_minutes": 90,
            "p90_minutes": 140,
            "actual_minutes": int(STORM_DURATION.total_seconds() // 60),
        },
        passenger_impact={
            "passengers_affected": 9200,
            "flights_delayed": 64,
            "flights_cancelled": 11,
            "diversions": 3,
        },
        status=CrisisStatus.RESOLVED,
        is_simulation=False,
        started_at=start,
        ended_at=finish,
        incident_position=incident,
        created_by="crisis.coordinator",
        created_at=start,
    )
    actions = (
        (CrisisActionType.SUSPEND_OPERATIONS, Urgency.IMMEDIATE, CrisisActionStatus.COMPLETED, 1, 95),
        (CrisisActionType.DISPATCH_RESPONDERS, Urgency.IMMEDIATE, CrisisActionStatus.COMPLETED, 4, 40),
        (CrisisActionType.CLOSE_AREA, Urgency.HIGH, CrisisActionStatus.COMPLETED, 6, 90),
        (CrisisActionType.NOTIFY_AUTHORITIES, Urgency.HIGH, CrisisActionStatus.COMPLETED, 8, 15),
        (CrisisActionType.ACTIVATE_BACKUP, Urgency.HIGH, CrisisActionStatus.COMPLETED, 10, 22),
        (CrisisActionType.REROUTE_PASSENGERS, Urgency.NORMAL, CrisisActionStatus.COMPLETED, 14, 80),
        (CrisisActionType.EVACUATE, Urgency.NORMAL, CrisisActionStatus.CANCELLED, 9, None),
    )
    for kind, urgency, status, assigned, took in actions:
        description, owner = CRISIS_ACTIONS[kind]
        day.make(
            CrisisActionFactory,
            scenario=scenario,
            action_type=kind,
            description=description
            if kind != CrisisActionType.EVACUATE
            else "Evacuate the pier D gate lounges (not needed: no fire)",
            urgency=urgency,
            status=status,
            owner=owner,
            assigned_at=start + minutes(assigned),
            completed_at=start + minutes(assigned + took) if took else None,
            result={"outcome": "done", "notes": "no injuries"} if took else {"outcome": "cancelled"},
            created_at=start + minutes(assigned),
        )
    communications = (
        (CommunicationType.ALERT, [Channel.PA_SYSTEM, Channel.DISPLAY_BOARDS, Channel.APP_PUSH], "All passengers", 3,
         "Weather alert: boarding and baggage loading are paused because of lightning. Please stay inside."),
        (CommunicationType.INSTRUCTION, [Channel.RADIO], "Ground handling staff", 2,
         "All staff leave the apron now and shelter in the nearest building. Do not approach stand D7."),
        (CommunicationType.UPDATE, [Channel.DISPLAY_BOARDS, Channel.APP_PUSH, Channel.SOCIAL_MEDIA], "All passengers", 45,
         "Update: operations are expected to resume in about 45 minutes. Check the app for your flight."),
        (CommunicationType.ALL_CLEAR, [Channel.PA_SYSTEM, Channel.APP_PUSH, Channel.RADIO], "All passengers and staff", 100,
         "All clear: apron operations have resumed. Expect delays for the rest of the afternoon."),
        (CommunicationType.PRESS_RELEASE, [Channel.EMAIL, Channel.SOCIAL_MEDIA], "Media", 150,
         "A thunderstorm suspended apron operations for 100 minutes; 11 flights were cancelled."),
    )  # fmt: skip
    for kind, channels, audience, after, content in communications:
        sent_at = start + minutes(after)
        sent = sent_at <= day.end and kind != CommunicationType.PRESS_RELEASE
        day.make(
            CrisisCommunicationFactory,
            scenario=scenario,
            communication_type=kind,
            content=content,
            channels=channels,
            audience=audience,
            status=CommunicationStatus.SENT if sent else CommunicationStatus.APPROVED,
            sent_at=sent_at if sent else None,
            sent_by="crisis.coordinator" if sent else None,
            effectiveness_metrics={
                "reach": rng.randint(4000, 30000),
                "app_open_rate": round(rng.uniform(0.3, 0.7), 2),
            }
            if sent
            else None,
            created_at=sent_at - minutes(2),
        )
    # Resources around the incident: (type, status, distance m, bearing deg, location)
    resources = (
        (CrisisResourceType.FIRE_TENDER, CrisisResourceStatus.AVAILABLE, 60, 20, "Stand D7"),
        (CrisisResourceType.FIRE_TENDER, CrisisResourceStatus.AVAILABLE, 720, 200, "Fire station North"),
        (CrisisResourceType.FIRE_TENDER, CrisisResourceStatus.MAINTENANCE, 2400, 250, "Fire station South"),
        (CrisisResourceType.COMMAND_POST, CrisisResourceStatus.AVAILABLE, 150, 300, "Service road D"),
        (CrisisResourceType.AMBULANCE, CrisisResourceStatus.AVAILABLE, 380, 160, "Medical post T2"),
        (CrisisResourceType.MEDICAL_TEAM, CrisisResourceStatus.AVAILABLE, 420, 170, "Medical post T2"),
        (CrisisResourceType.SECURITY_TEAM, CrisisResourceStatus.DEPLOYED, 90, 110, "Stand D7 cordon"),
        (CrisisResourceType.BUS, CrisisResourceStatus.AVAILABLE, 300, 60, "Pier D bus gate"),
        (CrisisResourceType.BUS, CrisisResourceStatus.RESERVED, 1300, 90, "Bus depot East"),
        (CrisisResourceType.GENERATOR, CrisisResourceStatus.DEPLOYED, 210, 240, "T2 baggage hall"),
        (CrisisResourceType.SHELTER_AREA, CrisisResourceStatus.AVAILABLE, 650, 190, "T2 Departure Hall"),
        (CrisisResourceType.AMBULANCE, CrisisResourceStatus.UNAVAILABLE, 3100, 230, "Regional hospital"),
    )
    counters: dict[str, int] = {}
    for kind, status, distance, bearing, location in resources:
        counters[kind] = counters.get(kind, 0) + 1
        name, _, capacity = CRISIS_RESOURCES[kind]
        east = INCIDENT_OFFSET_M[0] + distance * math.sin(math.radians(bearing))
        north = INCIDENT_OFFSET_M[1] + distance * math.cos(math.radians(bearing))
        day.make(
            CrisisResourceFactory,
            resource_type=kind,
            name=name.format(n=counters[kind]),
            location=location,
            status=status,
            availability={"shift": "24/7", "response_time_min": max(1, distance // 250)},
            capacity=capacity,
            contact_info={
                "radio_channel": f"OPS-{rng.randint(1, 9)}",
                "phone": f"+31 20 601 {rng.randint(1000, 9999)}",
            },
            position=offset_point(*AIRPORT_REFERENCE, east, north),
            created_at=day.start - dt.timedelta(days=200),
        )
