"""Factories for the predictive twin: what-if scenarios, their snapshots and the forecasting models."""

import datetime as dt

import factory
from django.db.backends.postgresql.psycopg_any import DateTimeTZRange
from django.utils import timezone
from factory import fuzzy
from factory.django import DjangoModelFactory
from factory.random import randgen

from demo.geography import TERMINALS, gate_code
from twin.choices import PredictionModelType, SimulationInterventionType, SimulationStatus
from twin.models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)

SCENARIO_NAMES = (
    "Thunderstorm apron closure what-if",
    "Runway 18C closure for maintenance",
    "Morning bank with 20 % more transfer passengers",
    "Security staffing shortfall T1",
    "Winter de-icing capacity (template)",
)

# name, type, version, target, unit, typical value range
PREDICTION_MODELS = (
    ("Security queue wait forecaster", PredictionModelType.GRADIENT_BOOSTING, "2.3.1", "wait_min", (2, 30)),
    ("Arrival delay predictor", PredictionModelType.NEURAL_NETWORK, "1.8.0", "delay_min", (0, 45)),
    (
        "Terminal electricity demand forecaster",
        PredictionModelType.TIME_SERIES,
        "3.0.2",
        "demand_mw",
        (9, 26),
    ),
    ("Stand occupancy simulator", PredictionModelType.AGENT_BASED, "0.9.4", "stands_occupied", (20, 78)),
    ("Passenger show-up profile", PredictionModelType.REGRESSION, "1.2.0", "passengers_per_15min", (40, 900)),
)


def simulation_snapshot(load: float, rng=None) -> tuple[dict, dict]:
    """State and metrics of the simulated airport at a given load (0 = night, 1 = peak)."""
    rng = rng or randgen
    state = {
        "aircraft_on_ground": int(25 + 50 * load + rng.randint(-3, 3)),
        "gates_occupied": int(18 + 55 * load + rng.randint(-2, 2)),
        "passengers_in_terminal": int(2500 + 21000 * load + rng.randint(-400, 400)),
        "security_queues": {t: int(5 + 120 * load * rng.uniform(0.6, 1.2)) for t in TERMINALS},
        "runway_config": "18R/36L + 18C/36C",
    }
    metrics = {
        "on_time_performance": round(max(0.5, 0.93 - 0.25 * load + rng.uniform(-0.03, 0.03)), 3),
        "avg_taxi_out_min": round(9 + 8 * load + rng.uniform(-1, 1), 1),
        "avg_security_wait_min": round(3 + 16 * load * rng.uniform(0.8, 1.2), 1),
    }
    return state, metrics


class SimulationScenarioFactory(DjangoModelFactory):
    class Meta:
        model = SimulationScenario

    name = factory.Iterator(SCENARIO_NAMES)
    description = factory.LazyAttribute(lambda o: f"What-if run of the airport twin: {o.name.lower()}.")
    base_timestamp = factory.LazyFunction(lambda: timezone.now().replace(minute=0, second=0, microsecond=0))
    duration_minutes = fuzzy.FuzzyChoice([120, 180, 240, 360])
    parameters = factory.LazyFunction(
        lambda: {
            "flights": randgen.randint(280, 520),
            "runways_available": randgen.choice((["18R", "18C", "36L"], ["18R", "36L"])),
            "weather": {
                "wind_kt": randgen.randint(4, 28),
                "visibility_m": randgen.choice((9999, 4000, 1500)),
            },
            "security_lanes_open": {t: randgen.randint(4, 8) for t in TERMINALS},
            "random_seed": randgen.randint(1, 10_000),
            "replications": 20,
        }
    )
    status = SimulationStatus.DRAFT
    is_template = False
    created_by = "twin.analyst"


