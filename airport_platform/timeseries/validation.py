"""Validate a batch of time-series rows column by column, with the serializer's own rules.

DRF validates a list row by row, field object by field object (~77 us a row for a hypertable):
that caps ingest near 13k rows/s. `BatchValidator` is compiled once per serializer class from
the *serializer's fields* (which DRF derives from the model), so the rules are the API's rules:

- every value takes a fast path for the common, unambiguous case (a canonical UUID string, an
  ISO 8601 string, a vocabulary value, a number within the declared digits and range...);
- anything else is handed to the DRF field itself (`field.run_validation`), which accepts it
  or raises the exact error the plain serializer would have raised;
- foreign keys and `(entity_type, entity_id)` references are checked with one query per
  column (or per entity type) for the whole batch.

The fast paths are strictly narrower than DRF's rules, so the result is the same either way.
A serializer the compiler does not understand (custom `validate()`, unknown field types,
extra model constraints) gets no validator, and the caller keeps the plain serializer path.

Output: per row, a tuple of database values in `columns` order (ready for COPY), the row's API
representation (what `serializer.data` would have been) and errors as
`{row_index: {field: [message, ...]}}`.
"""

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from functools import cache

from django.apps import apps
from django.contrib.gis.db.models import GeometryField
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinLengthValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import models
from django.utils import timezone
from rest_framework import serializers
from rest_framework.fields import SkipField, empty, get_error_detail
from rest_framework.settings import api_settings
from rest_framework.validators import ProhibitSurrogateCharactersValidator

from airport_platform.api import fields as platform_fields
from airport_platform.api.serializers import PlatformModelSerializer
from airport_platform.models.base import derived_check_constraints

MISSING = empty  # a key absent from the row (DRF's own sentinel)
UTC = dt.UTC
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY
NOT_A_DICT = serializers.Serializer.default_error_messages["invalid"]


class Decline(Exception):
    """The fast path does not decide this value: the DRF field does."""


def new_uuid_strings(count: int) -> list[str]:
    """`count` random (version 4) UUIDs as canonical strings, ~5x faster than str(uuid4())."""
    raw = os.urandom(16 * count).hex()
    variant = "89ab"
    out = []
    append = out.append
    for start in range(0, 32 * count, 32):
        h = raw[start : start + 32]
        append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return out


