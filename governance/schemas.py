"""Shapes of governance JSON documents the platform acts on.

`audit_requirements` of an active `audit` policy says which decision transitions must leave a
`decision_audits` row (written by the orchestration services in the same transaction):

    {"audit_transitions": ["approved", "rejected", "expired"],   # or ["*"] for all
     "decision_types": ["security", "crisis_response"]}          # optional; all when absent
"""

from airport_platform.validators import JSONSchemaValidator
from orchestration.choices import DecisionStatus, DecisionType

AUDIT_REQUIREMENTS_SCHEMA = {
    "type": "object",
    "properties": {
        "audit_transitions": {
            "type": "array",
            "items": {"enum": ["*", *DecisionStatus.values]},
            "uniqueItems": True,
        },
        "decision_types": {
            "type": "array",
            "items": {"enum": list(DecisionType.values)},
            "uniqueItems": True,
        },
    },
}


class AuditRequirementsValidator(JSONSchemaValidator):
    schema = AUDIT_REQUIREMENTS_SCHEMA
