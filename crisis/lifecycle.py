"""The crisis state machines, defined once (airport_platform/lifecycle.py expands them into the
API's read-only status, `POST {id}/transition/` and the admin's buttons).

Scenario (`status`; started_at stamped on entering active, ended_at on resolved or closed):

    monitoring ──► active ◄──► contained
        │            │            │
        │            └──► resolved ◄┘
        ├──► resolved (false alarm)  │
        └──► closed ◄────────────────┘   (closed: no open action left)

Action (`status`; assigned_at on assigned, completed_at on completed, failed or cancelled):

    pending ──► assigned ──► in_progress ──► completed
       │            │              ├──► failed
       └────────────┴──────────────┴──► cancelled

Communication (`status`; sent_at and sent_by on sent):

    draft ◄──► approved ──► sent ──► retracted
      │           └──► failed ──► sent (retry)
      └──► retracted                └──► retracted

Resource (`status`, no final state): available, reserved, deployed, unavailable and
maintenance, moving as the diagram in docs/lifecycles.md shows.
"""

from airport_platform.lifecycle import Lifecycle

from .choices import CommunicationStatus, CrisisActionStatus, CrisisResourceStatus, CrisisStatus

S = CrisisStatus
SCENARIO = Lifecycle(
    label="crisis scenario",
    argument="scenario",
    transitions={
        S.MONITORING: {S.ACTIVE, S.RESOLVED, S.CLOSED},
        S.ACTIVE: {S.CONTAINED, S.RESOLVED},
        S.CONTAINED: {S.ACTIVE, S.RESOLVED},
        S.RESOLVED: {S.CLOSED},
        S.CLOSED: set(),
    },
    initial=(S.ACTIVE, S.MONITORING),
    on_enter={S.ACTIVE: "started_at", S.RESOLVED: "ended_at", S.CLOSED: "ended_at"},
)

A = CrisisActionStatus
ACTION = Lifecycle(
    label="crisis action",
    argument="action",
    transitions={
        A.PENDING: {A.ASSIGNED, A.CANCELLED},
        A.ASSIGNED: {A.IN_PROGRESS, A.CANCELLED},
        A.IN_PROGRESS: {A.COMPLETED, A.FAILED, A.CANCELLED},
        A.COMPLETED: set(),
        A.FAILED: set(),
        A.CANCELLED: set(),
    },
    initial=(A.PENDING, A.ASSIGNED),
    on_enter={
        A.ASSIGNED: "assigned_at",
        A.COMPLETED: "completed_at",
        A.FAILED: "completed_at",
        A.CANCELLED: "completed_at",
    },
)

C = CommunicationStatus
COMMUNICATION = Lifecycle(
    label="crisis communication",
    argument="communication",
    transitions={
        C.DRAFT: {C.APPROVED, C.RETRACTED},
        C.APPROVED: {C.DRAFT, C.SENT, C.FAILED},
        C.SENT: {C.RETRACTED},
        C.FAILED: {C.SENT, C.RETRACTED},
        C.RETRACTED: set(),
    },
    initial=(C.DRAFT,),
    on_enter={C.SENT: "sent_at"},
    service_fields=("sent_by",),
)

R = CrisisResourceStatus
RESOURCE = Lifecycle(
    label="crisis resource",
    argument="resource",
    transitions={
        R.AVAILABLE: {R.RESERVED, R.DEPLOYED, R.UNAVAILABLE, R.MAINTENANCE},
        R.RESERVED: {R.AVAILABLE, R.DEPLOYED, R.UNAVAILABLE},
        R.DEPLOYED: {R.AVAILABLE, R.UNAVAILABLE, R.MAINTENANCE},
        R.UNAVAILABLE: {R.AVAILABLE, R.MAINTENANCE},
        R.MAINTENANCE: {R.AVAILABLE, R.UNAVAILABLE},
    },
    initial=(R.AVAILABLE, R.UNAVAILABLE, R.MAINTENANCE),
)
