"""Simulation scenarios move only along their lifecycle, the same way through the service, the
API and the admin (tests/lifecycle_contract.py)."""

import pytest

from tests.lifecycle_contract import Case, LifecycleContract
from tests.twin.factories import SimulationScenarioFactory
from twin import lifecycle, services

pytestmark = pytest.mark.django_db


class TestTwinLifecycles(LifecycleContract):
    cases = [
        Case(
            "simulation",
            lifecycle.SCENARIO,
            services.simulation_scenario_transition,
            SimulationScenarioFactory,
            "/api/v1/twin/simulation-scenarios/",
            defaults={"is_template": False},
        ),
    ]
