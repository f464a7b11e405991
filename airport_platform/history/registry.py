"""Which event model records which entity model's changes.

Filled by `tracking.track()` as each domain's models are prepared; the core (selectors, admin,
API) looks event models up here and never imports a domain.
"""

from django.db import models

# {entity model: its event model}, e.g. {orchestration.Decision: orchestration.DecisionEvent}.
EVENT_MODELS: dict[type[models.Model], type[models.Model]] = {}


def register_event_model(model: type[models.Model], event_model: type[models.Model]) -> None:
    EVENT_MODELS[model] = event_model


def event_model_for(model) -> type[models.Model] | None:
    """The event model recording `model`'s changes (None for models that are not tracked)."""
    return EVENT_MODELS.get(model._meta.concrete_model)
