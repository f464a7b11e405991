"""Orchestration of the demo day: modes, decisions with approvals and actions, events, states."""

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from airport_platform.choices import EntityType, Priority
from demo.geography import TERMINALS, flight_number, gate_code
from orchestration.choices import (
    ActionStatus,
    ActionType,
    ApprovalStatus,
    DecisionStatus,
    DecisionType,
    DependencyType,
    OrchestrationEventType,
)
from orchestration.models import Decision, OperatingMode, OrchestrationEvent, SystemState
from tests.orchestration.factories import (
    OPERATING_MODES,
    ORCHESTRATOR,
    ActionDependencyFactory,
    ActionFactory,
    ApprovalFactory,
    ApprovalRequirementFactory,
    ApprovalSignoffFactory,
    DecisionDependencyFactory,
    DecisionFactory,
    OperatingModeFactory,
    autonomy_levels,
    decision_plan,
)

from .day import (
    DUTY_MANAGERS,
    IRREGULAR_AFTER_STORM,
    SYSTEM_STATE_EVERY_MIN,
    DemoDay,
    airport_load,
    minutes,
    unit,
    weighted,
)

ROUTINE_TYPES = (
    (DecisionType.GATE_ASSIGNMENT, 5),
    (DecisionType.STAFFING, 4),
    (DecisionType.PASSENGER_FLOW, 3),
    (DecisionType.RESOURCE_ALLOCATION, 3),
    (DecisionType.ENERGY_MANAGEMENT, 3),
    (DecisionType.STAND_ALLOCATION, 2),
    (DecisionType.FLIGHT_SCHEDULE, 2),
    (DecisionType.MAINTENANCE, 1),
    (DecisionType.SECURITY, 1),
    (DecisionType.OTHER, 1),
)
STORM_TYPES = (
    (DecisionType.FLIGHT_SCHEDULE, DependencyType.FINISH_TO_START),
    (DecisionType.STAND_ALLOCATION, DependencyType.INFORMS),
    (DecisionType.GATE_ASSIGNMENT, DependencyType.INFORMS),
    (DecisionType.PASSENGER_FLOW, DependencyType.START_TO_START),
)
STEP_SYSTEMS = {
    ActionType.NOTIFY: "notification-hub",
    ActionType.ANNOUNCE: "PA system",
    ActionType.UPDATE_SCHEDULE: "AODB",
    ActionType.REASSIGN_RESOURCE: "resource manager",
    ActionType.ADJUST_SETPOINT: "BMS",
    ActionType.DISPATCH: "workforce dispatch",
    ActionType.OPEN_LANE: "security lane control",
    ActionType.CLOSE_LANE: "security lane control",
    ActionType.OTHER: "field service",
}


@dataclass
class PlannedDecision:
    type: str
    status: str
    initiated_at: dt.datetime
    priority: str
    approval: str | None  # "auto", "human" or None
    mode: str
    correlation_id: uuid.UUID | None = None
    running_step: int | None = None  # executing: index of the step running now
    failing_step: int | None = None


def _mode_at(day: DemoDay, moment: dt.datetime) -> str:
    if day.storm_start <= moment < day.storm_end + IRREGULAR_AFTER_STORM:
        return "Irregular operations"
    return "Normal operations"


def _needs_human(thresholds: dict, priority: str) -> bool:
    return priority in thresholds.get("always_require_approval_priorities", [])


