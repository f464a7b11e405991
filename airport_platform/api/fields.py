"""Serializer fields for column types DRF does not cover."""

from django.db.backends.postgresql.psycopg_any import DateTimeTZRange
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


@extend_schema_field(
    {
        "type": "object",
        "properties": {
            "lower": {"type": "string", "format": "date-time", "nullable": True},
            "upper": {"type": "string", "format": "date-time", "nullable": True},
            "bounds": {"type": "string", "enum": ["[)", "(]", "()", "[]"], "default": "[)"},
        },
        "description": "A time range (TSTZRANGE); a missing bound is unbounded.",
    }
)
class DateTimeRangeField(serializers.Field):
    default_error_messages = {
        "invalid": "expected an object with 'lower' and/or 'upper' date-times",
        "order": "'lower' must not be after 'upper'",
        "bounds": "'bounds' must be one of [), (], (), []",
    }
    datetime_field = serializers.DateTimeField(allow_null=True)

    def to_representation(self, value):
        return {
            "lower": self.datetime_field.to_representation(value.lower) if value.lower else None,
            "upper": self.datetime_field.to_representation(value.upper) if value.upper else None,
            "bounds": value._bounds,
        }

    def to_internal_value(self, data):
        if not isinstance(data, dict) or not set(data) <= {"lower", "upper", "bounds"}:
            self.fail("invalid")
        lower = self.datetime_field.run_validation(data.get("lower"))
        upper = self.datetime_field.run_validation(data.get("upper"))
        bounds = data.get("bounds", "[)")
        if bounds not in ("[)", "(]", "()", "[]"):
            self.fail("bounds")
        if lower and upper and lower > upper:
            self.fail("order")
        return DateTimeTZRange(lower, upper, bounds)
