"""The twin on the demo day: a thunderstorm what-if run, templates, forecasting models and accuracy."""

import datetime as dt

from tests.twin.factories import (
    PREDICTION_MODELS,
    PredictionModelFactory,
    SimulationInterventionFactory,
    SimulationScenarioFactory,
    simulation_snapshot,
)
from twin.choices import SimulationInterventionType, SimulationStatus
from twin.models import PredictionAccuracy, SimulationState

from .day import DemoDay, airport_load, minutes


def seed_twin(day: DemoDay) -> None:
    rng = day.rng
    run_at = day.storm_start - minutes(75)
    scenario = day.make(
        SimulationScenarioFactory,
        name="Thunderstorm apron closure what-if",
        description="Forecast cell over the airport around the afternoon bank: what if the apron closes for "
        "90 minutes, and which recovery plan gets the schedule back fastest?",
        base_timestamp=(day.storm_start - minutes(30)).replace(second=0),
        duration_minutes=240,
        parameters={
            "flights": 386,
            "weather": {"event": "thunderstorm", "apron_closure_minutes": 90, "probability": 0.7},
            "recovery_plan": "remote stands + bus boarding",
            "random_seed": 1807,
            "replications": 20,
        },
        status=SimulationStatus.COMPLETED,
        created_by="twin.analyst",
        created_at=run_at,
    )
    day.make(
        SimulationScenarioFactory,
        name="Winter de-icing capacity (template)",
        description="Template: snow showers, four de-icing pads, 15 % longer turnarounds.",
        base_timestamp=day.end.replace(hour=5, minute=0, second=0, microsecond=0),
        duration_minutes=360,
        parameters={"deicing_pads": 4, "turnaround_extension": 0.15, "weather": {"snow_cm_per_hour": 1.5}},
        status=SimulationStatus.DRAFT,
        is_template=True,
        created_by="twin.analyst",
        created_at=day.start - dt.timedelta(days=120),
    )
    day.make(
        SimulationScenarioFactory,
        name="Evening bank with 20 % more transfer passengers",
        description="Does the T2 connection centre cope with the summer transfer forecast?",
        base_timestamp=(day.end + minutes(120)).replace(minute=0, second=0, microsecond=0),
        duration_minutes=180,
        parameters={"transfer_growth": 0.2, "security_lanes_open": {"T2": 8}, "replications": 10},
        status=SimulationStatus.QUEUED,
        created_by="twin.analyst",
        created_at=day.end - minutes(12),
    )
    closure = (scenario.base_timestamp + minutes(30), scenario.base_timestamp + minutes(120))
    interventions = (
        (SimulationInterventionType.WEATHER_EVENT, "Thunderstorm cell over the apron, lightning within 5 km", 30,
         {"apron_closed": True, "duration_minutes": 90}, {"delta_on_time_performance": -0.31}),
        (SimulationInterventionType.RUNWAY_CLOSURE, "Runway 18C closed during the cell", 35,
         {"runway": "18C", "duration_minutes": 80}, {"delta_avg_delay_min": 14.5}),
        (SimulationInterventionType.GATE_CHANGE, "Move four widebody departures to remote stands", 95,
         {"flights": 4, "to": "remote stands R72-R75"}, {"delta_avg_delay_min": -6.2}),
        (SimulationInterventionType.STAFFING_CHANGE, "Call in 12 extra ground handlers for the recovery", 110,
         {"ground_handlers": 12}, {"delta_on_time_performance": 0.09}),
        (SimulationInterventionType.PASSENGER_FLOW_CHANGE, "Hold passengers landside until the apron reopens", 40,
         {"hold_area": "T2 Departure Hall"}, {"delta_passengers_airside": -2100}),
    )  # fmt: skip
    for kind, description, offset, parameters, impact in interventions:
        day.make(
            SimulationInterventionFactory,
            scenario=scenario,
            intervention_type=kind,
            description=description,
            parameters=parameters,
            simulation_time=scenario.base_timestamp + minutes(offset),
            impact_assessment=impact,
            created_at=run_at,
        )

    sim_times = day.times(5, start=scenario.base_timestamp, end=scenario.base_timestamp + minutes(240))

    def states():
        for index, sim_time in enumerate(sim_times):
            state, metrics = simulation_snapshot(airport_load(sim_time), rng=rng)
            if closure[0] <= sim_time < closure[1]:
                state["apron_status"] = "closed"
                metrics["on_time_performance"] = round(metrics["on_time_performance"] * 0.55, 3)
            recorded = run_at + dt.timedelta(seconds=2 * index)
            yield SimulationState(
                id=day.new_id(),
                scenario=scenario,
                timestamp=recorded,
                created_at=recorded,
                simulation_time=sim_time,
                state_data=state,
                metrics=metrics,
            )

    day.bulk_insert(SimulationState, states(), len(sim_times))

    models = []
    for name, model_type, version, target, value_range in PREDICTION_MODELS:
        trained = day.end - dt.timedelta(days=rng.randint(3, 25))
        models.append(
            (
                day.make(
                    PredictionModelFactory,
                    name=name,
                    model_type=model_type,
                    version=version,
                    description=f"Forecasts {target.replace('_', ' ')} one hour ahead for the airport twin.",
                    parameters={
                        "target": target,
                        "horizon_minutes": 60,
                        "features": ["schedule", "hour", "weather"],
                    },
                    last_updated=trained,
                    accuracy_metrics={
                        "mape": round(rng.uniform(0.05, 0.16), 3),
                        "r2": round(rng.uniform(0.78, 0.94), 3),
                    },
                    is_active=True,
                    created_at=trained - dt.timedelta(days=200),
                ),
                target,
                value_range,
            )
        )
    day.make(
        PredictionModelFactory,
        name=PREDICTION_MODELS[0][0],
        model_type=PREDICTION_MODELS[0][1],
        version="2.2.0",
        description="Previous release, replaced by 2.3.1 (missed school-holiday peaks).",
        parameters={"target": PREDICTION_MODELS[0][3], "horizon_minutes": 60},
        last_updated=day.end - dt.timedelta(days=70),
        is_active=False,
        created_at=day.end - dt.timedelta(days=300),
    )
    hours = day.times(60)

    def accuracy():
        for moment in hours:
            load = airport_load(moment)
            for model, target, (low, high) in models:
                actual = low + (high - low) * load * rng.uniform(0.85, 1.15)
                if day.in_storm(moment) and target == "delay_min":
                    actual = high * 1.8
                predicted = actual * rng.uniform(0.82, 1.18)
                yield PredictionAccuracy(
                    id=day.new_id(),
                    model=model,
                    prediction_timestamp=moment,
                    created_at=moment,
                    prediction_target=f"{model.name}: {target}",
                    predicted_value={
                        "value": round(predicted, 2),
                        "interval_80": [round(predicted * 0.85, 2), round(predicted * 1.15, 2)],
                    },
                    actual_value={"value": round(actual, 2)},
                    error_metrics={
                        "absolute_error": round(abs(predicted - actual), 2),
                        "percentage_error": round(abs(predicted - actual) / actual, 4) if actual else None,
                    },
                )

    day.bulk_insert(PredictionAccuracy, accuracy(), len(hours) * len(models))