def plan_decisions(day: DemoDay) -> list[PlannedDecision]:
    rng, end = day.rng, day.end
    planned: list[PlannedDecision] = []

    def add(type_, status, moment, *, priority=None, approval="auto", **extra):
        mode = _mode_at(day, moment)
        thresholds = OPERATING_MODES[mode]["decision_thresholds"]
        if priority is None:
            priority = weighted(rng, ((Priority.LOW, 3), (Priority.MEDIUM, 5), (Priority.HIGH, 3)))
        if approval == "auto" and _needs_human(thresholds, priority):
            approval = "human"
        planned.append(
            PlannedDecision(type_, status, moment.replace(microsecond=0), priority, approval, mode, **extra)
        )

    # Routine decisions over the day, executed and finished (avoiding the storm).
    while len(planned) < 20:
        moment = day.moment_weighted_by_load(day.start + minutes(20), end - minutes(120))
        if not day.storm_start - minutes(30) <= moment < day.storm_end + minutes(40):
            approval = "auto" if rng.random() < 0.7 else "human"
            add(weighted(rng, ROUTINE_TYPES), DecisionStatus.COMPLETED, moment, approval=approval)
    # The thunderstorm: a crisis response, then the recovery decisions that depend on it.
    storm_id = uuid.UUID(int=day.rng.getrandbits(128), version=4)
    add(
        DecisionType.CRISIS_RESPONSE,
        DecisionStatus.COMPLETED,
        day.storm_start + minutes(2),
        priority=Priority.CRITICAL,
        approval="human",
        correlation_id=storm_id,
    )
    for index, (type_, _) in enumerate(STORM_TYPES):
        add(
            type_,
            DecisionStatus.COMPLETED,
            day.storm_start + minutes(12 + 17 * index),
            correlation_id=storm_id,
        )
    # Decisions that did not go through.
    add(
        DecisionType.ENERGY_MANAGEMENT,
        DecisionStatus.FAILED,
        end - minutes(300),
        priority=Priority.LOW,
        failing_step=1,
    )
    add(
        DecisionType.MAINTENANCE,
        DecisionStatus.EXPIRED,
        end - minutes(245),
        approval="human",
        priority=Priority.MEDIUM,
    )
    add(
        DecisionType.PASSENGER_FLOW,
        DecisionStatus.CANCELLED,
        end - minutes(190),
        approval="human",
        priority=Priority.HIGH,
    )
    add(
        DecisionType.STAND_ALLOCATION,
        DecisionStatus.REJECTED,
        end - minutes(150),
        approval="human",
        priority=Priority.HIGH,
    )
    # Live work at the end of the day.
    for type_ in (DecisionType.STAFFING, DecisionType.GATE_ASSIGNMENT, DecisionType.RESOURCE_ALLOCATION):
        add(type_, DecisionStatus.EXECUTING, end, running_step=rng.randint(0, 1))
    add(
        DecisionType.MAINTENANCE,
        DecisionStatus.APPROVED,
        end - minutes(rng.uniform(25, 60)),
        approval="human",
    )
    add(DecisionType.ENERGY_MANAGEMENT, DecisionStatus.APPROVED, end - minutes(rng.uniform(5, 20)))
    # Pending approvals: initiated at most 10 minutes before the end (now, rounded down to 15
    # minutes) with a 30-minute timeout, so they still expire at least 5 minutes in the future.
    for type_ in (DecisionType.SECURITY, DecisionType.STAFFING, DecisionType.FLIGHT_SCHEDULE):
        add(
            type_,
            DecisionStatus.PENDING_APPROVAL,
            end - minutes(rng.uniform(2, 10)),
            priority=Priority.CRITICAL,
            approval="human",
        )
    for type_ in (DecisionType.PASSENGER_FLOW, DecisionType.GATE_ASSIGNMENT):
        add(type_, DecisionStatus.PROPOSED, end - minutes(rng.uniform(0.5, 4)), approval=None)
    return planned


def _risk_and_confidence(rng, thresholds: dict, approval: str | None) -> tuple[Decimal, Decimal]:
    max_risk, min_confidence = thresholds["auto_approve_max_risk"], thresholds["auto_approve_min_confidence"]
    if approval == "auto":
        return unit(rng.uniform(0.02, max_risk - 0.01)), unit(rng.uniform(min_confidence + 0.005, 0.99))
    return unit(rng.uniform(max_risk + 0.02, 0.62)), unit(rng.uniform(0.68, 0.96))


