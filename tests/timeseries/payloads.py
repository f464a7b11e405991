"""Valid rows for any model, derived from its fields (no hand-written fixtures per table).

`payload(resource)`: an API payload with every writable field of the resource set to a valid
value; `parent(model)`: a saved row of an entity model (for foreign keys).
"""

import uuid
from decimal import Decimal

from django.contrib.gis.db.models import GeometryField
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from rest_framework import serializers

from airport_platform.api import fields as platform_fields

MOMENT = "2026-03-01T08:00:00Z"


def _bounds(validators):
    low = next((v.limit_value for v in validators if isinstance(v, MinValueValidator)), None)
    high = next((v.limit_value for v in validators if isinstance(v, MaxValueValidator)), None)
    return low, high


def _accepted(field: serializers.Field, value) -> bool:
    try:
        field.run_validation(value)
    except serializers.ValidationError:
        return False
    return True


def value_for(name: str, field: serializers.Field):
    """A valid API value for a DRF field."""
    if isinstance(field, serializers.PrimaryKeyRelatedField):
        return str(parent(field.queryset.model).pk)
    if isinstance(field, serializers.ChoiceField):
        # The first choice the field accepts (e.g. events: only the types a client may append).
        return next(value for value in field.choice_strings_to_values if _accepted(field, value))
    if isinstance(field, platform_fields.PointField):
        return {"type": "Point", "coordinates": [4.7639, 52.3086]}
    if isinstance(field, serializers.JSONField):
        return {"source": "test", "values": [1, 2.5, "x"]}
    if isinstance(field, serializers.DateTimeField):
        return MOMENT
    if isinstance(field, serializers.DecimalField):
        return (
            "1.5" if (field.max_value is None or field.max_value >= 2) and field.max_whole_digits else "0.5"
        )
    if isinstance(field, serializers.IntegerField):
        return 3
    if isinstance(field, serializers.UUIDField):
        return str(uuid.uuid4())
    if isinstance(field, serializers.BooleanField):
        return True
    if isinstance(field, serializers.CharField):
        return "T2 Pier D"[: field.max_length or 100]
    raise AssertionError(f"no test value for {name}: {type(field).__name__}")


def payload(resource) -> dict:
    serializer = resource.serializer()
    row = {
        name: value_for(name, field)
        for name, field in serializer.fields.items()
        if not field.read_only and name not in ("related_entity_id", "related_entity_type")
    }
    if "net_emissions" in row:  # carbon accounting: net = emissions - offset (a CHECK constraint)
        row["net_emissions"] = str(Decimal(row["emissions_value"]) - Decimal(row["offset_amount"]))
    return row


def parent(model):
    """A saved row of `model` with every required column filled (foreign keys recursively)."""
    values = {}
    for field in model._meta.concrete_fields:
        if field.primary_key or field.null or field.has_default() or field.has_db_default():
            continue
        if field.many_to_one:
            values[field.name] = parent(field.related_model)
        elif field.choices:
            values[field.name] = field.choices[0][0]
        elif isinstance(field, ArrayField):
            values[field.name] = []
        elif isinstance(field, models.JSONField):
            values[field.name] = {}
        elif isinstance(field, models.DateTimeField):
            values[field.name] = timezone.now()
        elif isinstance(field, models.DecimalField):
            low, _ = _bounds(field.validators)
            values[field.name] = Decimal(low if low is not None else "0.5")
        elif isinstance(field, models.IntegerField):
            low, _ = _bounds(field.validators)
            values[field.name] = max(1, low or 0)
        elif isinstance(field, models.BooleanField):
            values[field.name] = False
        elif isinstance(field, models.UUIDField):
            values[field.name] = uuid.uuid4()
        elif isinstance(field, GeometryField):
            continue
        else:
            values[field.name] = "test"
    return model._base_manager.create(**values)
