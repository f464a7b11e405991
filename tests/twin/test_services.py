"""Twin rules beyond the transition map, and the run queue."""

import pytest

from airport_platform.exceptions import Conflict
from tests.twin.factories import SimulationScenarioFactory
from twin import selectors, services
from twin.choices import SimulationStatus

pytestmark = pytest.mark.django_db


def test_a_template_is_never_queued_to_run():
    template = SimulationScenarioFactory(status=SimulationStatus.DRAFT, is_template=True)
    with pytest.raises(Conflict, match="template"):
        services.simulation_scenario_transition(scenario=template, to=SimulationStatus.QUEUED)
    template.refresh_from_db()
    assert template.status == SimulationStatus.DRAFT


def test_the_run_queue_is_first_queued_first():
    first = SimulationScenarioFactory(status=SimulationStatus.DRAFT)
    second = SimulationScenarioFactory(status=SimulationStatus.DRAFT)
    SimulationScenarioFactory(status=SimulationStatus.RUNNING)
    services.simulation_scenario_transition(scenario=first, to=SimulationStatus.QUEUED)
    services.simulation_scenario_transition(scenario=second, to=SimulationStatus.QUEUED)
    assert list(selectors.simulation_scenarios_queued()) == [first, second]
