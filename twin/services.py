"""Predictive-twin business rules (writes), called by the admin's buttons and the API's
`POST {id}/transition/` alike (twin/lifecycle.py has the map)."""

from django.db import transaction

from airport_platform.exceptions import Conflict

from .choices import SimulationStatus
from .lifecycle import SCENARIO
from .models import SimulationScenario


@transaction.atomic
def simulation_scenario_transition(
    *, scenario: SimulationScenario, to: str, user=None, reason: str = ""
) -> SimulationScenario:
    """Move a simulation scenario; a template is never queued to run."""
    scenario = SCENARIO.lock(scenario)
    SCENARIO.check(SCENARIO.current(scenario), to)
    if to == SimulationStatus.QUEUED and scenario.is_template:
        raise Conflict("a template is not run: copy it into a scenario of its own and queue that")
    return SCENARIO.apply(scenario, to=to, user=user, reason=reason)
