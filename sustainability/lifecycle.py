"""The optimization state machine, defined once (airport_platform/lifecycle.py expands it).
start_time/end_time are the planned window the proposer sets, not stamps.

    proposed ──► approved ──► active ──► completed
        │            │          ├──► failed
        └────────────┴──────────┴──► cancelled
"""

from airport_platform.lifecycle import Lifecycle

from .choices import OptimizationStatus

O = OptimizationStatus  # noqa: E741
OPTIMIZATION = Lifecycle(
    label="sustainability optimization",
    argument="optimization",
    transitions={
        O.PROPOSED: {O.APPROVED, O.CANCELLED},
        O.APPROVED: {O.ACTIVE, O.CANCELLED},
        O.ACTIVE: {O.COMPLETED, O.FAILED, O.CANCELLED},
        O.COMPLETED: set(),
        O.FAILED: set(),
        O.CANCELLED: set(),
    },
    initial=(O.PROPOSED,),
)
