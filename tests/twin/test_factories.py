"""The twin factories build rows that the model and the database both accept."""

import datetime as dt

import pytest

from tests.twin.factories import (
    PredictionAccuracyFactory,
    PredictionModelFactory,
    SimulationInterventionFactory,
    SimulationStateFactory,
)

pytestmark = pytest.mark.django_db


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
