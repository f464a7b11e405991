"""Factories for the orchestration models: operating modes, decisions with their plans, telemetry.

`OPERATING_MODES` and `decision_plan()` describe realistic modes and decisions (what the
decision says, its domain details, impact and the actions that carry it out); the factories
use them for single rows and `seed_demo` for a whole coherent day.
"""

import datetime as dt
import random

import factory
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from airport_platform.choices import Domain, Priority
from demo.geography import (
    AIRCRAFT_TYPES,
    DESTINATIONS,
    SECURITY_LANES,
    TERMINALS,
    flight_number,
    gate_code,
    gate_location,
    terminal_of_gate,
)
from demo.numbers import random_uuid
from orchestration.choices import (
    ActionStatus,
    ActionType,
    ApprovalStatus,
    DecisionStatus,
    DecisionType,
    DependencyType,
    OrchestrationEventType,
)
from orchestration.models import (
    Action,
    ActionDependency,
    Approval,
    ApprovalRequirement,
    ApprovalSignoff,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)
from orchestration.schemas import DEFAULT_APPROVAL_TIMEOUT_MINUTES, PRIORITY_WEIGHT_OBJECTIVES

ORCHESTRATOR = "orchestrator-svc"

OPERATING_MODES = {
    "Normal operations": {
        "description": "Standard mode: punctuality and passenger experience weighed against cost, "
        "low-risk decisions execute automatically.",
        "priority_weights": {
            "safety": 0.35,
            "punctuality": 0.25,
            "passenger_experience": 0.2,
            "sustainability": 0.1,
            "cost": 0.1,
        },
        "decision_thresholds": {
            "auto_approve_max_risk": 0.3,
            "auto_approve_min_confidence": 0.85,
            "always_require_approval_priorities": ["critical"],
            "approval_timeout_minutes": 30,
        },
        "activation_criteria": {"default": True},
        "constraints": {"max_runway_movements_per_hour": 68, "min_open_security_lanes": 4},
    },
    "Winter operations": {
        "description": "Snow and freezing conditions: de-icing capacity drives the schedule, "
        "safety dominates and more decisions need a human.",
        "priority_weights": {
            "safety": 0.5,
            "punctuality": 0.2,
            "capacity": 0.15,
            "passenger_experience": 0.15,
        },
        "decision_thresholds": {
            "auto_approve_max_risk": 0.2,
            "auto_approve_min_confidence": 0.9,
            "always_require_approval_priorities": ["high", "critical"],
            "approval_timeout_minutes": 20,
        },
        "activation_criteria": {
            "any": [
                {"metric": "snowfall_cm_per_hour", "op": ">=", "value": 0.5},
                {"metric": "runway_friction_coefficient", "op": "<", "value": 0.4},
                {"metric": "surface_temperature_c", "op": "<=", "value": 0},
            ]
        },
        "constraints": {"max_runway_movements_per_hour": 52, "deicing_pads_open": 4},
    },
    "Irregular operations": {
        "description": "Disruption (thunderstorm, ATC restriction, system outage): protect safety "
        "and passenger welfare, recover the schedule, every non-trivial decision is reviewed.",
        "priority_weights": {
            "safety": 0.45,
            "passenger_experience": 0.25,
            "punctuality": 0.15,
            "capacity": 0.15,
        },
        "decision_thresholds": {
            "auto_approve_max_risk": 0.15,
            "auto_approve_min_confidence": 0.92,
            "always_require_approval_priorities": ["medium", "high", "critical"],
            "approval_timeout_minutes": 10,
        },
        "activation_criteria": {
            "any": [
                {"metric": "lightning_within_km", "op": "<=", "value": 5},
                {"metric": "cancelled_flights_last_hour", "op": ">=", "value": 10},
                {"metric": "atc_capacity_reduction", "op": ">=", "value": 0.3},
            ]
        },
        "constraints": {"apron_operations": "restricted", "max_runway_movements_per_hour": 36},
    },
    "Night operations": {
        "description": "23:00-06:00: noise abatement and energy saving, minimal staffing.",
        "priority_weights": {"safety": 0.4, "sustainability": 0.3, "cost": 0.2, "punctuality": 0.1},
        "decision_thresholds": {
            "auto_approve_max_risk": 0.25,
            "auto_approve_min_confidence": 0.85,
            "always_require_approval_priorities": ["critical"],
            "approval_timeout_minutes": 45,
        },
        "activation_criteria": {"local_time_between": ["23:00", "06:00"]},
        "constraints": {"preferential_runways": ["18R", "36L"], "max_runway_movements_per_hour": 16},
    },
}