def _step_times(rng, count: int) -> list[tuple[dt.timedelta, dt.timedelta]]:
    """(start offset, duration) of each sequential step after execution starts."""
    offsets, cursor = [], dt.timedelta(0)
    for _ in range(count):
        duration = dt.timedelta(seconds=rng.uniform(20, 240))
        offsets.append((cursor, duration))
        cursor += duration + dt.timedelta(seconds=rng.uniform(2, 30))
    return offsets


def seed_orchestration(day: DemoDay) -> None:
    active_exists = OperatingMode.objects.filter(is_active=True).exists()
    modes = {
        name: day.make(
            OperatingModeFactory,
            name=name,
            is_active=name == "Normal operations" and not active_exists,
            created_at=day.start - dt.timedelta(days=60),
            updated_by="ops.control",
        )
        for name in ("Normal operations", "Winter operations", "Irregular operations")
    }

    events: list[OrchestrationEvent] = []

    def event(
        moment, event_type, payload, entity=None, entity_type=None, correlation_id=None, source=ORCHESTRATOR
    ):
        events.append(
            OrchestrationEvent(
                id=day.new_id(),
                timestamp=moment,
                created_at=moment,
                event_type=event_type,
                source=source,
                related_entity_id=entity.id if entity else None,
                related_entity_type=entity_type,
                correlation_id=correlation_id,
                payload=payload,
            )
        )

    for moment, name in (
        (day.start, "Normal operations"),
        (day.storm_start, "Irregular operations"),
        (day.storm_end + IRREGULAR_AFTER_STORM, "Normal operations"),
    ):
        event(
            moment,
            OrchestrationEventType.MODE_ACTIVATED,
            {"mode": name, "activated_by": "m.jansen" if moment > day.start else "schedule"},
            modes[name],
            EntityType.OPERATING_MODE,
        )

    decisions: list[tuple[PlannedDecision, Decision]] = []
    for planned in sorted(plan_decisions(day), key=lambda p: p.initiated_at):
        decision, decision_events = _seed_decision(day, planned, modes[planned.mode])
        decisions.append((planned, decision))
        for args in decision_events:
            event(*args)

    _seed_decision_dependencies(day, decisions)

    # System alerts raised by the orchestrator itself.
    event(
        day.storm_start - minutes(4),
        OrchestrationEventType.SYSTEM_ALERT,
        {"alert": "lightning_within_5km", "distance_km": 4.2, "source": "weather radar"},
        source="weather-monitor",
    )
    event(
        day.end - minutes(300) + minutes(3),
        OrchestrationEventType.SYSTEM_ALERT,
        {"alert": "bms_no_acknowledgement", "zone": "T2-PIER-D", "retries": 3},
        source="energy-optimizer",
    )
    day.bulk_insert(OrchestrationEvent, events, len(events))

    external_times = day.times(15)
    day.bulk_insert(
        OrchestrationEvent, _external_events(day, external_times), len(external_times) * len(EXTERNAL_FEEDS)
    )
    state_times = day.times(SYSTEM_STATE_EVERY_MIN)
    day.bulk_insert(SystemState, _system_states(day, modes, state_times), len(state_times))


