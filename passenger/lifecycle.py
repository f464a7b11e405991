"""The passenger state machines, defined once (airport_platform/lifecycle.py expands them).

Journey (`journey_status`; start_time/end_time stay data the journey tracking reports, and a
journey that ends is no longer `is_active`):

    planned ──► in_progress ◄──► disrupted
       │             │               │
       │             └──► completed ◄┘
       └─────────────┴──► cancelled ◄┘

Intervention (`status`; executed_at stamped when it starts executing):

    planned ◄──► scheduled ──► executing ──► completed
       │             │             ├──► failed
       ├──► executing              │
       └─────────────┴─────────────┴──► cancelled
"""

from airport_platform.lifecycle import Lifecycle

from .choices import InterventionStatus, JourneyStatus

J = JourneyStatus
JOURNEY = Lifecycle(
    label="passenger journey",
    argument="journey",
    field="journey_status",
    transitions={
        J.PLANNED: {J.IN_PROGRESS, J.CANCELLED},
        J.IN_PROGRESS: {J.DISRUPTED, J.COMPLETED, J.CANCELLED},
        J.DISRUPTED: {J.IN_PROGRESS, J.COMPLETED, J.CANCELLED},
        J.COMPLETED: set(),
        J.CANCELLED: set(),
    },
    initial=(J.PLANNED, J.IN_PROGRESS),
)

I = InterventionStatus  # noqa: E741
INTERVENTION = Lifecycle(
    label="journey intervention",
    argument="intervention",
    transitions={
        I.PLANNED: {I.SCHEDULED, I.EXECUTING, I.CANCELLED},
        I.SCHEDULED: {I.PLANNED, I.EXECUTING, I.CANCELLED},
        I.EXECUTING: {I.COMPLETED, I.FAILED, I.CANCELLED},
        I.COMPLETED: set(),
        I.FAILED: set(),
        I.CANCELLED: set(),
    },
    initial=(I.PLANNED, I.SCHEDULED),
    on_enter={I.EXECUTING: "executed_at"},
)
