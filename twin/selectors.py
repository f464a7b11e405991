"""Predictive-twin reads."""

from django.db.models import QuerySet

from .choices import SimulationStatus
from .models import SimulationScenario


def simulation_scenarios_queued() -> QuerySet[SimulationScenario]:
    """The run queue: queued scenarios, first queued (least recently changed) first."""
    return SimulationScenario.objects.filter(status=SimulationStatus.QUEUED).order_by("updated_at")
