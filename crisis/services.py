"""Crisis business rules (writes). The admin's buttons and the API's `POST {id}/transition/`
call these, so a crisis row moves the same way from both (crisis/lifecycle.py has the maps).

Each function locks the row, checks the lifecycle and the crisis rules, stamps the
timestamps and saves, in one transaction; the reason is kept in the row's change history.
"""

from django.db import transaction

from airport_platform.exceptions import Conflict
from airport_platform.lifecycle import actor_name

from .choices import CommunicationStatus, CrisisStatus
from .lifecycle import ACTION, COMMUNICATION, RESOURCE, SCENARIO
from .models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario


@transaction.atomic
def crisis_scenario_transition(
    *, scenario: CrisisScenario, to: str, user=None, reason: str = ""
) -> CrisisScenario:
    """Move a scenario; it is closed only once none of its actions is still open."""
    scenario = SCENARIO.lock(scenario)
    SCENARIO.check(SCENARIO.current(scenario), to)
    if to == CrisisStatus.CLOSED:
        still_open = scenario.actions.filter(status__in=ACTION.open_states).count()
        if still_open:
            raise Conflict(
                f"the crisis scenario cannot be closed while {still_open} of its actions are open "
                "(complete, fail or cancel them first)"
            )
    return SCENARIO.apply(scenario, to=to, user=user, reason=reason)


@transaction.atomic
def crisis_action_transition(*, action: CrisisAction, to: str, user=None, reason: str = "") -> CrisisAction:
    """Move a crisis action (assigned_at / completed_at are stamped on the way)."""
    action = ACTION.lock(action)
    return ACTION.apply(action, to=to, user=user, reason=reason)


@transaction.atomic
def crisis_communication_transition(
    *, communication: CrisisCommunication, to: str, user=None, reason: str = ""
) -> CrisisCommunication:
    """Move a communication; sending records when and by whom."""
    communication = COMMUNICATION.lock(communication)
    changes = {"sent_by": actor_name(user)[:100]} if to == CommunicationStatus.SENT else None
    return COMMUNICATION.apply(communication, to=to, user=user, reason=reason, changes=changes)


@transaction.atomic
def crisis_resource_transition(
    *, resource: CrisisResource, to: str, user=None, reason: str = ""
) -> CrisisResource:
    resource = RESOURCE.lock(resource)
    return RESOURCE.apply(resource, to=to, user=user, reason=reason)
