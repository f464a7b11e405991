"""Sustainability rules beyond the transition map, and the reads."""

import pytest

from airport_platform.exceptions import Conflict
from sustainability import selectors, services
from sustainability.choices import OptimizationStatus
from tests.sustainability.factories import SustainabilityOptimizationFactory

pytestmark = pytest.mark.django_db


def test_an_optimization_is_completed_only_with_its_measured_impact():
    optimization = SustainabilityOptimizationFactory(status=OptimizationStatus.ACTIVE, actual_impact=None)
    with pytest.raises(Conflict, match="actual_impact"):
        services.sustainability_optimization_transition(
            optimization=optimization, to=OptimizationStatus.COMPLETED
        )
    optimization.actual_impact = {"energy_kwh_saved": 800}
    optimization.save()
    services.sustainability_optimization_transition(
        optimization=optimization, to=OptimizationStatus.COMPLETED
    )
    optimization.refresh_from_db()
    assert optimization.status == OptimizationStatus.COMPLETED


def test_open_optimizations_of_an_area():
    proposed = SustainabilityOptimizationFactory(status=OptimizationStatus.PROPOSED, target_area="Terminal 1")
    SustainabilityOptimizationFactory(status=OptimizationStatus.CANCELLED, target_area="Terminal 1")
    SustainabilityOptimizationFactory(status=OptimizationStatus.ACTIVE, target_area="Pier B")
    assert list(selectors.sustainability_optimizations_open(target_area="Terminal 1")) == [proposed]
    assert selectors.sustainability_optimizations_open().count() == 2
