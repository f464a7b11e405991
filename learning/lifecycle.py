"""The knowledge validation state machine, defined once (airport_platform/lifecycle.py expands
it). A NULL `validation_status` (the spec allows it) counts as unvalidated.

    unvalidated ──► under_review ──► validated ──► deprecated
                      ▲   │  ▲          │
                      │   │  └──────────┘ (re-review)
                      │   └──► rejected
                      └────────┘ (resubmitted)
    under_review ──► unvalidated (review withdrawn)
"""

from airport_platform.lifecycle import Lifecycle

from .choices import ValidationStatus

V = ValidationStatus
KNOWLEDGE_VALIDATION = Lifecycle(
    label="knowledge item",
    argument="item",
    field="validation_status",
    transitions={
        V.UNVALIDATED: {V.UNDER_REVIEW},
        V.UNDER_REVIEW: {V.UNVALIDATED, V.VALIDATED, V.REJECTED},
        V.VALIDATED: {V.UNDER_REVIEW, V.DEPRECATED},
        V.REJECTED: {V.UNDER_REVIEW},
        V.DEPRECATED: set(),
    },
    initial=(V.UNVALIDATED, V.UNDER_REVIEW),
    null_state=V.UNVALIDATED,
)
