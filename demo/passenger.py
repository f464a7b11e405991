"""Passengers of the demo day: journeys with time-ordered touchpoints, interventions, experience."""

import uuid
from collections.abc import Iterator

from airport_platform.choices import Priority
from demo.geography import (
    DESTINATIONS,
    TERMINAL_OFFSETS_M,
    TERMINALS,
    airport_point,
    flight_number,
    gate_code,
    location_for,
    position_for,
    terminal_of_gate,
)
from demo.numbers import dec
from orchestration.choices import DecisionStatus, DecisionType
from orchestration.models import Decision
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
from passenger.models import ExperienceMetric, JourneyTouchpoint, PassengerJourney
from tests.passenger.factories import JourneyInterventionFactory

from .day import BATCH_SIZE, DUTY_MANAGERS, DemoDay, airport_load, demo_rows, minutes, weighted

JOURNEYS_PER_DAY = 200
PASSENGER_MIX = (
    (PassengerType.STANDARD, 45),
    (PassengerType.TRANSFER, 15),
    (PassengerType.BUSINESS, 12),
    (PassengerType.FAMILY, 12),
    (PassengerType.CREW, 4),
    (PassengerType.REDUCED_MOBILITY, 5),
    (PassengerType.FIRST, 2),
    (PassengerType.UNACCOMPANIED_MINOR, 2),
    (PassengerType.VIP, 3),
)
ASSISTED = {PassengerType.REDUCED_MOBILITY, PassengerType.UNACCOMPANIED_MINOR}
PREMIUM = {PassengerType.BUSINESS, PassengerType.FIRST, PassengerType.VIP}
# touchpoint type -> journey stage it belongs to
STAGE_OF = {
    TouchpointType.HELP_DESK: JourneyStage.ARRIVAL_AT_AIRPORT,
    TouchpointType.CHECK_IN_KIOSK: JourneyStage.CHECK_IN,
    TouchpointType.CHECK_IN_DESK: JourneyStage.CHECK_IN,
    TouchpointType.BAG_DROP: JourneyStage.BAG_DROP,
    TouchpointType.SECURITY_LANE: JourneyStage.SECURITY,
    TouchpointType.PASSPORT_EGATE: JourneyStage.PASSPORT_CONTROL,
    TouchpointType.LOUNGE: JourneyStage.AIRSIDE_DWELL,
    TouchpointType.RETAIL: JourneyStage.AIRSIDE_DWELL,
    TouchpointType.GATE: JourneyStage.AIRSIDE_DWELL,
    TouchpointType.BOARDING: JourneyStage.BOARDING,
    TouchpointType.BAGGAGE_CLAIM: JourneyStage.BAGGAGE_CLAIM,
    TouchpointType.WAYFINDING: JourneyStage.EXITED,
}


def journey_steps(rng, passenger_type: str, direction: str) -> list[str]:
    """The touchpoints a passenger passes, in order."""
    if direction == "arrival":
        steps = [TouchpointType.PASSPORT_EGATE] if rng.random() < 0.4 else []
        steps += [TouchpointType.BAGGAGE_CLAIM] if rng.random() < 0.65 else []
        return steps + ([TouchpointType.WAYFINDING] if rng.random() < 0.3 or not steps else [])
    steps = [TouchpointType.HELP_DESK] if passenger_type in ASSISTED else []
    if direction == "departure" and passenger_type != PassengerType.CREW:
        if passenger_type in PREMIUM | ASSISTED or passenger_type == PassengerType.FAMILY:
            steps.append(TouchpointType.CHECK_IN_DESK)
        elif rng.random() < 0.55:
            steps.append(TouchpointType.CHECK_IN_KIOSK)
        if rng.random() < 0.65:
            steps.append(TouchpointType.BAG_DROP)
    steps.append(TouchpointType.SECURITY_LANE)
    if rng.random() < 0.35:
        steps.append(TouchpointType.PASSPORT_EGATE)
    if passenger_type in PREMIUM:
        steps.append(TouchpointType.LOUNGE)
    elif rng.random() < 0.6:
        steps.append(TouchpointType.RETAIL)
    return steps + [TouchpointType.GATE, TouchpointType.BOARDING]


def _touchpoint_timing(rng, kind: str, load: float, storm: bool) -> tuple[int, float]:
    """(duration in seconds, minutes until the next touchpoint) at the given load."""
    queue = 1 + 3 * load
    match kind:
        case TouchpointType.SECURITY_LANE:
            duration = 60 + 900 * load * rng.uniform(0.6, 1.3)
        case TouchpointType.CHECK_IN_DESK | TouchpointType.BAG_DROP:
            duration = 90 + 480 * load * rng.uniform(0.5, 1.2)
        case TouchpointType.LOUNGE | TouchpointType.RETAIL:
            duration = rng.uniform(600, 3000)
        case TouchpointType.GATE:
            duration = rng.uniform(900, 2400) + (rng.uniform(1200, 3600) if storm else 0)
        case TouchpointType.BAGGAGE_CLAIM:
            duration = 300 + 900 * load * rng.uniform(0.6, 1.2) + (1800 if storm else 0)
        case _:
            duration = rng.uniform(30, 150) * queue
    return int(duration), duration / 60 + rng.uniform(2, 9)