def datetime_representation(value: dt.datetime) -> str:
    """DRF's DateTimeField output (UTC, ISO 8601, 'Z')."""
    text = value.astimezone(UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _error_list(exc) -> list:
    detail = get_error_detail(exc) if isinstance(exc, DjangoValidationError) else exc.detail
    if isinstance(detail, dict):  # a field raising a dict is unusual; keep its messages
        return [str(message) for messages in detail.values() for message in messages]
    return list(detail) if isinstance(detail, list) else [detail]


class ColumnCheck:
    """Validation of one serializer field over a whole column of values.

    `run(values)` returns (representations, database values or None if they equal the
    representations, {row index: [messages]}).
    """

    def __init__(self, name: str, field: serializers.Field, model_field: models.Field):
        self.name = name
        self.field = field
        self.model_field = model_field
        self.column = model_field.column

    # --- what every kind shares --------------------------------------------------------
    def omitted(self):
        """(representation, database value) for a row without this key, or raise SkipField."""
        if self.field.default is not empty:
            value = self.field.get_default()
        elif self.model_field.has_default():
            value = self.model_field.get_default()
        elif self.model_field.null:
            return None, None
        else:  # pragma: no cover - such a field is required, so never omitted
            raise SkipField()
        return self.represent_internal(value), self.database_value(value)

    def represent_internal(self, value):
        return None if value is None else self.field.to_representation(value)

    def database_value(self, value):
        """Database (COPY) value of an internal value from the DRF field."""
        if isinstance(value, models.Model):
            return value.pk
        return value

    def slow(self, value):
        """Let the DRF field decide: (representation, database value) or a ValidationError."""
        internal = self.field.run_validation(value)
        return self.represent_internal(internal), self.database_value(internal)

    def fast(self, value):  # pragma: no cover - overridden
        raise Decline

    def run(self, values):
        reps, db_values, errors = [], [], {}
        rep_append, db_append = reps.append, db_values.append
        fast, slow = self.fast, self.slow
        field = self.field
        omitted = None
        for index, value in enumerate(values):
            if value is None and field.allow_null:
                rep_append(None)
                db_append(None)
                continue
            if value is MISSING and not field.required:
                if omitted is None:
                    omitted = self.omitted()
                rep_append(omitted[0])
                db_append(omitted[1])
                continue
            try:
                rep = fast(value)
                db = rep
            except Decline:
                try:
                    rep, db = slow(value)
                except (serializers.ValidationError, DjangoValidationError) as exc:
                    errors[index] = _error_list(exc)
                    rep = db = None
            rep_append(rep)
            db_append(db)
        return reps, db_values, errors


class ChoiceCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        lookup = {key: value for key, value in self.field.choice_strings_to_values.items() if key != ""}

        def fast(value, get=lookup.get):
            try:
                found = get(value)
            except TypeError:  # unhashable (a list, an object)
                raise Decline from None
            if found is None:
                raise Decline
            return found

        self.fast = fast


class CharCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        max_length = self.field.max_length or 10**9
        min_length = self.field.min_length or 1
        trim = self.field.trim_whitespace

        def fast(value):
            if type(value) is not str or not value.isascii() or "\x00" in value:
                raise Decline
            if trim:
                value = value.strip()
            if min_length <= len(value) <= max_length:
                return value
            raise Decline

        self.fast = fast


class DecimalCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        field = self.field
        places = field.decimal_places
        whole = field.max_whole_digits
        whole_re = "0" if whole == 0 else rf"\d{{1,{whole}}}"
        fraction_re = rf"(?:\.(\d{{1,{places}}}))?" if places else ""
        match = re.compile(rf"^-?{whole_re}{fraction_re}$").match
        low, high = field.min_value, field.max_value

        def fast(value):
            kind = type(value)
            if kind is int:
                value = str(value)
            elif kind is not str:
                raise Decline
            found = match(value)
            if found is None:
                raise Decline
            if (low is not None or high is not None) and not (
                (low is None or Decimal(value) >= low) and (high is None or Decimal(value) <= high)
            ):
                raise Decline
            if not places:
                return value
            fraction = found.group(1)
            if fraction is None:
                return f"{value}.{'0' * places}"
            return value + "0" * (places - len(fraction))

        self.fast = fast

    def database_value(self, value):
        return None if value is None else self.field.to_representation(value)


class IntegerCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        low = self.field.min_value if self.field.min_value is not None else -(2**63)
        high = self.field.max_value if self.field.max_value is not None else 2**63 - 1

        def fast(value):
            if type(value) is int and low <= value <= high:
                return value
            raise Decline

        self.fast = fast


class BooleanCheck(ColumnCheck):
    def fast(self, value):
        if value is True or value is False:
            return value
        raise Decline


class DateTimeCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        parse = dt.datetime.fromisoformat

        def fast(value):
            if type(value) is not str:
                raise Decline
            try:
                moment = parse(value)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=UTC)
                text = moment.astimezone(UTC).isoformat()
            except (ValueError, OverflowError):
                raise Decline from None
            return text[:-6] + "Z"

        self.fast = fast

    def represent_internal(self, value):
        return None if value is None else datetime_representation(value)

    def database_value(self, value):
        return self.represent_internal(value)


class UUIDCheck(ColumnCheck):
    def fast(self, value, match=UUID_RE.match):
        if type(value) is str and len(value) == 36 and match(value):
            return value
        raise Decline

    def represent_internal(self, value):
        return None if value is None else str(value)

    def database_value(self, value):
        return self.represent_internal(value)


class ForeignKeyCheck(UUIDCheck):
    """Shape checked per value; existence checked for the whole column in one query."""

    def represent_internal(self, value):
        if value is None:
            return None
        return str(value.pk if isinstance(value, models.Model) else value)

    def run(self, values):
        reps, db_values, errors = super().run(values)
        wanted = {value for index, value in enumerate(reps) if value is not None and index not in errors}
        if wanted:
            found = {
                str(pk)
                for pk in self.field.get_queryset()
                .filter(pk__in=list(wanted))
                .order_by()
                .values_list("pk", flat=True)
            }
            missing = wanted - found
            if missing:
                message = self.field.error_messages["does_not_exist"]
                for index, value in enumerate(reps):
                    if value in missing and index not in errors:
                        errors[index] = [message.format(pk_value=values[index])]
        return reps, db_values, errors


class JSONCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        self.refuses_nul = isinstance(self.field, platform_fields.JSONDocumentField)

    def run(self, values):
        reps, _, errors = super().run(values)
        dumps = json.dumps
        db_values = []
        for index, value in enumerate(reps):
            if value is None or index in errors:
                db_values.append(None)
                continue
            text = dumps(value)
            if self.refuses_nul and "\\u0000" in text and platform_fields.contains_nul(value):
                errors[index] = ["null characters (\\u0000) are not allowed in JSON documents"]
            db_values.append(text)
        return reps, db_values, errors

    def fast(self, value):
        if value is None or value is MISSING:
            raise Decline
        return value

    def database_value(self, value):
        return value


class GeometryCheck(ColumnCheck):
    """Positions are optional and rare in bulk loads: the DRF field validates every one."""

    def database_value(self, value):
        return None if value is None else value.ewkt


# Exact DRF field classes with a fast path; subclasses may add rules, so they are not matched.
CHECKS = {
    serializers.ChoiceField: ChoiceCheck,
    serializers.CharField: CharCheck,
    serializers.DecimalField: DecimalCheck,
    serializers.IntegerField: IntegerCheck,
    serializers.BooleanField: BooleanCheck,
    serializers.DateTimeField: DateTimeCheck,
    serializers.UUIDField: UUIDCheck,
    serializers.PrimaryKeyRelatedField: ForeignKeyCheck,
    serializers.JSONField: JSONCheck,
    platform_fields.JSONDocumentField: JSONCheck,
    platform_fields.PointField: GeometryCheck,
}
# Validators the fast paths implement themselves (DRF adds them from the field's arguments).
IMPLIED_VALIDATORS = (
    MaxLengthValidator,
    MinLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
    ProhibitSurrogateCharactersValidator,
)


class Unsupported(Exception):
    """The serializer has rules the batch validator does not reproduce."""


def _column_check(name, field, model_field) -> ColumnCheck:
    kind = CHECKS.get(type(field))
    if kind is None:
        raise Unsupported(f"{name}: no batch check for {type(field).__name__}")
    if kind is GeometryCheck and not isinstance(model_field, GeometryField):  # pragma: no cover
        raise Unsupported(f"{name}: point field on a non-geometry column")
    check = kind(name, field, model_field)
    if any(not isinstance(v, IMPLIED_VALIDATORS) for v in field.validators):
        check.fast = ColumnCheck.fast.__get__(check)  # every value goes through the DRF field
    return check


@dataclass
class ValidatedBatch:
    columns: list[str]  # database columns, COPY order
    rows: list[tuple]  # database values per row
    representations: list[dict]  # the API representation per row
    errors: dict[int, dict[str, list]] = dataclass_field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


