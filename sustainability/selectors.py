"""Sustainability reads."""

from django.db.models import QuerySet

from .lifecycle import OPTIMIZATION
from .models import SustainabilityOptimization


def sustainability_optimizations_open(
    *, target_area: str | None = None
) -> QuerySet[SustainabilityOptimization]:
    """Optimizations not finished yet (proposed, approved, active), the earliest start first."""
    optimizations = SustainabilityOptimization.objects.filter(status__in=OPTIMIZATION.open_states)
    if target_area is not None:
        optimizations = optimizations.filter(target_area=target_area)
    return optimizations.order_by("start_time", "created_at")
