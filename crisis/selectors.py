"""Crisis reads: what is still open, most urgent first."""

import datetime as dt

from django.db.models import DateTimeField, DurationField, ExpressionWrapper, F, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from airport_platform.models.expressions import choice_rank

from .choices import CrisisResourceStatus
from .lifecycle import ACTION, SCENARIO
from .models import CrisisAction, CrisisResource, CrisisScenario


def crisis_scenarios_open(*, include_simulations: bool = True) -> QuerySet[CrisisScenario]:
    """Scenarios not closed yet, the most severe first, then the longest running."""
    scenarios = CrisisScenario.objects.filter(status__in=SCENARIO.open_states)
    if not include_simulations:
        scenarios = scenarios.exclude(is_simulation=True)
    return scenarios.order_by(
        choice_rank(CrisisScenario, "severity").desc(), F("started_at").asc(nulls_last=True)
    )


def crisis_actions_open(
    *, scenario: CrisisScenario | None = None, now: dt.datetime | None = None
) -> QuerySet[CrisisAction]:
    """Open actions (pending, assigned, in progress), most urgent first, then the oldest; each
    annotated with `age`: how long since it was assigned (or created, while unassigned)."""
    now = now or timezone.now()
    actions = CrisisAction.objects.filter(status__in=ACTION.open_states).select_related("scenario")
    if scenario is not None:
        actions = actions.filter(scenario=scenario)
    waiting_since = Coalesce("assigned_at", "created_at")
    age = ExpressionWrapper(
        Value(now, output_field=DateTimeField()) - waiting_since, output_field=DurationField()
    )
    return actions.annotate(waiting_since=waiting_since, age=age).order_by(
        choice_rank(CrisisAction, "urgency"), "waiting_since"
    )


def crisis_resources_available(*, resource_type: str | None = None) -> QuerySet[CrisisResource]:
    """Resources that can be reserved or deployed now."""
    resources = CrisisResource.objects.filter(status=CrisisResourceStatus.AVAILABLE)
    if resource_type is not None:
        resources = resources.filter(resource_type=resource_type)
    return resources.order_by("resource_type", "name")