def random_priority_weights(rng=None) -> dict:
    """Weights over 3-5 objectives that sum to exactly 1, safety always the largest."""
    rng = rng or randgen
    others = rng.sample([o for o in PRIORITY_WEIGHT_OBJECTIVES if o != "safety"], k=rng.randint(2, 4))
    raw = {"safety": rng.uniform(8, 12), **{o: rng.uniform(1, 6) for o in others}}
    total = sum(raw.values())
    weights = {o: round(v / total, 2) for o, v in raw.items()}
    weights["safety"] = round(1 - sum(v for o, v in weights.items() if o != "safety"), 2)
    return weights


def plan_rng(decision) -> random.Random:
    """The generator a decision's plan is drawn from: its actions then match its description."""
    return random.Random(decision.correlation_id.int if decision.correlation_id else 0)


def _mode_attribute(name, key, fallback):
    return OPERATING_MODES[name][key] if name in OPERATING_MODES else fallback()


# --- decision plans ----------------------------------------------------------------------------


def _step(type_, domain, description, **parameters):
    return {"type": type_, "domain": domain, "description": description, "parameters": parameters}


def decision_plan(decision_type: str, rng=None) -> dict:
    """What a decision of this type looks like at the airport.

    Returns description, domain_details, impact_assessment, tags and `actions` (the ordered
    steps carrying it out: type, domain, description, parameters).
    """
    rng = rng or randgen
    flight = flight_number(rng)
    gate = gate_code(rng)
    terminal = terminal_of_gate(gate)
    passengers = rng.randint(90, 320)
    match decision_type:
        case DecisionType.GATE_ASSIGNMENT:
            new_gate = gate_code(rng, pier=gate[0])
            delay = rng.randint(15, 55)
            return {
                "description": f"Move {flight} from gate {gate} to {new_gate}: the previous rotation "
                f"on {gate} is running {delay} min late",
                "domain_details": {
                    "flight": flight,
                    "aircraft_type": rng.choice(AIRCRAFT_TYPES),
                    "from_gate": gate,
                    "to_gate": new_gate,
                    "reason": "stand_occupied",
                },
                "impact_assessment": {
                    "passengers_affected": passengers,
                    "delay_minutes_avoided": delay - rng.randint(0, 10),
                    "walking_distance_delta_m": rng.randint(-200, 350),
                    "cost_eur": 0,
                },
                "tags": [terminal, f"pier-{gate[0].lower()}", "gate-change"],
                "actions": [
                    _step(
                        ActionType.REASSIGN_RESOURCE,
                        Domain.AIRSIDE,
                        f"Reassign gate of {flight}",
                        resource="gate",
                        flight=flight,
                        **{"from": gate, "to": new_gate},
                    ),
                    _step(
                        ActionType.UPDATE_SCHEDULE,
                        Domain.TERMINAL,
                        "Update FIDS and the AODB",
                        systems=["FIDS", "AODB"],
                        flight=flight,
                        gate=new_gate,
                    ),
                    _step(
                        ActionType.NOTIFY,
                        Domain.PASSENGER_EXPERIENCE,
                        f"Push the gate change to passengers of {flight}",
                        channel="app_push",
                        template="gate_change_v2",
                        audience=f"passengers:{flight}",
                    ),
                    _step(
                        ActionType.ANNOUNCE,
                        Domain.TERMINAL,
                        f"Announce the gate change on pier {gate[0]}",
                        area=f"{terminal} Pier {gate[0]}",
                        message_id="GATE_CHANGE",
                    ),
                ],
            }
        case DecisionType.STAND_ALLOCATION:
            stand = f"R{rng.randint(70, 89)}"
            return {
                "description": f"Park {flight} on remote stand {stand} and bus passengers to gate {gate}",
                "domain_details": {"flight": flight, "stand": stand, "gate": gate, "buses_needed": 3},
                "impact_assessment": {"passengers_affected": passengers, "bus_trips": 6, "cost_eur": 540},
                "tags": ["apron", "remote-stand"],
                "actions": [
                    _step(
                        ActionType.REASSIGN_RESOURCE,
                        Domain.AIRSIDE,
                        f"Allocate stand {stand}",
                        resource="stand",
                        flight=flight,
                        to=stand,
                    ),
                    _step(
                        ActionType.DISPATCH,
                        Domain.GROUND_HANDLING,
                        "Dispatch three apron buses",
                        vehicles=3,
                        vehicle_type="apron_bus",
                        to=stand,
                    ),
                    _step(
                        ActionType.UPDATE_SCHEDULE,
                        Domain.TERMINAL,
                        "Mark the departure as bus boarding",
                        systems=["FIDS"],
                        flight=flight,
                        boarding="bus",
                    ),
                ],
            }
        case DecisionType.STAFFING | DecisionType.PASSENGER_FLOW:
            terminal = rng.choice(TERMINALS)
            lanes = sorted(rng.sample(range(1, SECURITY_LANES + 1), k=2))
            wait = rng.randint(14, 32)
            if decision_type == DecisionType.STAFFING:
                return {
                    "description": f"Open {terminal} Security Lanes {lanes[0]} and {lanes[1]}: forecast "
                    f"wait {wait} min for the next departure bank",
                    "domain_details": {"terminal": terminal, "lanes": lanes, "officers_needed": 6},
                    "impact_assessment": {
                        "passengers_affected": passengers * 6,
                        "wait_minutes_reduced": round(wait * 0.45, 1),
                        "cost_eur": 380,
                    },
                    "tags": [terminal, "security", "queue"],
                    "actions": [
                        _step(
                            ActionType.DISPATCH,
                            Domain.SECURITY,
                            "Call in six security officers from the reserve pool",
                            officers=6,
                            pool="reserve",
                        ),
                        _step(
                            ActionType.OPEN_LANE,
                            Domain.SECURITY,
                            f"Open lanes {lanes[0]} and {lanes[1]}",
                            terminal=terminal,
                            lanes=lanes,
                        ),
                        _step(
                            ActionType.NOTIFY,
                            Domain.PASSENGER_EXPERIENCE,
                            "Update the queue time on the wayfinding screens",
                            channel="display_boards",
                            area=f"{terminal} Departure Hall",
                        ),
                    ],
                }
            other = next(t for t in TERMINALS if t != terminal)
            return {
                "description": f"Redirect passengers from {terminal} security ({wait} min) to {other} security",
                "domain_details": {
                    "from_terminal": terminal,
                    "to_terminal": other,
                    "forecast_wait_min": wait,
                },
                "impact_assessment": {
                    "passengers_affected": passengers * 3,
                    "wait_minutes_reduced": round(wait * 0.3, 1),
                    "extra_walking_m": 250,
                },
                "tags": [terminal, other, "queue-balancing"],
                "actions": [
                    _step(
                        ActionType.ANNOUNCE,
                        Domain.TERMINAL,
                        f"Announce shorter queues in {other}",
                        area=f"{terminal} Departure Hall",
                        message_id="QUEUE_REDIRECT",
                    ),
                    _step(
                        ActionType.NOTIFY,
                        Domain.PASSENGER_EXPERIENCE,
                        "Update wayfinding screens",
                        channel="display_boards",
                        area=f"{terminal} Departure Hall",
                    ),
                ],
            }
        case DecisionType.FLIGHT_SCHEDULE:
            slot = rng.randint(10, 40)
            return {
                "description": f"Accept a {slot} min ATC slot delay for {flight} to "
                f"{rng.choice(DESTINATIONS)} and hold boarding",
                "domain_details": {"flight": flight, "slot_delay_min": slot, "gate": gate},
                "impact_assessment": {
                    "passengers_affected": passengers,
                    "delay_minutes": slot,
                    "cost_eur": 1200,
                },
                "tags": ["atc", "slot"],
                "actions": [
                    _step(
                        ActionType.UPDATE_SCHEDULE,
                        Domain.AIRSIDE,
                        "Update the target off-block time in A-CDM",
                        systems=["A-CDM", "AODB"],
                        flight=flight,
                        tobt_delay_min=slot,
                    ),
                    _step(
                        ActionType.NOTIFY,
                        Domain.PASSENGER_EXPERIENCE,
                        f"Tell passengers of {flight} boarding is delayed",
                        channel="app_push",
                        template="delay_notice",
                        audience=f"passengers:{flight}",
                    ),
                ],
            }
        case DecisionType.RESOURCE_ALLOCATION:
            return {
                "description": f"Add a second baggage team to {terminal} make-up carousel for the "
                "evening transfer peak",
                "domain_details": {
                    "terminal": terminal,
                    "carousel": f"MU-{rng.randint(1, 9)}",
                    "handlers": 4,
                },
                "impact_assessment": {"bags_per_hour_added": 420, "misconnect_rate_delta": -0.002},
                "tags": [terminal, "baggage"],
                "actions": [
                    _step(
                        ActionType.DISPATCH,
                        Domain.BAGGAGE,
                        "Dispatch four baggage handlers",
                        handlers=4,
                        area=f"{terminal} baggage hall",
                    ),
                    _step(
                        ActionType.REASSIGN_RESOURCE,
                        Domain.BAGGAGE,
                        "Assign a tug and two dollies",
                        resource="tug",
                        count=1,
                    ),
                ],
            }
        case DecisionType.ENERGY_MANAGEMENT:
            pier = gate[0]
            return {
                "description": f"Raise the cooling setpoint on pier {pier} by 1 °C while occupancy is "
                "below 30 % and dim apron floodlights",
                "domain_details": {"area": f"{terminal} Pier {pier}", "setpoint_delta_c": 1.0},
                "impact_assessment": {
                    "kwh_saved": rng.randint(250, 900),
                    "tco2e_avoided": 0.1,
                    "comfort_risk": "low",
                },
                "tags": [terminal, "energy", "hvac"],
                "actions": [
                    _step(
                        ActionType.ADJUST_SETPOINT,
                        Domain.ENERGY,
                        "Raise the HVAC cooling setpoint",
                        system="BMS",
                        zone=f"{terminal}-PIER-{pier}",
                        setpoint_c=24.0,
                    ),
                    _step(
                        ActionType.ADJUST_SETPOINT,
                        Domain.ENERGY,
                        "Dim apron floodlights to 60 %",
                        system="AGL",
                        zone=f"APRON-{pier}",
                        level_pct=60,
                    ),
                ],
            }
        case DecisionType.MAINTENANCE:
            return {
                "description": f"Take the jet bridge at gate {gate} out of service overnight for hydraulic repair",
                "domain_details": {
                    "asset": f"PBB-{gate}",
                    "fault": "hydraulic pressure low",
                    "work_order": "WO-4471",
                },
                "impact_assessment": {"gates_unavailable": 1, "flights_moved": 3, "cost_eur": 2600},
                "tags": ["maintenance", f"gate-{gate.lower()}"],
                "actions": [
                    _step(
                        ActionType.UPDATE_SCHEDULE,
                        Domain.AIRSIDE,
                        f"Block {gate_location(gate)} in the stand planning",
                        resource="gate",
                        gate=gate,
                        blocked_hours=6,
                    ),
                    _step(
                        ActionType.DISPATCH,
                        Domain.MAINTENANCE,
                        "Dispatch the PBB maintenance crew",
                        crew="pbb",
                        work_order="WO-4471",
                    ),
                ],
            }
        case DecisionType.SECURITY:
            return {
                "description": f"Close {terminal} Security Lane {rng.randint(1, SECURITY_LANES)} after an "
                "unattended bag alarm and send a security team",
                "domain_details": {
                    "terminal": terminal,
                    "alarm": "unattended_baggage",
                    "camera": "CCTV-2241",
                },
                "impact_assessment": {"passengers_affected": 140, "wait_minutes_added": 6},
                "tags": [terminal, "security", "alarm"],
                "actions": [
                    _step(
                        ActionType.CLOSE_LANE,
                        Domain.SECURITY,
                        "Close the lane",
                        terminal=terminal,
                        reason="unattended_baggage",
                    ),
                    _step(
                        ActionType.DISPATCH,
                        Domain.SECURITY,
                        "Send the security response team",
                        team="SRT-2",
                        eta_min=3,
                    ),
                    _step(
                        ActionType.ANNOUNCE,
                        Domain.TERMINAL,
                        "Announce the lane closure",
                        area=f"{terminal} Departure Hall",
                        message_id="LANE_CLOSED",
                    ),
                ],
            }
        case DecisionType.CRISIS_RESPONSE:
            return {
                "description": "Suspend apron operations: lightning detected within 5 km of the airport",
                "domain_details": {
                    "trigger": "lightning_within_5km",
                    "source": "weather-radar",
                    "stands": "all",
                },
                "impact_assessment": {
                    "flights_delayed": 48,
                    "passengers_affected": 9200,
                    "safety": "critical",
                },
                "tags": ["weather", "thunderstorm", "apron"],
                "actions": [
                    _step(
                        ActionType.NOTIFY,
                        Domain.GROUND_HANDLING,
                        "Order all ground staff off the apron",
                        channel="radio",
                        audience="ground_handling",
                    ),
                    _step(
                        ActionType.UPDATE_SCHEDULE,
                        Domain.AIRSIDE,
                        "Hold departures at the gates",
                        systems=["A-CDM"],
                        hold="all_departures",
                    ),
                    _step(
                        ActionType.ANNOUNCE,
                        Domain.TERMINAL,
                        "Announce the weather hold in all terminals",
                        area="all",
                        message_id="WEATHER_HOLD",
                    ),
                ],
            }
    return {
        "description": "Recalibrate the passenger counting sensors at the T2 entrance",
        "domain_details": {"sensors": ["PC-T2-01", "PC-T2-02"]},
        "impact_assessment": {"data_quality_gain": "counts within 2 %"},
        "tags": ["sensors"],
        "actions": [
            _step(
                ActionType.OTHER,
                Domain.MAINTENANCE,
                "Run the sensor calibration routine",
                sensors=["PC-T2-01", "PC-T2-02"],
            )
        ],
    }


