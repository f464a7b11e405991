"""The simulation scenario state machine, defined once (airport_platform/lifecycle.py expands it).

    draft ◄──► queued ──► running ──► completed
      │          │           ├──► failed
      └──────────┴───────────┴──► cancelled

A template (`is_template`) is never queued: copy it into a scenario of its own and run that.
"""

from airport_platform.lifecycle import Lifecycle

from .choices import SimulationStatus

S = SimulationStatus
SCENARIO = Lifecycle(
    label="simulation scenario",
    argument="scenario",
    transitions={
        S.DRAFT: {S.QUEUED, S.CANCELLED},
        S.QUEUED: {S.DRAFT, S.RUNNING, S.CANCELLED},
        S.RUNNING: {S.COMPLETED, S.FAILED, S.CANCELLED},
        S.COMPLETED: set(),
        S.FAILED: set(),
        S.CANCELLED: set(),
    },
    initial=(S.DRAFT,),
)