def _approval_outcome(rng, planned: PlannedDecision, risk, confidence, mode, t0, decided_at) -> dict | None:
    """The approval row's fields for a planned decision (None when no approval was requested)."""
    if planned.approval is None:
        return None
    thresholds = mode.decision_thresholds
    timeout = minutes(thresholds.get("approval_timeout_minutes", 30))
    fields = {"created_at": t0 + dt.timedelta(seconds=1), "expires_at": t0 + timeout}
    approver = rng.choice(DUTY_MANAGERS)
    status = planned.status
    if planned.approval == "auto":
        fields.update(
            status=ApprovalStatus.AUTO_APPROVED,
            approved_by=f"{ORCHESTRATOR} (auto)",
            approved_at=decided_at,
            expires_at=None,
            notes=f"risk {risk} <= {thresholds['auto_approve_max_risk']} and confidence {confidence} >= "
            f"{thresholds['auto_approve_min_confidence']} in {mode.name}",
        )
    elif status == DecisionStatus.PENDING_APPROVAL:
        fields.update(status=ApprovalStatus.PENDING)
    elif status == DecisionStatus.EXPIRED:
        fields.update(status=ApprovalStatus.EXPIRED, closed_at=t0 + timeout)
    elif status == DecisionStatus.CANCELLED:
        fields.update(
            status=ApprovalStatus.CANCELLED,
            notes="Withdrawn by the orchestrator: queues recovered before anyone approved.",
            closed_at=t0 + minutes(rng.uniform(2, 6)),
        )
    elif status == DecisionStatus.REJECTED:
        fields.update(
            status=ApprovalStatus.REJECTED,
            approved_by=approver,
            approved_at=decided_at,
            notes="Rejected: the remote stands are needed for the diverted widebodies.",
        )
    else:
        fields.update(
            status=ApprovalStatus.APPROVED,
            approved_by=approver,
            approved_at=decided_at,
            notes=rng.choice(
                (
                    "Checked against the stand plan, go ahead.",
                    "OK, keep the PRM assistance team informed.",
                    "Approved; monitor the queue for 20 minutes.",
                )
            ),
        )
    fields["updated_at"] = fields.get("approved_at") or fields.get("closed_at") or fields["created_at"]
    return fields


def _action_outcomes(day: DemoDay, planned: PlannedDecision, steps, step_times, exec_start) -> list[dict]:
    """How far each step got: status, start, end and result."""
    outcomes = []
    for order, (step, (offset, duration)) in enumerate(zip(steps, step_times, strict=True)):
        started, finished = exec_start + offset, exec_start + offset + duration
        outcome = {"status": ActionStatus.PENDING, "started_at": None, "completed_at": None, "result": None}
        if planned.status in (DecisionStatus.COMPLETED, DecisionStatus.EXECUTING, DecisionStatus.FAILED):
            failing = planned.failing_step if planned.status == DecisionStatus.FAILED else None
            if failing is not None and order > failing:
                outcome.update(status=ActionStatus.SKIPPED, result={"skipped": "an earlier step failed"})
            elif failing is not None and order == failing:
                outcome.update(
                    status=ActionStatus.FAILED,
                    started_at=started,
                    completed_at=finished,
                    result={
                        "outcome": "error",
                        "error": f"{STEP_SYSTEMS[step['type']]} did not acknowledge within 60 s",
                        "attempts": 3,
                    },
                )
            elif finished <= day.end:
                outcome.update(
                    status=ActionStatus.COMPLETED,
                    started_at=started,
                    completed_at=finished,
                    result={"outcome": "ok", "acknowledged_by": STEP_SYSTEMS[step["type"]]},
                )
            elif started <= day.end:
                outcome.update(status=ActionStatus.RUNNING, started_at=started)
        elif planned.status in (DecisionStatus.REJECTED, DecisionStatus.EXPIRED, DecisionStatus.CANCELLED):
            outcome["status"] = ActionStatus.CANCELLED
        outcomes.append(outcome)
    return outcomes


