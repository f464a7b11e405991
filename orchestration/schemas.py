"""Shapes of the orchestration JSON documents the platform relies on (defined once).

`decision_thresholds` drives automatic approval (see `services.approval_thresholds_check`):

    {"auto_approve_max_risk": 0.3,            # risk <= this ...
     "auto_approve_min_confidence": 0.85,     # ... and confidence >= this: approved automatically
     "always_require_approval_priorities": ["critical"],
     "approval_timeout_minutes": 30}          # pending approvals expire after this

`priority_weights` says how the optimiser trades objectives off; weights sum to 1:

    {"safety": 0.4, "punctuality": 0.25, "passenger_experience": 0.2, "sustainability": 0.15}
"""

from airport_platform.choices import Priority
from airport_platform.validators import JSONSchemaValidator

PRIORITY_WEIGHT_OBJECTIVES = (
    "safety",
    "security",
    "punctuality",
    "passenger_experience",
    "sustainability",
    "cost",
    "capacity",
)

PRIORITY_WEIGHTS_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"enum": list(PRIORITY_WEIGHT_OBJECTIVES)},
    "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1},
}

DECISION_THRESHOLDS_SCHEMA = {
    "type": "object",
    "required": ["auto_approve_max_risk", "auto_approve_min_confidence"],
    "additionalProperties": False,
    "properties": {
        "auto_approve_max_risk": {"type": "number", "minimum": 0, "maximum": 1},
        "auto_approve_min_confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "always_require_approval_priorities": {
            "type": "array",
            "items": {"enum": list(Priority.values)},
            "uniqueItems": True,
        },
        "approval_timeout_minutes": {"type": "integer", "minimum": 1, "maximum": 7 * 24 * 60},
    },
}

DEFAULT_APPROVAL_TIMEOUT_MINUTES = 30


class PriorityWeightsValidator(JSONSchemaValidator):
    schema = PRIORITY_WEIGHTS_SCHEMA

    def extra_checks(self, value):
        total = sum(value.values())
        if abs(total - 1) > 0.001:
            return [f"weights must sum to 1, they sum to {total:g}"]
        return []


class DecisionThresholdsValidator(JSONSchemaValidator):
    schema = DECISION_THRESHOLDS_SCHEMA
