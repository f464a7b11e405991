"""The twin factories build rows that the model and the database both accept."""

import datetime as dt

import pytest

from twin.factories import (
    PredictionAccuracyFactory,
    PredictionModelFactory,
    SimulationInterventionFactory,
    SimulationScenarioFactory,
    SimulationStateFactory,
)

pytestmark = pytest.mark.django_db

FACTORIES = [
    SimulationScenarioFactory,
    SimulationStateFactory,
    SimulationInterventionFactory,
    PredictionModelFactory,
    PredictionAccuracyFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_factory_saves_rows_that_pass_full_clean(factory_class):
    rows = factory_class.create_batch(3)
    model = factory_class._meta.model
    stored = model._base_manager.filter(pk__in=[row.pk for row in rows])
    assert stored.count() == 3
    for row in stored:
        row.full_clean()


def test_simulated_times_fall_inside_the_scenario_window():
    for row in SimulationStateFactory.create_batch(5) + SimulationInterventionFactory.create_batch(5):
        start = row.scenario.base_timestamp
        assert start <= row.simulation_time <= start + dt.timedelta(minutes=row.scenario.duration_minutes)


def test_prediction_models_were_trained_before_their_last_update():
    model = PredictionModelFactory()
    model.refresh_from_db()
    assert model.training_data_range.upper < model.last_updated


def test_accuracy_errors_are_computed_from_prediction_and_outcome():
    record = PredictionAccuracyFactory()
    predicted, actual = record.predicted_value["value"], record.actual_value["value"]
    assert record.error_metrics["absolute_error"] == pytest.approx(abs(actual - predicted), abs=0.011)
