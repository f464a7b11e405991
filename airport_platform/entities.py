"""Which model is behind each `EntityType` (the vocabulary of polymorphic references such as
`(entity_type, entity_id)` in explanations, feedback and events).

The vocabulary stays in the core (`choices.EntityType`: it is the spec's, used in CHECK
constraints); the model behind each value is registered by the domain that owns it, at
`AppConfig.ready()`:

    register_entity_type(EntityType.DECISION, self.get_model("Decision"))
"""

from django.core.exceptions import ImproperlyConfigured

from .choices import EntityType

_models: dict[str, type] = {}


def register_entity_type(entity_type: str, model) -> None:
    if entity_type not in EntityType.values:
        raise ImproperlyConfigured(f"{entity_type!r} is not an EntityType")
    registered = _models.get(entity_type)
    if registered is not None and registered._meta.label != model._meta.label:
        raise ImproperlyConfigured(
            f"entity type {entity_type!r} is already {registered._meta.label}, not {model._meta.label}"
        )
    _models[str(entity_type)] = model


def entity_model(entity_type: str):
    """The model registered for `entity_type`; LookupError if none is."""
    try:
        return _models[str(entity_type)]
    except KeyError:
        raise LookupError(f"no model is registered for entity type {entity_type!r}") from None


def registered_entity_types() -> dict[str, type]:
    return dict(_models)