def _journeys(day: DemoDay, count: int, collected: dict) -> Iterator[PassengerJourney | JourneyTouchpoint]:
    """Journeys, each followed by its touchpoints; `collected` gathers (start, id) by status."""
    """Journeys and their touchpoints (journey first), time-ordered along each journey."""
    rng = day.rng
    for _ in range(count):
        passenger_type = weighted(rng, PASSENGER_MIX)
        direction = (
            "transfer"
            if passenger_type == PassengerType.TRANSFER
            else rng.choice(("departure",) * 3 + ("arrival",))
        )
        planned = rng.random() < 0.05
        start = (day.end + minutes(rng.uniform(10, 180))) if planned else day.moment_weighted_by_load()
        gate = gate_code(rng)
        terminal = terminal_of_gate(gate) if direction != "arrival" else rng.choice(TERMINALS)
        cancelled = day.in_storm(start) and direction == "departure" and rng.random() < 0.3
        steps = [] if planned else journey_steps(rng, passenger_type, direction)
        if cancelled:
            steps = [s for s in steps[:2] if s != TouchpointType.HELP_DESK] + [TouchpointType.HELP_DESK]

        journey_id = day.new_id()
        touchpoints, moment, disrupted = [], start, False
        for kind in steps:
            storm = day.in_storm(moment)
            load = airport_load(moment)
            duration, gap = _touchpoint_timing(rng, kind, load, storm)
            if moment > day.end:
                break
            location = location_for(kind, terminal=terminal, gate=gate, rng=rng)
            wait_min = duration / 60 if kind not in (TouchpointType.LOUNGE, TouchpointType.RETAIL) else 0
            outcome = TouchpointOutcome.SUCCESS
            if cancelled and kind == TouchpointType.HELP_DESK:
                outcome = TouchpointOutcome.REDIRECTED
            elif storm and kind in (
                TouchpointType.GATE,
                TouchpointType.BOARDING,
                TouchpointType.BAGGAGE_CLAIM,
            ):
                outcome, disrupted = TouchpointOutcome.DELAYED, True
            elif wait_min > 15:
                outcome = TouchpointOutcome.DELAYED
            score = max(
                1.0,
                min(
                    5.0, 4.8 - 0.07 * wait_min - (1.2 if outcome != "success" else 0) + rng.uniform(-0.4, 0.2)
                ),
            )
            touchpoints.append(
                JourneyTouchpoint(
                    id=day.new_id(),
                    journey_id=journey_id,
                    touchpoint_type=kind,
                    location=location,
                    position=position_for(location, rng=rng),
                    timestamp=moment.replace(microsecond=0),
                    created_at=moment,
                    duration_seconds=duration,
                    outcome=outcome,
                    satisfaction_score=dec(score, 2) if rng.random() < 0.6 else None,
                    metrics={
                        "wait_seconds": int(wait_min * 60),
                        "queue_length": int(wait_min * rng.uniform(4, 9)),
                    },
                    notes="Flight cancelled: sent to the transfer desk for rebooking"
                    if outcome == "redirected"
                    else None,
                )
            )
            moment += minutes(gap)

        last = touchpoints[-1] if touchpoints else None
        finished = bool(last) and (len(touchpoints) == len(steps)) and moment <= day.end
        if planned:
            status, stage, location = JourneyStatus.PLANNED, None, None
        elif cancelled and finished:
            status, stage, location = JourneyStatus.CANCELLED, JourneyStage.EXITED, last.location
        elif finished:
            status = JourneyStatus.COMPLETED
            stage = JourneyStage.DEPARTED if direction != "arrival" else JourneyStage.EXITED
            location = last.location
        else:
            status = JourneyStatus.DISRUPTED if disrupted else JourneyStatus.IN_PROGRESS
            stage = STAGE_OF[last.touchpoint_type] if last else JourneyStage.ARRIVAL_AT_AIRPORT
            if direction == "arrival" and not last:
                stage = JourneyStage.DEPLANING
            elif direction == "arrival" and stage == JourneyStage.PASSPORT_CONTROL:
                stage = JourneyStage.IMMIGRATION
            location = last.location if last else f"{terminal} Departure Hall"
        scores = [float(t.satisfaction_score) for t in touchpoints if t.satisfaction_score is not None]
        departure = (last.timestamp if last and finished else start + minutes(150)) + minutes(25)
        flight = (
            {
                "flight": flight_number(rng),
                "direction": "arrival",
                "origin": rng.choice(DESTINATIONS),
                "scheduled_arrival": (start - minutes(15)).isoformat(),
            }
            if direction == "arrival"
            else {
                "flight": flight_number(rng),
                "direction": "departure",
                "destination": rng.choice(DESTINATIONS),
                "scheduled_departure": departure.replace(microsecond=0).isoformat(),
                "gate": gate,
                "status": "cancelled" if cancelled else ("delayed" if disrupted else "scheduled"),
            }
        )
        journey = PassengerJourney(
            id=journey_id,
            passenger_id=uuid.UUID(int=rng.getrandbits(128), version=4),
            journey_status=status,
            passenger_type=passenger_type,
            start_time=start.replace(microsecond=0),
            end_time=(moment if finished else None),
            current_location=location,
            current_stage=stage,
            current_position=(
                last.position if last else airport_point(TERMINAL_OFFSETS_M[terminal], 80, rng=rng)
            )
            if not planned
            else None,
            personalization_profile={
                "language": rng.choice(("en", "nl", "de", "fr", "es", "zh")),
                "notification_channels": ["app_push"] + (["sms"] if rng.random() < 0.3 else []),
                "assistance": "wheelchair" if passenger_type == PassengerType.REDUCED_MOBILITY else None,
            },
            associated_flights=[flight],
            satisfaction_metrics={
                "overall": round(sum(scores) / len(scores), 2),
                "touchpoints_rated": len(scores),
            }
            if scores
            else None,
            is_active=status in (JourneyStatus.PLANNED, JourneyStatus.IN_PROGRESS, JourneyStatus.DISRUPTED),
            created_at=start,
        )
        collected.setdefault(status, []).append((journey.start_time, journey_id))
        if passenger_type == PassengerType.REDUCED_MOBILITY:
            collected.setdefault("prm", []).append((journey.start_time, journey_id))
        yield journey
        yield from touchpoints