def _seed_decision(day: DemoDay, planned: PlannedDecision, mode: OperatingMode):
    """The decision, its approval and actions, and the events they produced (as `event` args)."""
    rng, status = day.rng, planned.status
    plan = decision_plan(planned.type, rng=rng)
    steps = plan["actions"]
    risk, confidence = _risk_and_confidence(rng, mode.decision_thresholds, planned.approval)
    step_times = _step_times(rng, len(steps))
    approval_latency = dt.timedelta(seconds=2) if planned.approval == "auto" else minutes(rng.uniform(1.5, 9))
    start_delay = dt.timedelta(seconds=rng.uniform(5, 40))
    t0 = planned.initiated_at
    if status == DecisionStatus.EXECUTING:
        # Work back from the end of the day: step `running_step` started a moment ago and still runs.
        k = planned.running_step or 0
        exec_start = day.end - step_times[k][1] * rng.uniform(0.2, 0.8) - step_times[k][0]
        t0 = (exec_start - start_delay - approval_latency).replace(microsecond=0)
    decided_at = t0 + approval_latency
    exec_start = decided_at + start_delay
    correlation_id = planned.correlation_id or uuid.UUID(int=rng.getrandbits(128), version=4)
    approval_fields = _approval_outcome(rng, planned, risk, confidence, mode, t0, decided_at)
    outcomes = _action_outcomes(day, planned, steps, step_times, exec_start)

    # Lifecycle transitions, and when the decision finished.
    before = DecisionStatus.PENDING_APPROVAL if planned.approval == "human" else DecisionStatus.PROPOSED
    transitions = []
    if planned.approval == "human":
        transitions.append(
            (t0 + dt.timedelta(seconds=1), DecisionStatus.PROPOSED, DecisionStatus.PENDING_APPROVAL)
        )
    if status in (
        DecisionStatus.APPROVED,
        DecisionStatus.EXECUTING,
        DecisionStatus.COMPLETED,
        DecisionStatus.FAILED,
    ):
        transitions.append((decided_at, before, DecisionStatus.APPROVED))
    if status in (DecisionStatus.EXECUTING, DecisionStatus.COMPLETED, DecisionStatus.FAILED):
        transitions.append((exec_start, DecisionStatus.APPROVED, DecisionStatus.EXECUTING))
    completed_at = None
    if status in (DecisionStatus.COMPLETED, DecisionStatus.FAILED):
        completed_at = max(o["completed_at"] for o in outcomes if o["completed_at"])
        transitions.append((completed_at, DecisionStatus.EXECUTING, status))
    elif status == DecisionStatus.REJECTED:
        completed_at = decided_at
        transitions.append((completed_at, before, status))
    elif status in (DecisionStatus.EXPIRED, DecisionStatus.CANCELLED):
        completed_at = approval_fields.pop("closed_at")
        transitions.append((completed_at, before, status))

    decision = day.make(
        DecisionFactory,
        type=planned.type,
        description=plan["description"],
        initiated_at=t0,
        completed_at=completed_at,
        status=status,
        priority=planned.priority,
        confidence=confidence,
        risk=risk,
        impact_assessment=plan["impact_assessment"],
        domain_details=plan["domain_details"],
        operating_mode=mode,
        correlation_id=correlation_id,
        requested_by=ORCHESTRATOR,
        tags=plan["tags"],
        notes=[],
        created_at=t0,
        updated_at=transitions[-1][0] if transitions else t0,
    )
    events = [
        (
            t0,
            OrchestrationEventType.DECISION_CREATED,
            {
                "type": planned.type,
                "priority": planned.priority,
                "risk": float(risk),
                "confidence": float(confidence),
            },
            decision,
            EntityType.DECISION,
            correlation_id,
        )
    ]
    events += [
        (
            moment,
            OrchestrationEventType.DECISION_TRANSITIONED,
            {"from": old, "to": new},
            decision,
            EntityType.DECISION,
            correlation_id,
        )
        for moment, old, new in transitions
    ]

    if approval_fields:
        approval = day.make(ApprovalFactory, decision=decision, **approval_fields)
        if planned.approval == "human":
            # Who had to sign (fixed when the approval opened) and, once decided, who did.
            day.make(
                ApprovalRequirementFactory,
                approval=approval,
                approver_groups=[],
                deadline=approval.expires_at,
                reasons=[f"outside the thresholds of {mode.name}"],
                created_at=approval.created_at,
            )
            if approval.status == ApprovalStatus.APPROVED:
                day.make(
                    ApprovalSignoffFactory,
                    approval=approval,
                    signed_by=approval.approved_by,
                    signed_at=approval.approved_at,
                    notes=approval.notes or "",
                    created_at=approval.approved_at,
                )
            events.append(
                (
                    approval.created_at,
                    OrchestrationEventType.APPROVAL_REQUESTED,
                    {"expires_at": approval.expires_at.isoformat(), "mode": mode.name},
                    approval,
                    EntityType.APPROVAL,
                    correlation_id,
                )
            )
        if approval.approved_at:
            events.append(
                (
                    approval.approved_at,
                    OrchestrationEventType.APPROVAL_DECIDED,
                    {"status": approval.status, "approved_by": approval.approved_by},
                    approval,
                    EntityType.APPROVAL,
                    correlation_id,
                )
            )

    # The actions, chained in execution order (edges always point forward: acyclic).
    previous = None
    for order, (step, outcome) in enumerate(zip(steps, outcomes, strict=True)):
        action = day.make(
            ActionFactory,
            decision=decision,
            type=step["type"],
            domain=step["domain"],
            description=step["description"],
            parameters=step["parameters"],
            execution_order=order,
            retry_policy={"max_attempts": 3, "backoff_seconds": [5, 30, 120]},
            created_at=t0,
            updated_at=outcome["completed_at"] or outcome["started_at"] or t0,
            **outcome,
        )
        if action.started_at:
            events.append(
                (
                    action.started_at,
                    OrchestrationEventType.ACTION_TRANSITIONED,
                    {"from": ActionStatus.PENDING, "to": ActionStatus.RUNNING, "execution_order": order},
                    action,
                    EntityType.ACTION,
                    correlation_id,
                )
            )
        if action.completed_at:
            events.append(
                (
                    action.completed_at,
                    OrchestrationEventType.ACTION_TRANSITIONED,
                    {"from": ActionStatus.RUNNING, "to": action.status, "execution_order": order},
                    action,
                    EntityType.ACTION,
                    correlation_id,
                )
            )
        if previous is not None:
            parallel = step["type"] in (ActionType.NOTIFY, ActionType.ANNOUNCE)
            day.make(
                ActionDependencyFactory,
                dependency_action=previous,
                dependent_action=action,
                dependency_type=DependencyType.START_TO_START if parallel else DependencyType.FINISH_TO_START,
                created_at=t0,
            )
        previous = action
    return decision, events


