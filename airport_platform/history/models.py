"""Event models of the change history, generated for every entity model (see `tracking.py`).

`EVENT_MODELS` maps each tracked entity model (e.g. `orchestration.Decision`) to its event
model (`history.DecisionEvent`). Hypertables are append-only and are not tracked.
"""

import sys

import pghistory.models
from django.db import models

from .tracking import entity_models, track


class HistoryEvent(pghistory.models.Event):
    """One recorded change of one row.

    pgh_id (order of recording), pgh_created_at (transaction time), pgh_label (insert, update,
    soft_delete, restore, delete), pgh_obj (the row), pgh_context (who, through what, request
    id; NULL for raw SQL), pgh_diff ({column: [before, after]}) and a copy of every column.
    """

    pgh_diff = models.JSONField(null=True, blank=True)

    class Meta:
        abstract = True


EVENT_MODELS = {
    model: track(model, module=sys.modules[__name__], base_model=HistoryEvent) for model in entity_models()
}


def event_model_for(model) -> type[HistoryEvent] | None:
    """The event model recording `model`'s changes (None for models that are not tracked)."""
    return EVENT_MODELS.get(model._meta.concrete_model)