EXPERIENCE_SERIES = (
    (ExperienceMetricType.WAIT_TIME, "T1 Security", None),
    (ExperienceMetricType.WAIT_TIME, "T2 Security", None),
    (ExperienceMetricType.WAIT_TIME, "T3 Security", None),
    (ExperienceMetricType.WAIT_TIME, "T2 Security", PassengerType.REDUCED_MOBILITY),
    (ExperienceMetricType.QUEUE_LENGTH, "T1 Security", None),
    (ExperienceMetricType.QUEUE_LENGTH, "T2 Check-in", None),
    (ExperienceMetricType.SATISFACTION, "Airport", None),
    (ExperienceMetricType.DWELL_TIME, "T2 Airside", None),
)


def _experience_metrics(day: DemoDay, moments) -> Iterator[ExperienceMetric]:
    rng = day.rng
    for moment in moments:
        load, storm = airport_load(moment), day.in_storm(moment)
        for metric_type, location, passenger_type in EXPERIENCE_SERIES:
            noise = rng.uniform(0.85, 1.15)
            value = {
                ExperienceMetricType.WAIT_TIME: (2 + 16 * load) * noise + (4 if passenger_type else 0),
                ExperienceMetricType.QUEUE_LENGTH: (8 + 110 * load) * noise,
                ExperienceMetricType.SATISFACTION: 4.6 - 1.0 * load * noise - (0.8 if storm else 0),
                ExperienceMetricType.DWELL_TIME: (45 + 30 * load) * noise + (55 if storm else 0),
            }[metric_type]
            yield ExperienceMetric(
                id=day.new_id(),
                timestamp=moment,
                created_at=moment,
                metric_type=metric_type,
                location=location,
                passenger_type=passenger_type,
                value=dec(value, 4),
                sample_size=int(30 + 900 * load),
                aggregation_period=AggregationPeriod.QUARTER_HOUR,  # rolling 15-minute window
            )