# --- factories ---------------------------------------------------------------------------------


class OperatingModeFactory(DjangoModelFactory):
    """Realistic modes (`OPERATING_MODES`); inactive by default since only one may be active."""

    class Meta:
        model = OperatingMode

    name = factory.Iterator(list(OPERATING_MODES))
    description = factory.LazyAttribute(lambda o: _mode_attribute(o.name, "description", lambda: None))
    priority_weights = factory.LazyAttribute(
        lambda o: _mode_attribute(o.name, "priority_weights", random_priority_weights)
    )
    decision_thresholds = factory.LazyAttribute(
        lambda o: _mode_attribute(
            o.name,
            "decision_thresholds",
            lambda: {
                "auto_approve_max_risk": round(randgen.uniform(0.1, 0.35), 2),
                "auto_approve_min_confidence": round(randgen.uniform(0.8, 0.95), 2),
                "always_require_approval_priorities": ["critical"],
                "approval_timeout_minutes": DEFAULT_APPROVAL_TIMEOUT_MINUTES,
            },
        )
    )
    activation_criteria = factory.LazyAttribute(
        lambda o: _mode_attribute(o.name, "activation_criteria", dict)
    )
    constraints = factory.LazyAttribute(lambda o: _mode_attribute(o.name, "constraints", dict))
    is_active = False
    created_by = "ops.control"


