"""OpenAPI request examples of the sustainability time series."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view

METER_READINGS = OpenApiExample(
    "Meter readings",
    request_only=True,
    value=[
        {
            "timestamp": "2026-11-26T08:00:00Z",
            "metric_type": "energy_use",
            "location": "T2 Pier D",
            "value": "812.50000",
            "unit": "kWh",
            "source": "meter-T2-D-03",
        },
        {
            "timestamp": "2026-11-26T08:00:00Z",
            "metric_type": "renewable_share",
            "location": "T2 Pier D",
            "value": "0.64000",
            "unit": "ratio",
            "source": "energy-management",
        },
    ],
)

sustainability_metric_examples = extend_schema_view(bulk=extend_schema(examples=[METER_READINGS]))