class BatchValidator:
    """Compiled once per serializer class (`for_serializer`); `validate(rows)` per batch."""

    def __init__(self, serializer_class):
        meta = serializer_class.Meta
        self.model = meta.model
        serializer = serializer_class()
        if serializer_class.validate is not PlatformModelSerializer.validate or any(
            name.startswith("validate_") for name in vars(serializer_class)
        ):
            raise Unsupported(f"{serializer_class.__name__} has its own validate()")
        derived = {c.name for c in derived_check_constraints(self.model)}
        extra = [c.name for c in self.model._meta.constraints if c.name not in derived]
        if extra:
            raise Unsupported(f"{self.model.__name__} has constraints to check: {extra}")
        self.entity_reference = getattr(meta, "entity_reference", None)
        model_fields = {f.name: f for f in self.model._meta.concrete_fields}
        self.checks: list[ColumnCheck] = []
        self.output: list[tuple[str, str]] = []  # (representation key, how: "check"/"id"/"now"/...)
        self.read_only: dict[str, models.Field] = {}
        for name, field in serializer.fields.items():
            model_field = model_fields.get(field.source)
            if model_field is None:
                raise Unsupported(f"{name}: not a concrete column")
            if field.read_only:
                if model_field.primary_key or model_field.has_default() or model_field.null:
                    self.read_only[name] = model_field
                else:
                    raise Unsupported(f"{name}: read-only without a default")
            else:
                self.checks.append(_column_check(name, field, model_field))
        self.names = list(serializer.fields)
        self.fields = serializer.fields
        missing = set(model_fields) - {f.source for f in serializer.fields.values()}
        for name in missing:
            model_field = model_fields[name]
            if not (model_field.null or model_field.has_default()):
                raise Unsupported(f"{name}: column not in the serializer and no default")
        self.unlisted = [model_fields[name] for name in sorted(missing)]
        self.columns = (
            [model_fields[self.fields[n].source].column for n in self.read_only]
            + [check.column for check in self.checks]
            + [f.column for f in self.unlisted]
        )

    @classmethod
    @cache
    def for_serializer(cls, serializer_class) -> "BatchValidator | None":
        try:
            return cls(serializer_class)
        except Unsupported:
            return None

    def _read_only_values(self, count: int, now: dt.datetime, author: str | None):
        """(representation values, database values) per read-only field, as columns."""
        reps, dbs = {}, {}
        for name, model_field in self.read_only.items():
            field = self.fields[name]
            if model_field.primary_key:
                column = new_uuid_strings(count)
                reps[name] = dbs[name] = column
                continue
            if author is not None and model_field.name in self.model.create_author_fields():
                value = author
            elif model_field.has_default() and model_field.default is timezone.now:
                value = now
            elif model_field.has_default():
                value = model_field.get_default()
            else:
                value = None
            rep = None if value is None else field.to_representation(value)
            if isinstance(value, dt.datetime):
                rep = datetime_representation(value)
            reps[name] = [rep] * count
            dbs[name] = [rep if isinstance(value, dt.datetime) else value] * count
        return reps, dbs

    def validate(self, rows: list, *, author: str | None = None) -> ValidatedBatch:
        count = len(rows)
        errors: dict[int, dict[str, list]] = {}
        not_dicts = [index for index, row in enumerate(rows) if type(row) is not dict]
        if not_dicts:
            for index in not_dicts:
                errors[index] = {NON_FIELD: [NOT_A_DICT.format(datatype=type(rows[index]).__name__)]}
            rows = [row if type(row) is dict else {} for row in rows]

        rep_columns: dict[str, list] = {}
        db_columns: list[list] = []
        for check in self.checks:
            name = check.name
            values = [row.get(name, MISSING) for row in rows]
            reps, dbs, column_errors = check.run(values)
            rep_columns[name] = reps
            db_columns.append(dbs)
            for index, messages in column_errors.items():
                errors.setdefault(index, {})[name] = messages
        self._check_entity_reference(rep_columns, errors)
        for index in not_dicts:  # a non-object only reports that it is not an object
            errors[index] = {NON_FIELD: errors[index][NON_FIELD]}

        if errors:
            return ValidatedBatch(self.columns, [], [], errors)
        now = timezone.now()
        ro_reps, ro_dbs = self._read_only_values(count, now, author)
        rep_columns.update(ro_reps)
        unlisted = [[f.get_default() if f.has_default() else None] * count for f in self.unlisted]
        db_rows = list(zip(*[ro_dbs[name] for name in self.read_only], *db_columns, *unlisted, strict=True))
        names = self.names
        representations = [
            dict(zip(names, values, strict=True))
            for values in zip(*[rep_columns[name] for name in names], strict=True)
        ]
        return ValidatedBatch(self.columns, db_rows, representations)

    def _check_entity_reference(self, columns, errors):
        if not self.entity_reference:
            return
        from airport_platform.choices import ENTITY_MODELS

        type_field, id_field = self.entity_reference
        wanted: dict[str, set[str]] = {}
        for index, (kind, pk) in enumerate(zip(columns[type_field], columns[id_field], strict=True)):
            if kind and pk and index not in errors:
                wanted.setdefault(kind, set()).add(pk)
        for kind, ids in wanted.items():
            model = apps.get_model(ENTITY_MODELS[kind])
            found = {str(pk) for pk in model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)}
            missing = ids - found
            if not missing:
                continue
            for index, (row_kind, pk) in enumerate(zip(columns[type_field], columns[id_field], strict=True)):
                if row_kind == kind and pk in missing and index not in errors:
                    errors[index] = {id_field: [f"no {kind} with id {pk}"]}