class DecisionFactory(DjangoModelFactory):
    class Meta:
        model = Decision
        exclude = ("plan",)

    type = fuzzy.FuzzyChoice(DecisionType.values)
    correlation_id = factory.LazyFunction(lambda: random_uuid(randgen))
    plan = factory.LazyAttribute(lambda o: decision_plan(o.type, rng=plan_rng(o)))
    description = factory.LazyAttribute(lambda o: o.plan["description"])
    initiated_at = factory.LazyFunction(timezone.now)
    completed_at = None
    status = DecisionStatus.PROPOSED
    priority = fuzzy.FuzzyChoice(Priority.values)
    confidence = fuzzy.FuzzyDecimal(0.6, 0.99, 4)
    risk = fuzzy.FuzzyDecimal(0.02, 0.6, 4)
    impact_assessment = factory.LazyAttribute(lambda o: o.plan["impact_assessment"])
    domain_details = factory.LazyAttribute(lambda o: o.plan["domain_details"])
    operating_mode = factory.SubFactory(OperatingModeFactory)
    requested_by = ORCHESTRATOR
    tags = factory.LazyAttribute(lambda o: o.plan["tags"])
    notes = factory.LazyFunction(list)


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action
        exclude = ("step",)

    decision = factory.SubFactory(DecisionFactory)
    execution_order = factory.Sequence(lambda n: n)
    # The step of the decision's own plan at this position (same flight, gate, terminal).
    step = factory.LazyAttribute(
        lambda o: (steps := decision_plan(o.decision.type, rng=plan_rng(o.decision))["actions"])[
            o.execution_order % len(steps)
        ]
    )
    type = factory.LazyAttribute(lambda o: o.step["type"])
    domain = factory.LazyAttribute(lambda o: o.step["domain"])
    description = factory.LazyAttribute(lambda o: o.step["description"])
    parameters = factory.LazyAttribute(lambda o: o.step["parameters"])
    status = ActionStatus.PENDING
    started_at = None
    completed_at = None
    result = None
    retry_policy = factory.LazyFunction(lambda: {"max_attempts": 3, "backoff_seconds": [5, 30, 120]})


