"""Crisis scenarios, actions, communications and resources move only along their lifecycles,
the same way through the services, the API and the admin (tests/lifecycle_contract.py)."""

import pytest

from crisis import lifecycle, services
from tests.crisis.factories import (
    CrisisActionFactory,
    CrisisCommunicationFactory,
    CrisisResourceFactory,
    CrisisScenarioFactory,
)
from tests.lifecycle_contract import Case, LifecycleContract

pytestmark = pytest.mark.django_db

API = "/api/v1/crisis"


class TestCrisisLifecycles(LifecycleContract):
    cases = [
        Case(
            "scenario",
            lifecycle.SCENARIO,
            services.crisis_scenario_transition,
            CrisisScenarioFactory,
            f"{API}/crisis-scenarios/",
        ),
        Case(
            "action",
            lifecycle.ACTION,
            services.crisis_action_transition,
            CrisisActionFactory,
            f"{API}/crisis-actions/",
        ),
        Case(
            "communication",
            lifecycle.COMMUNICATION,
            services.crisis_communication_transition,
            CrisisCommunicationFactory,
            f"{API}/crisis-communications/",
        ),
        Case(
            "resource",
            lifecycle.RESOURCE,
            services.crisis_resource_transition,
            CrisisResourceFactory,
            f"{API}/crisis-resources/",
        ),
    ]