def seed_passenger(day: DemoDay) -> None:
    rng = day.rng
    count = JOURNEYS_PER_DAY * day.scale
    collected: dict[str, list] = {}
    journeys_and_touchpoints = _journeys(day, count, collected)
    buffer_journeys: list = []
    buffer_touchpoints: list = []
    with day.progress("passenger_journeys + journey_touchpoints", count) as bar:
        for row in journeys_and_touchpoints:
            if isinstance(row, PassengerJourney):
                buffer_journeys.append(row)
                bar.update(1)
            else:
                buffer_touchpoints.append(row)
            if len(buffer_touchpoints) >= BATCH_SIZE:
                PassengerJourney.all_objects.bulk_create(buffer_journeys)
                JourneyTouchpoint.objects.bulk_create(buffer_touchpoints)
                buffer_journeys, buffer_touchpoints = [], []
        PassengerJourney.all_objects.bulk_create(buffer_journeys)
        JourneyTouchpoint.objects.bulk_create(buffer_touchpoints)

    gate_change = (
        demo_rows(Decision)
        .filter(type=DecisionType.GATE_ASSIGNMENT, status=DecisionStatus.COMPLETED)
        .order_by("initiated_at")
        .first()
    )
    flight = gate_change.domain_details["flight"] if gate_change else flight_number(rng)

    def sample(key, k, around=None):
        """Up to k journeys of a status (or "prm"), those that started closest to `around` first."""
        journeys = collected.get(key, [])
        if around is not None:
            journeys = sorted(journeys, key=lambda journey: abs(journey[0] - around))[: k * 2]
        return [journey_id for _, journey_id in rng.sample(journeys, min(k, len(journeys)))]

    peak = day.moment_weighted_by_load(day.start + minutes(60), day.storm_start - minutes(60))
    gate_changed = (gate_change.initiated_at if gate_change else day.end - minutes(600)) + minutes(2)
    interventions = (
        (InterventionType.QUEUE_BALANCING, "Direct passengers from T1 security to the shorter T2 queue",
         InterventionStatus.COMPLETED, peak, sample(JourneyStatus.COMPLETED, 40, peak), Priority.HIGH,
         {"wait_time_reduction_min": 7.5}, {"wait_time_reduction_min": 6.1, "passengers_redirected": 312}),
        (InterventionType.NOTIFICATION, f"Push the gate change of {flight} with the new walking time",
         InterventionStatus.COMPLETED, gate_changed, sample(JourneyStatus.COMPLETED, 25, gate_changed), Priority.MEDIUM, {"missed_boardings_avoided": 4},
         {"delivered": 161, "opened": 129}),
        (InterventionType.REBOOKING, "Rebook passengers of flights cancelled during the thunderstorm",
         InterventionStatus.COMPLETED, day.storm_start + minutes(35), sample(JourneyStatus.CANCELLED, 50),
         Priority.CRITICAL, {"rebooked_share": 0.9}, {"rebooked_share": 0.87, "hotel_nights": 46}),
        (InterventionType.COMPENSATION, "Meal vouchers for departures delayed more than two hours by the storm",
         InterventionStatus.EXECUTING, day.storm_end + minutes(10), sample(JourneyStatus.DISRUPTED, 40)
         + sample(JourneyStatus.COMPLETED, 10), Priority.HIGH, {"vouchers": 900, "cost_eur": 13500}, None),
        (InterventionType.ASSISTANCE, "Wheelchair assistance meets PRM passengers at the check-in desk",
         InterventionStatus.COMPLETED, day.end - minutes(8 * 60), sample("prm", 12, day.end - minutes(8 * 60)), Priority.HIGH,
         {"max_wait_min": 10}, {"avg_wait_min": 7.8}),
        (InterventionType.FAST_TRACK, "Fast track at security for passengers at risk of missing boarding",
         InterventionStatus.SCHEDULED, day.end + minutes(10), sample(JourneyStatus.IN_PROGRESS, 15), Priority.HIGH,
         {"missed_boardings_avoided": 6}, None),
        (InterventionType.REROUTING, "Route transfer passengers through the T2 connection centre",
         InterventionStatus.PLANNED, day.end + minutes(90), sample(JourneyStatus.PLANNED, 20), Priority.MEDIUM,
         {"walking_distance_saved_m": 400}, None),
        (InterventionType.NOTIFICATION, "SMS delay notices for evening departures",
         InterventionStatus.FAILED, day.end - minutes(75), sample(JourneyStatus.IN_PROGRESS, 10), Priority.LOW,
         {"delivered": 40}, {"delivered": 0, "error": "SMS gateway timeout"}),
    )  # fmt: skip
    for kind, description, status, scheduled, affected, priority, expected, actual in interventions:
        executed = (
            scheduled
            if status
            in (InterventionStatus.COMPLETED, InterventionStatus.EXECUTING, InterventionStatus.FAILED)
            else None
        )
        day.make(
            JourneyInterventionFactory,
            intervention_type=kind,
            description=description,
            affected_journeys=affected,
            execution_method={
                "channel": {"notification": "app_push", "queue_balancing": "display_boards"}.get(
                    kind, "staff"
                ),
                "languages": ["en", "nl"],
            },
            priority=priority,
            status=status,
            scheduled_for=scheduled,
            executed_at=executed,
            expected_impact=expected,
            actual_impact=actual,
            created_by=rng.choice(DUTY_MANAGERS),
            created_at=min(scheduled, day.end) - minutes(5),
        )

    moments = day.times(15)
    day.bulk_insert(
        ExperienceMetric, _experience_metrics(day, moments), len(moments) * len(EXPERIENCE_SERIES)
    )
