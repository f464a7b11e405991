"""Sustainability business rules (writes), called by the admin's buttons and the API's
`POST {id}/transition/` alike (sustainability/lifecycle.py has the map)."""

from django.db import transaction

from airport_platform.exceptions import Conflict

from .choices import OptimizationStatus
from .lifecycle import OPTIMIZATION
from .models import SustainabilityOptimization


@transaction.atomic
def sustainability_optimization_transition(
    *, optimization: SustainabilityOptimization, to: str, user=None, reason: str = ""
) -> SustainabilityOptimization:
    """Move an optimization; it is completed only with its measured `actual_impact`."""
    optimization = OPTIMIZATION.lock(optimization)
    OPTIMIZATION.check(OPTIMIZATION.current(optimization), to)
    if to == OptimizationStatus.COMPLETED and not optimization.actual_impact:
        raise Conflict("record actual_impact before completing the optimization")
    return OPTIMIZATION.apply(optimization, to=to, user=user, reason=reason)