class DecisionDependencyFactory(DjangoModelFactory):
    """`dependent_decision` depends on `dependency_decision`, initiated before it."""

    class Meta:
        model = DecisionDependency

    dependency_decision = factory.SubFactory(
        DecisionFactory, initiated_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=20))
    )
    dependent_decision = factory.SubFactory(
        DecisionFactory, correlation_id=factory.SelfAttribute("..dependency_decision.correlation_id")
    )
    dependency_type = fuzzy.FuzzyChoice(DependencyType.values)


class ActionDependencyFactory(DjangoModelFactory):
    """Two steps of the same decision; the dependency comes first in execution order."""

    class Meta:
        model = ActionDependency

    dependency_action = factory.SubFactory(ActionFactory)
    dependent_action = factory.SubFactory(
        ActionFactory,
        decision=factory.SelfAttribute("..dependency_action.decision"),
        execution_order=factory.LazyAttribute(
            lambda o: o.factory_parent.dependency_action.execution_order + 1
        ),
    )
    dependency_type = DependencyType.FINISH_TO_START


class ApprovalFactory(DjangoModelFactory):
    """A pending approval by default; traits `approved`, `rejected`, `expired`."""

    class Meta:
        model = Approval

    decision = factory.SubFactory(DecisionFactory, status=DecisionStatus.PENDING_APPROVAL)
    status = ApprovalStatus.PENDING
    approved_by = None
    approved_at = None
    notes = None
    expires_at = factory.LazyFunction(
        lambda: timezone.now() + dt.timedelta(minutes=DEFAULT_APPROVAL_TIMEOUT_MINUTES)
    )

    class Params:
        approved = factory.Trait(
            status=ApprovalStatus.APPROVED,
            approved_by=factory.Faker("user_name"),
            approved_at=factory.LazyFunction(timezone.now),
            notes="Checked against the stand plan, go ahead.",
            decision=factory.SubFactory(DecisionFactory, status=DecisionStatus.APPROVED),
        )
        rejected = factory.Trait(
            status=ApprovalStatus.REJECTED,
            approved_by=factory.Faker("user_name"),
            approved_at=factory.LazyFunction(timezone.now),
            notes="Rejected: conflicts with the de-icing plan.",
            decision=factory.SubFactory(DecisionFactory, status=DecisionStatus.REJECTED),
        )
        expired = factory.Trait(
            status=ApprovalStatus.EXPIRED,
            expires_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=5)),
            decision=factory.SubFactory(DecisionFactory, status=DecisionStatus.EXPIRED),
        )


