"""The sustainability factories build rows that the model and the database both accept."""

from decimal import Decimal

import pytest

from tests.sustainability.factories import (
    METRICS,
    RESOURCES,
    CarbonAccountingFactory,
    ResourceConsumptionFactory,
    SustainabilityMetricFactory,
    SustainabilityOptimizationFactory,
)

pytestmark = pytest.mark.django_db


def test_units_match_what_is_measured():
    for metric in SustainabilityMetricFactory.create_batch(10):
        assert metric.unit == METRICS[metric.metric_type][0]
    for reading in ResourceConsumptionFactory.create_batch(10):
        unit, meters, _activity, factor, _price, _range = RESOURCES[reading.resource_type]
        assert reading.unit == unit and reading.location in meters
        assert float(reading.carbon_equivalent) == pytest.approx(
            float(reading.consumption_value) * factor, abs=1e-4
        )


def test_net_emissions_are_emissions_minus_offsets():
    for entry in CarbonAccountingFactory.create_batch(10):
        entry.refresh_from_db()
        assert Decimal(0) <= entry.offset_amount <= entry.emissions_value
        assert entry.net_emissions == entry.emissions_value - entry.offset_amount


def test_optimisations_target_the_resource_they_can_save():
    optimisation = SustainabilityOptimizationFactory(optimization_type="hvac_setpoint")
    assert optimisation.target_resource == "electricity"
    assert optimisation.end_time > optimisation.start_time
