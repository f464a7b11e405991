"""OpenAPI request/response examples of the main orchestration resources."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view

PROPOSE_DECISION = OpenApiExample(
    "Propose a gate change",
    request_only=True,
    value={
        "type": "gate_assignment",
        "priority": "high",
        "confidence": "0.9200",
        "risk": "0.1500",
        "description": "Move KL1234 (A330-300) from D7 to D9: D7 jet bridge out of service",
        "impact_assessment": {"passengers_affected": 268, "delay_minutes_avoided": 25},
        "domain_details": {"flight": "KL1234", "from_gate": "T2 Gate D7", "to_gate": "T2 Gate D9"},
        "tags": ["pier-d", "jet-bridge"],
    },
)
PROPOSED_DECISION = OpenApiExample(
    "A decision waiting for a human",
    response_only=True,
    value={
        "id": "6f0c2a3e-2f4e-4b8e-9a53-3d2c8f1e7a10",
        "type": "gate_assignment",
        "status": "pending_approval",
        "priority": "critical",
        "confidence": "0.9200",
        "risk": "0.4500",
        "operating_mode": "0b5d9c4a-6d1e-4f2a-8c3b-7e9f0a1b2c3d",
        "correlation_id": "3d1f5e7a-9b2c-4d6e-8f0a-1b3c5d7e9f11",
        "requested_by": "gate-planner",
        "initiated_at": "2026-11-26T08:12:00Z",
        "completed_at": None,
    },
)
APPROVE = OpenApiExample(
    "Approve with a note", request_only=True, value={"notes": "Checked with apron control"}
)
REJECT = OpenApiExample(
    "Reject with the reason", request_only=True, value={"notes": "D9 closes for cleaning at 10:00"}
)
OPERATING_MODE = OpenApiExample(
    "Winter operations",
    request_only=True,
    value={
        "name": "Winter operations",
        "description": "De-icing capacity limits departures; safety weighs more.",
        "priority_weights": {
            "safety": 0.5,
            "punctuality": 0.2,
            "passenger_experience": 0.2,
            "sustainability": 0.1,
        },
        "decision_thresholds": {
            "auto_approve_max_risk": 0.2,
            "auto_approve_min_confidence": 0.9,
            "always_require_approval_priorities": ["critical", "high"],
            "approval_timeout_minutes": 15,
        },
    },
)

decision_examples = extend_schema_view(
    create=extend_schema(examples=[PROPOSE_DECISION, PROPOSED_DECISION]),
    approve=extend_schema(examples=[APPROVE]),
    reject=extend_schema(examples=[REJECT]),
)
operating_mode_examples = extend_schema_view(create=extend_schema(examples=[OPERATING_MODE]))
