"""The base of every event model. The event models themselves live in the domain apps, next to
the model they record (`orchestration.DecisionEvent`), created by `tracking.track()`; look them
up with `registry.event_model_for()`. This app has no table of its own.
"""

import pghistory.models
from django.db import models


class HistoryEvent(pghistory.models.Event):
    """One recorded change of one row.

    pgh_id (order of recording), pgh_created_at (transaction time), pgh_label (insert, update,
    soft_delete, restore, delete), pgh_obj (the row), pgh_context (who, through what, request
    id; NULL for raw SQL), pgh_diff ({column: [before, after]}) and a copy of every column.
    """

    pgh_diff = models.JSONField(null=True, blank=True)

    class Meta:
        abstract = True
