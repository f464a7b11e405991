"""Shapes of governance JSON documents (the rule language itself: governance/rules.py).

`audit_requirements` (the spec's column) keeps its validated shape, but since every evaluation
of the policy engine writes its own `decision_audits` row (docs/governance.md), nothing reads it
to decide when to audit any more; a `require_audit` rule is the way to ask for a review:

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