class ApprovalRequirementFactory(DjangoModelFactory):
    """What a pending approval requires: by default one person from the duty managers."""

    class Meta:
        model = ApprovalRequirement

    approval = factory.SubFactory(ApprovalFactory)
    approver_groups = factory.LazyFunction(lambda: ["duty_managers"])
    approvals_required = 1
    deadline = factory.LazyAttribute(lambda o: o.approval.expires_at)
    reasons = factory.LazyFunction(lambda: ["critical priority always needs a human in Normal operations"])
    policies = factory.LazyFunction(list)
    limited_action_types = factory.LazyFunction(list)


class ApprovalSignoffFactory(DjangoModelFactory):
    class Meta:
        model = ApprovalSignoff

    approval = factory.SubFactory(ApprovalFactory)
    signed_by = factory.Faker("user_name")
    signed_at = factory.LazyFunction(timezone.now)
    groups = factory.LazyFunction(lambda: ["operators"])
    notes = "Checked with apron control."


def autonomy_levels(rng=None) -> dict:
    """Autonomy per domain, 0 (manual) to 5 (fully autonomous)."""
    rng = rng or randgen
    return {
        Domain.AIRSIDE: rng.choice((2, 3)),
        Domain.TERMINAL: rng.choice((3, 4)),
        Domain.SECURITY: 2,
        Domain.BAGGAGE: rng.choice((3, 4)),
        Domain.ENERGY: rng.choice((4, 5)),
        Domain.PASSENGER_EXPERIENCE: rng.choice((3, 4)),
    }


