"""Column checks: one serializer field validated over a whole column of a batch.

Three levels, fastest first; each is strictly narrower than DRF's own rules:

1. `fast_column(values)`: the whole column at once, when every value has the canonical shape
   (e.g. one regular expression over all the ISO 8601 strings joined). Returns None to decline;
2. `fast(value)`: one value at a time, same idea;
3. `slow(value)`: the DRF field itself (`field.run_validation`), which accepts the value or
   raises exactly the error the plain serializer would have raised.

`run(values)` returns (representations, database values, {row index: [messages]}): the
representation is what `serializer.data` shows, the database value what COPY writes.
"""

import datetime as dt
import json
import os
import re
from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinLengthValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import models
from rest_framework import serializers
from rest_framework.fields import empty, get_error_detail
from rest_framework.validators import ProhibitSurrogateCharactersValidator

from airport_platform.api import fields as platform_fields

MISSING = empty  # a key absent from the row (DRF's own sentinel)
UTC = dt.UTC
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
UUID_RE = re.compile(rf"^{UUID_PATTERN}$")
UUID_COLUMN_RE = re.compile(rf"(?:{UUID_PATTERN}\n)*")
# What DRF itself writes for a UTC datetime: the input is already its own representation.
CANONICAL_DATETIME_COLUMN_RE = re.compile(r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(?!000000)\d{6})?Z\n)*")
VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


class Decline(Exception):
    """The fast path does not decide this value: the DRF field does."""