def _seed_decision_dependencies(day: DemoDay, decisions: list[tuple[PlannedDecision, Decision]]) -> None:
    """Edges always run from an earlier decision to a later one, so the graph is acyclic."""
    rng = day.rng
    edges: dict[tuple, str] = {}
    storm = [d for p, d in decisions if p.type == DecisionType.CRISIS_RESPONSE]
    for planned, decision in decisions:
        if storm and planned.correlation_id and decision is not storm[0]:
            kind = dict(STORM_TYPES)[planned.type]
            edges[(storm[0], decision)] = kind
    ordered = [d for _, d in decisions]
    while len(edges) < len(STORM_TYPES) + 6:
        first, second = sorted(rng.sample(range(len(ordered)), 2))
        if ordered[first].initiated_at < ordered[second].initiated_at:
            edges.setdefault((ordered[first], ordered[second]), rng.choice(DependencyType.values))
    for (dependency, dependent), kind in edges.items():
        day.make(
            DecisionDependencyFactory,
            dependency_decision=dependency,
            dependent_decision=dependent,
            dependency_type=kind,
            created_at=dependent.initiated_at,
        )


EXTERNAL_FEEDS = ("AODB", "A-CDM", "KNMI weather", "BHS T2", "Queue sensors", "BMS")


def _external_events(day: DemoDay, moments: list[dt.datetime]) -> Iterator[OrchestrationEvent]:
    """What the airport's systems report to the orchestrator, every 15 minutes per feed."""
    rng = day.rng
    for moment in moments:
        load, storm = airport_load(moment), day.in_storm(moment)
        for source in EXTERNAL_FEEDS:
            event_type = OrchestrationEventType.EXTERNAL
            if source == "AODB":
                payload = {
                    "message": "estimated off-block time updated",
                    "flight": flight_number(rng),
                    "gate": gate_code(rng),
                    "delay_min": rng.randint(25, 90) if storm else rng.randint(0, 25),
                }
            elif source == "A-CDM":
                payload = {
                    "message": "TSAT issued",
                    "flight": flight_number(rng),
                    "tsat": (moment + minutes(25)).isoformat(),
                }
            elif source == "KNMI weather":
                zulu = moment.astimezone(dt.UTC).strftime("%d%H%MZ")
                weather = (
                    "28025G42KT 3000 +TSRA BKN012CB"
                    if storm
                    else f"{rng.choice((22, 24, 25))}0{rng.randint(6, 14)}KT 9999 FEW030"
                )
                payload = {
                    "metar": f"EHAM {zulu} {weather} 17/14 Q1009",
                    "lightning_within_km": 2.1 if storm else None,
                }
            elif source == "BHS T2":
                payload = {
                    "sorter": "T2 sorter 2",
                    "throughput_bags_per_hour": int(600 + 2400 * load),
                    "jams_last_15min": rng.randint(0, 2),
                }
            elif source == "Queue sensors":
                terminal = rng.choice(TERMINALS)
                wait = round(2 + 18 * load * rng.uniform(0.7, 1.3), 1)
                payload = {
                    "location": f"{terminal} Security",
                    "queue_length": int(wait * 6),
                    "wait_min": wait,
                }
                if wait > 20:
                    event_type = OrchestrationEventType.SYSTEM_ALERT
                    payload["alert"] = "security_wait_above_20_min"
            else:
                payload = {
                    "zone": f"{rng.choice(TERMINALS)}-HALL",
                    "temperature_c": round(rng.uniform(20.5, 23.8), 1),
                    "co2_ppm": int(450 + 500 * load),
                }
            yield OrchestrationEvent(
                id=day.new_id(),
                timestamp=moment + dt.timedelta(seconds=rng.randint(0, 50)),
                created_at=moment,
                event_type=event_type,
                source=source,
                payload=payload,
            )


