"""The collaboration session state machine, defined once (airport_platform/lifecycle.py
expands it). started_at is stamped when a session starts, ended_at when it ends.

    active ◄──► paused
      │            │
      ├──► completed ◄┤
      └──► abandoned ◄┘
"""

from airport_platform.lifecycle import Lifecycle

from .choices import SessionStatus

S = SessionStatus
SESSION = Lifecycle(
    label="collaboration session",
    argument="session",
    transitions={
        S.ACTIVE: {S.PAUSED, S.COMPLETED, S.ABANDONED},
        S.PAUSED: {S.ACTIVE, S.COMPLETED, S.ABANDONED},
        S.COMPLETED: set(),
        S.ABANDONED: set(),
    },
    initial=(S.ACTIVE,),
    on_enter={S.ACTIVE: "started_at", S.COMPLETED: "ended_at", S.ABANDONED: "ended_at"},
)