def new_uuid_strings(count: int) -> list[str]:
    """`count` random (version 4) UUIDs as canonical strings, several times faster than uuid4()."""
    raw = os.urandom(16 * count).hex()
    return [
        f"{raw[i : i + 8]}-{raw[i + 8 : i + 12]}-4{raw[i + 13 : i + 16]}-"
        f"{VARIANT[raw[i + 16]]}{raw[i + 17 : i + 20]}-{raw[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def datetime_representation(value: dt.datetime) -> str:
    """DRF's DateTimeField output (UTC, ISO 8601, 'Z')."""
    text = value.astimezone(UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def error_list(exc) -> list:
    detail = get_error_detail(exc) if isinstance(exc, DjangoValidationError) else exc.detail
    if isinstance(detail, dict):  # a field raising a dict is unusual; keep its messages
        return [str(message) for messages in detail.values() for message in messages]
    return list(detail) if isinstance(detail, list) else [detail]


def _joined(values) -> str | None:
    """All values as one newline-terminated string, or None if one is not a plain string."""
    try:
        return "\n".join(values) + "\n"
    except TypeError:
        return None


def _without_nulls(values, allow_null: bool):
    """(non-null values, whether some were null) when nulls are allowed."""
    if allow_null and None in values:
        return [value for value in values if value is not None], True
    return values, False


def _with_nulls(values, present: list) -> list:
    found = iter(present)
    return [None if value is None else next(found) for value in values]


class ColumnCheck:
    """Validation of one serializer field over a column of values (see the module doc)."""

    def __init__(self, name: str, field: serializers.Field, model_field: models.Field):
        self.name = name
        self.field = field
        self.model_field = model_field
        self.column = model_field.column

    def omitted(self):
        """(representation, database value) for a row without this key."""
        if self.field.default is not empty:
            value = self.field.get_default()
        elif self.model_field.has_default():
            value = self.model_field.get_default()
        elif self.model_field.null:
            return None, None
        else:
            # DRF lets some such fields be omitted (JSON documents) and the INSERT then fails
            # on NOT NULL for the whole request; here the row itself is refused, with the field.
            raise serializers.ValidationError(self.field.error_messages["required"], code="required")
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

    def fast(self, value):
        raise Decline

    def fast_column(self, values) -> list | None:
        return None

    def run(self, values):
        reps = self.fast_column(values)
        if reps is not None:
            return reps, reps, {}
        reps, db_values, errors = [], [], {}
        rep_append, db_append = reps.append, db_values.append
        fast, slow = self.fast, self.slow
        allow_null, required = self.field.allow_null, self.field.required
        omitted = None
        for index, value in enumerate(values):
            if value is None and allow_null:
                rep_append(None)
                db_append(None)
                continue
            if value is MISSING and not required:
                if omitted is None:
                    try:
                        omitted = self.omitted()
                    except serializers.ValidationError as exc:
                        omitted = exc
                if isinstance(omitted, Exception):
                    errors[index] = error_list(omitted)
                    omitted_values = (None, None)
                else:
                    omitted_values = omitted
                rep_append(omitted_values[0])
                db_append(omitted_values[1])
                continue
            try:
                rep = fast(value)
                db = rep
            except Decline:
                try:
                    rep, db = slow(value)
                except (serializers.ValidationError, DjangoValidationError) as exc:
                    errors[index] = error_list(exc)
                    rep = db = None
            rep_append(rep)
            db_append(db)
        return reps, db_values, errors


class ChoiceCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        lookup = {key: value for key, value in self.field.choice_strings_to_values.items() if key != ""}
        column_lookup = {**lookup, None: None} if self.field.allow_null else lookup

        def fast(value, get=lookup.get):
            try:
                found = get(value)
            except TypeError:  # unhashable (a list, an object)
                raise Decline from None
            if found is None:
                raise Decline
            return found

        def fast_column(values):
            try:
                return [column_lookup[value] for value in values]
            except (KeyError, TypeError):
                return None

        self.fast = fast
        self.fast_column = fast_column
        # DRF lets a blank value through a nullable choice field; the table's CHECK constraint
        # would then refuse it for the whole request. Refused here, on the field.
        self.refuses_blank = "" not in {str(value) for value, _ in self.model_field.flatchoices}

    def slow(self, value):
        if value == "" and self.refuses_blank:
            raise serializers.ValidationError(
                self.field.error_messages["invalid_choice"].format(input=value), code="invalid_choice"
            )
        return super().slow(value)


class CharCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        max_length = self.field.max_length or 10**9
        min_length = self.field.min_length or 1
        trim = self.field.trim_whitespace
        allow_null = self.field.allow_null

        def fast(value):
            if type(value) is not str or not value.isascii() or "\x00" in value:
                raise Decline
            if trim:
                value = value.strip()
            if min_length <= len(value) <= max_length:
                return value
            raise Decline

        def fast_column(values):
            present, had_nulls = _without_nulls(values, allow_null)
            text = _joined(present)
            if text is None or not text.isascii() or "\x00" in text:
                return None
            if trim:
                present = [value.strip() for value in present]
            if present:
                lengths = [len(value) for value in present]
                if min(lengths) < min_length or max(lengths) > max_length:
                    return None
            return _with_nulls(values, present) if had_nulls else present

        self.fast = fast
        self.fast_column = fast_column


class DecimalCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        field = self.field
        places = field.decimal_places
        whole = field.max_whole_digits
        low, high = field.min_value, field.max_value
        # A minimum of 0 is enforced by the pattern itself (no sign); other bounds are compared.
        sign = "" if low == 0 else "-?"
        whole_re = "0" if whole == 0 else rf"\d{{1,{whole}}}"
        fraction_re = rf"(?:\.\d{{1,{places}}})?" if places else ""
        number = f"{sign}{whole_re}{fraction_re}"
        match = re.compile(f"^{number}$").match
        column_match = re.compile(rf"(?:{number}\n)*").fullmatch
        bounded = (low is not None and low != 0) or high is not None
        zeros = "0" * places

        def padded(text):
            if not places:
                return text
            point = text.find(".")
            if point < 0:
                return f"{text}.{zeros}"
            return text + zeros[: places - (len(text) - point - 1)]

        def in_bounds(text):
            number = Decimal(text)
            return (low is None or number >= low) and (high is None or number <= high)

        def fast(value):
            kind = type(value)
            if kind is int or kind is float:
                value = str(value)
            elif kind is not str:
                raise Decline
            if match(value) is None or (bounded and not in_bounds(value)):
                raise Decline
            return padded(value)

        def fast_column(values):
            present, had_nulls = _without_nulls(values, field.allow_null)
            if any(type(value) not in (str, int, float) for value in present):
                return None
            texts = [value if type(value) is str else str(value) for value in present]
            if not column_match("\n".join(texts) + "\n" if texts else ""):
                return None
            if bounded and not all(in_bounds(text) for text in texts):
                return None
            present = [padded(text) for text in texts]
            return _with_nulls(values, present) if had_nulls else present

        self.fast = fast
        self.fast_column = fast_column

    def database_value(self, value):
        return None if value is None else self.field.to_representation(value)


class IntegerCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        low = self.field.min_value if self.field.min_value is not None else -(2**63)
        high = self.field.max_value if self.field.max_value is not None else 2**63 - 1
        allow_null = self.field.allow_null

        digits = re.compile(r"^-?\d{1,18}$").match

        def fast(value):
            if type(value) is str and digits(value):  # CSV imports: numbers arrive as text
                value = int(value)
            if type(value) is int and low <= value <= high:
                return value
            raise Decline

        def fast_column(values):
            present, _ = _without_nulls(values, allow_null)
            if any(type(value) is not int for value in present):
                return None
            if present and (min(present) < low or max(present) > high):
                return None
            return values

        self.fast = fast
        self.fast_column = fast_column


class BooleanCheck(ColumnCheck):
    def fast(self, value):
        if value is True or value is False:
            return value
        raise Decline


class DateTimeCheck(ColumnCheck):
    def __init__(self, *args):
        super().__init__(*args)
        parse = dt.datetime.fromisoformat
        allow_null = self.field.allow_null

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

        def fast_column(values):
            present, had_nulls = _without_nulls(values, allow_null)
            text = _joined(present)
            if text is None or not CANONICAL_DATETIME_COLUMN_RE.fullmatch(text):
                return None
            try:  # the shape is right; the calendar (month 13, February 30) is checked here
                for value in present:
                    parse(value)
            except ValueError:
                return None
            return values

        self.fast = fast
        self.fast_column = fast_column

    def represent_internal(self, value):
        return None if value is None else datetime_representation(value)

    def database_value(self, value):
        return self.represent_internal(value)


class UUIDCheck(ColumnCheck):
    def fast(self, value, match=UUID_RE.match):
        if type(value) is str and len(value) == 36 and match(value):
            return value
        raise Decline

    def fast_column(self, values):
        present, _ = _without_nulls(values, self.field.allow_null)
        text = _joined(present)
        if text is None or not UUID_COLUMN_RE.fullmatch(text):
            return None
        return values

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
    """Any JSON value (null only where allowed); stored as JSON text, NUL characters refused."""

    def __init__(self, *args):
        super().__init__(*args)
        self.refuses_nul = isinstance(self.field, platform_fields.JSONDocumentField)

    def fast(self, value):
        if value is MISSING or value is None:
            raise Decline
        return value

    def run(self, values):
        reps, _, errors = super().run(values)
        dumps = json.dumps
        db_values = [
            None if value is None or index in errors else dumps(value) for index, value in enumerate(reps)
        ]
        if self.refuses_nul:
            for index, text in enumerate(db_values):
                if text is not None and "\\u0000" in text and platform_fields.contains_nul(reps[index]):
                    errors[index] = ["null characters (\\u0000) are not allowed in JSON documents"]
        return reps, db_values, errors

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


def column_check(name: str, field: serializers.Field, model_field: models.Field) -> ColumnCheck:
    kind = CHECKS.get(type(field))
    if kind is None:
        raise Unsupported(f"{name}: no batch check for {type(field).__name__}")
    check = kind(name, field, model_field)
    if any(not isinstance(validator, IMPLIED_VALIDATORS) for validator in field.validators):
        # Rules of its own: every value goes through the DRF field.
        check.fast = ColumnCheck.fast.__get__(check)
        check.fast_column = ColumnCheck.fast_column.__get__(check)
    return check