def _system_states(day: DemoDay, modes: dict, moments: list[dt.datetime]) -> Iterator[SystemState]:
    rng = day.rng
    for moment in moments:
        load, storm = airport_load(moment), day.in_storm(moment)
        mode = modes[_mode_at(day, moment)]
        risks = []
        if storm:
            risks = [{"risk": "lightning", "severity": "major", "area": "apron"}]
        elif load > 0.85:
            risks = [{"risk": "security_queue_peak", "severity": "moderate", "area": "T1"}]
        yield SystemState(
            id=day.new_id(),
            timestamp=moment,
            created_at=moment,
            operating_mode=mode,
            autonomy_levels=autonomy_levels(rng) if not storm else {d: 2 for d in autonomy_levels(rng)},
            key_metrics={
                "on_time_performance": round(
                    max(0.35, 0.92 - 0.12 * load - (0.4 if storm else 0) + rng.uniform(-0.02, 0.02)), 3
                ),
                "runway_movements_last_hour": 0 if storm else int(8 + 60 * load),
                "gates_occupied": int(20 + 55 * load),
                "gates_total": 80,
                "avg_security_wait_min": round(2 + 16 * load * rng.uniform(0.8, 1.2), 1),
                "passengers_in_terminal": int(1500 + 24000 * load),
                "electricity_demand_mw": round(10 + 13 * load + rng.uniform(-0.4, 0.4), 1),
            },
            active_processes=[
                {"process": "gate_planning", "status": "running"},
                {"process": "security_queue_forecast", "status": "running"},
                {"process": "energy_optimizer", "status": "paused" if storm else "running"},
            ],
            situational_assessment={
                "overall": "critical" if storm else ("elevated" if risks else "nominal"),
                "mode": mode.name,
                "risks": risks,
            },
            resource_status={
                "security_lanes_open": int(6 + 16 * load),
                "security_lanes_total": 24,
                "apron_buses_available": rng.randint(3, 12),
                "baggage_belts_available": 12,
            },
        )
