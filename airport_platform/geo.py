"""Spatial queries in metres on WGS 84 points (geometry(Point, 4326) columns, GiST-indexed)."""

import math

from django.contrib.gis.db.models import PointField
from django.contrib.gis.db.models.functions import Distance
from django.contrib.gis.measure import D

METRES_PER_DEGREE_LATITUDE = 111_320.0


def point_field(model):
    """The model's PostGIS point column (the one distance filters and GeoJSON use), or None."""
    return next((f for f in model._meta.concrete_fields if isinstance(f, PointField)), None)


def degrees_covering(point, metres: float) -> float:
    """A radius in degrees that covers `metres` around `point` in every direction (longitude
    degrees shrink with latitude), for the index-assisted ST_DWithin prefilter."""
    shrink = max(math.cos(math.radians(point.y)), 0.01)
    return metres / (METRES_PER_DEGREE_LATITUDE * shrink)


def within_metres(queryset, field: str, point, metres: float):
    """Rows whose `field` lies within `metres` of `point`: ST_DWithin on the GiST index narrows
    the candidates, the spheroid distance then decides exactly. One query."""
    return queryset.filter(
        **{
            f"{field}__dwithin": (point, degrees_covering(point, metres)),
            f"{field}__distance_lte": (point, D(m=metres)),
        }
    )


def annotate_distance(queryset, field: str, point):
    """Annotate `distance_m`, the distance in metres from `point`."""
    return queryset.annotate(distance_m=Distance(field, point))