class SimulationStateFactory(DjangoModelFactory):
    class Meta:
        model = SimulationState
        exclude = ("snapshot",)

    scenario = factory.SubFactory(SimulationScenarioFactory, status=SimulationStatus.RUNNING)
    simulation_time = factory.LazyAttribute(
        lambda o: (
            o.scenario.base_timestamp
            + dt.timedelta(minutes=5 * randgen.randint(0, o.scenario.duration_minutes // 5))
        )
    )
    timestamp = factory.LazyFunction(timezone.now)
    snapshot = factory.LazyFunction(lambda: simulation_snapshot(randgen.random()))
    state_data = factory.LazyAttribute(lambda o: o.snapshot[0])
    metrics = factory.LazyAttribute(lambda o: o.snapshot[1])


class SimulationInterventionFactory(DjangoModelFactory):
    class Meta:
        model = SimulationIntervention

    scenario = factory.SubFactory(SimulationScenarioFactory)
    intervention_type = fuzzy.FuzzyChoice(SimulationInterventionType.values)
    description = factory.LazyAttribute(
        lambda o: {
            SimulationInterventionType.GATE_CHANGE: "Move two widebody departures to pier E",
            SimulationInterventionType.STAFFING_CHANGE: "Add six security officers in T1 from 06:00",
            SimulationInterventionType.RUNWAY_CLOSURE: "Close runway 18C for 90 minutes",
            SimulationInterventionType.SCHEDULE_CHANGE: "Retime four short-haul departures by +20 min",
            SimulationInterventionType.PASSENGER_FLOW_CHANGE: "Open the T2 connection centre to T1 transfers",
            SimulationInterventionType.WEATHER_EVENT: "Thunderstorm cell passes over the apron",
            SimulationInterventionType.EQUIPMENT_FAILURE: "Baggage sorter 2 in T2 fails",
        }[o.intervention_type]
    )
    parameters = factory.LazyAttribute(
        lambda o: {
            "intervention": o.intervention_type,
            "duration_minutes": randgen.choice((30, 60, 90)),
            "gate": gate_code(randgen),
        }
    )
    simulation_time = factory.LazyAttribute(
        lambda o: (
            o.scenario.base_timestamp + dt.timedelta(minutes=randgen.randint(0, o.scenario.duration_minutes))
        )
    )
    impact_assessment = factory.LazyFunction(
        lambda: {
            "delta_on_time_performance": round(randgen.uniform(-0.12, 0.05), 3),
            "delta_avg_delay_min": round(randgen.uniform(-6, 18), 1),
            "passengers_affected": randgen.randint(200, 9000),
        }
    )


class PredictionModelFactory(DjangoModelFactory):
    class Meta:
        model = PredictionModel
        exclude = ("spec",)

    spec = factory.Iterator(PREDICTION_MODELS)
    name = factory.LazyAttribute(lambda o: o.spec[0])
    model_type = factory.LazyAttribute(lambda o: o.spec[1])
    version = factory.LazyAttribute(lambda o: o.spec[2])
    description = factory.LazyAttribute(lambda o: f"Predicts {o.spec[3]} for the airport twin.")
    parameters = factory.LazyAttribute(
        lambda o: {
            "target": o.spec[3],
            "horizon_minutes": randgen.choice((30, 60, 120)),
            "features": ["scheduled_departures", "transfer_share", "hour_of_day", "weather_code"],
        }
    )
    last_updated = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=randgen.randint(1, 20)))
    training_data_range = factory.LazyAttribute(
        lambda o: DateTimeTZRange(
            o.last_updated - dt.timedelta(days=365), o.last_updated - dt.timedelta(days=1)
        )
    )
    accuracy_metrics = factory.LazyFunction(
        lambda: {
            "mae": round(randgen.uniform(0.8, 4.5), 2),
            "mape": round(randgen.uniform(0.05, 0.2), 3),
            "r2": round(randgen.uniform(0.7, 0.95), 3),
        }
    )
    is_active = True


class PredictionAccuracyFactory(DjangoModelFactory):
    class Meta:
        model = PredictionAccuracy
        exclude = ("predicted", "actual")

    model = factory.SubFactory(PredictionModelFactory)
    prediction_timestamp = factory.LazyFunction(timezone.now)
    prediction_target = factory.LazyAttribute(
        lambda o: f"T1 {(o.model.parameters or {}).get('target', 'value')}"
    )
    predicted = fuzzy.FuzzyFloat(5, 25, precision=4)
    actual = factory.LazyAttribute(lambda o: round(o.predicted * randgen.uniform(0.85, 1.15), 2))
    predicted_value = factory.LazyAttribute(
        lambda o: {
            "value": round(o.predicted, 2),
            "interval_80": [round(o.predicted * 0.85, 2), round(o.predicted * 1.15, 2)],
        }
    )
    actual_value = factory.LazyAttribute(lambda o: {"value": o.actual})
    error_metrics = factory.LazyAttribute(
        lambda o: {
            "absolute_error": round(abs(o.actual - round(o.predicted, 2)), 2),
            "percentage_error": round(abs(o.actual - o.predicted) / o.actual, 4),
        }
    )
    notes = None
