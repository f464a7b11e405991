"""Base serializer: what every resource's serializer does, so app serializers only declare fields."""

import copy

from django.apps import apps
from django.contrib.gis.db import models as gis_models
from django.contrib.postgres.fields import DateTimeRangeField
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from rest_framework import serializers
from rest_framework.fields import empty, get_error_detail
from rest_framework.settings import api_settings
from rest_framework.validators import UniqueTogetherValidator, UniqueValidator

from airport_platform.entities import entity_model
from airport_platform.exceptions import ConcurrentModification
from airport_platform.models import Versioned

from . import fields


class ExistingIdsField(serializers.ListField):
    """A list of UUIDs that must all name live rows of `model` (e.g. `affected_journeys`)."""

    def __init__(self, *, model, **kwargs):
        self.model = model
        kwargs.setdefault("child", serializers.UUIDField())
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        ids = super().to_internal_value(data)
        model = apps.get_model(self.model) if isinstance(self.model, str) else self.model
        found = {str(pk) for pk in model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)}
        missing = [str(pk) for pk in ids if str(pk) not in found]
        if missing:
            raise serializers.ValidationError(
                f"unknown {model._meta.verbose_name} id(s): {', '.join(missing)}", code="does_not_exist"
            )
        return ids


class PlatformModelSerializer(serializers.ModelSerializer):
    """Shared behaviour of every resource:

    - audit, soft-deletion and authorship columns are read-only (the server sets them);
    - PostGIS points read and write GeoJSON (or WKT);
    - `version` (where the table has one) may be sent back on update: an old version is refused;
    - `(entity_type, entity_id)` references (Meta.entity_reference) must name an existing row;
    - model-level constraints (partial uniques, CHECKs) are validated before anything is written;
    - a status column with a lifecycle (`Meta.lifecycle`, airport_platform/lifecycle.py) is set
      on create to an initial state only and never on update (POST {id}/transition/ moves it);
      the timestamps the lifecycle stamps are read-only.
    """

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        gis_models.PointField: fields.PointField,
        DateTimeRangeField: fields.DateTimeRangeField,
        models.JSONField: fields.JSONDocumentField,
    }

    def get_fields(self):
        fields = super().get_fields()
        model = self.Meta.model
        for model_field in model._meta.concrete_fields:
            # A child row belongs to its parent: the spec leaves the column nullable, the API
            # requires it (e.g. an action without its decision means nothing).
            if model_field.many_to_one and model_field.remote_field.on_delete is models.CASCADE:
                field = fields.get(model_field.name)
                if field is not None and not field.read_only:
                    field.required, field.allow_null, field.default = True, False, empty
        for name in (*model.create_author_fields(), *model.server_time_fields_on_create):
            if name in fields:
                fields[name].read_only = True
                fields[name].required = False
        # Uniqueness is checked by `Model.validate_constraints()` in `validate()`, with the
        # constraint's own message (DRF's generic "... already exists" says less).
        for field in fields.values():
            field.validators = [v for v in field.validators if not isinstance(v, UniqueValidator)]
        lifecycle = getattr(self.Meta, "lifecycle", None)
        if lifecycle is not None:
            for name in lifecycle.read_only_fields:
                if name in fields:
                    fields[name].read_only, fields[name].required = True, False
            status = fields.get(lifecycle.field)
            if status is not None:
                status.required, status.allow_null = False, False
                status.help_text = (
                    f"Set on create to one of: {', '.join(lifecycle.initial)} (default {lifecycle.default}); "
                    "afterwards changed only by POST {id}/transition/."
                )
        if issubclass(model, Versioned):
            fields["version"] = serializers.IntegerField(
                required=False,
                help_text="Row version; send back the version you read to refuse overwriting a newer change.",
            )
        return fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        distance = getattr(instance, "distance_m", None)
        if distance is not None:  # annotated by the `near` filter
            data["distance_m"] = round(distance.m, 1)
        return data

    def get_validators(self):
        return [v for v in super().get_validators() if not isinstance(v, UniqueTogetherValidator)]

    def validate(self, attrs):
        attrs = super().validate(attrs)
        self._validate_lifecycle(attrs)
        self._validate_entity_reference(attrs)
        self._validate_model_constraints(attrs)
        return attrs

    def _validate_lifecycle(self, attrs):
        lifecycle = getattr(self.Meta, "lifecycle", None)
        if lifecycle is None:
            return
        name = lifecycle.field
        if self.instance is None:
            attrs.setdefault(name, lifecycle.default)
            problem = lifecycle.initial_problem(attrs[name])
            if problem:
                raise serializers.ValidationError({name: [problem]}, code="invalid_initial_state")
            attrs.update(lifecycle.stamp_values(attrs[name], attrs))
        elif name in attrs and attrs[name] != lifecycle.current(self.instance):
            current = lifecycle.current(self.instance)
            raise serializers.ValidationError(
                {
                    name: [
                        f"cannot be changed by an update (it is {current}); use POST {{id}}/transition/ "
                        f"(allowed from {current}: {lifecycle.describe_allowed(current)})"
                    ]
                },
                code="read_only_state",
            )

    def _validate_entity_reference(self, attrs):
        reference = getattr(self.Meta, "entity_reference", None)
        if not reference:
            return
        type_field, id_field = reference
        entity_type = attrs.get(type_field, getattr(self.instance, type_field, None))
        entity_id = attrs.get(id_field, getattr(self.instance, id_field, None))
        if not entity_type or not entity_id:
            return
        try:
            model = entity_model(entity_type)
        except LookupError as exc:  # a valid type whose domain app is not installed
            raise serializers.ValidationError({type_field: [str(exc)]}, code="invalid") from exc
        if not model._default_manager.filter(pk=entity_id).exists():
            raise serializers.ValidationError(
                {id_field: [f"no {entity_type} with id {entity_id}"]}, code="does_not_exist"
            )

    def _validate_model_constraints(self, attrs):
        model = self.Meta.model
        candidate = copy.copy(self.instance) if self.instance is not None else model()
        concrete = {field.name for field in model._meta.concrete_fields}
        for name, value in attrs.items():
            if name in concrete and not (name == "version" and issubclass(model, Versioned)):
                setattr(candidate, name, value)
        try:
            candidate.validate_constraints()
        except DjangoValidationError as exc:
            detail = get_error_detail(exc)
            if isinstance(detail, dict) and NON_FIELD_ERRORS in detail:
                detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop(NON_FIELD_ERRORS)
            raise serializers.ValidationError(detail) from exc

    def create(self, validated_data):
        if issubclass(self.Meta.model, Versioned):
            validated_data.pop("version", None)
        return super().create(validated_data)

    def update(self, instance, validated_data):
        if not issubclass(self.Meta.model, Versioned):
            return super().update(instance, validated_data)
        expected = validated_data.pop("version", None)
        if expected is not None and expected != instance.version:
            raise ConcurrentModification(
                f"{instance._meta.verbose_name} {instance.pk} is at version {instance.version}, "
                f"the request was based on version {expected}; reload it and try again."
            )
        return super().update(instance, validated_data)
