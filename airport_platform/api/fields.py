"""Serializer fields for column types DRF does not cover."""

import math

from django.db.backends.postgresql.psycopg_any import DateTimeTZRange
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework_gis.fields import GeometryField


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


class PointField(GeometryField):
    """A WGS 84 point as GeoJSON (or WKT): anything else is refused with a reason."""

    def to_internal_value(self, value):
        geometry = super().to_internal_value(value)
        if geometry.geom_type != "Point":
            raise serializers.ValidationError(f"expected a Point, got a {geometry.geom_type}")
        if geometry.empty:
            raise serializers.ValidationError("the point has no coordinates")
        lon, lat = geometry.x, geometry.y
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise serializers.ValidationError("longitude must be in [-180, 180] and latitude in [-90, 90]")
        if geometry.srid is None:
            geometry.srid = 4326
        return geometry


def contains_nul(document) -> bool:
    if isinstance(document, str):
        return "\x00" in document
    if isinstance(document, dict):
        return any(contains_nul(key) or contains_nul(value) for key, value in document.items())
    if isinstance(document, list):
        return any(contains_nul(item) for item in document)
    return False


class JSONDocumentField(serializers.JSONField):
    """JSONB document: PostgreSQL cannot store NUL characters in JSON text, so they are refused."""

    def to_internal_value(self, data):
        data = super().to_internal_value(data)
        if contains_nul(data):
            raise serializers.ValidationError("null characters (\\u0000) are not allowed in JSON documents")
        return data