class SystemStateFactory(DjangoModelFactory):
    class Meta:
        model = SystemState

    timestamp = factory.LazyFunction(timezone.now)
    operating_mode = factory.SubFactory(OperatingModeFactory)
    autonomy_levels = factory.LazyFunction(autonomy_levels)
    key_metrics = factory.LazyFunction(
        lambda: {
            "on_time_performance": round(randgen.uniform(0.72, 0.93), 3),
            "runway_movements_last_hour": randgen.randint(30, 68),
            "gates_occupied": randgen.randint(20, 60),
            "gates_total": 80,
            "avg_security_wait_min": round(randgen.uniform(3, 18), 1),
            "baggage_misconnect_rate": round(randgen.uniform(0.002, 0.012), 4),
            "electricity_demand_mw": round(randgen.uniform(11, 24), 1),
        }
    )
    active_processes = factory.LazyFunction(
        lambda: [
            {"process": "gate_planning", "status": "running"},
            {"process": "security_queue_forecast", "status": "running"},
            {"process": "energy_optimizer", "status": randgen.choice(("running", "idle"))},
        ]
    )
    situational_assessment = factory.LazyFunction(
        lambda: {
            "overall": randgen.choice(("nominal", "nominal", "elevated")),
            "weather": {"metar": "EHAM 121455Z 24012KT 9999 FEW030 14/08 Q1016 NOSIG"},
            "risks": [],
        }
    )
    resource_status = factory.LazyFunction(
        lambda: {
            "security_lanes_open": randgen.randint(10, 22),
            "security_lanes_total": 24,
            "baggage_belts_available": 11,
            "apron_buses_available": randgen.randint(4, 12),
        }
    )


class OrchestrationEventFactory(DjangoModelFactory):
    class Meta:
        model = OrchestrationEvent

    timestamp = factory.LazyFunction(timezone.now)
    event_type = OrchestrationEventType.EXTERNAL
    source = "AODB"
    related_entity_id = None
    related_entity_type = None
    correlation_id = None
    payload = factory.LazyFunction(
        lambda: {
            "message": "flight update",
            "flight": flight_number(randgen),
            "field": "estimated_off_block",
            "delay_min": randgen.randint(5, 40),
        }
    )
