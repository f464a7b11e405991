"""Orchestration reads."""

import datetime as dt

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from airport_platform.cache import hot_read

from .choices import ApprovalStatus, DecisionStatus
from .models import Approval, Decision, DecisionDependency, OperatingMode, SystemState

GRAPH_SQL = """
WITH RECURSIVE
upstream(id, depth) AS (
    SELECT %(root)s::uuid, 0
    UNION
    SELECT e.dependency_decision_id, u.depth + 1
    FROM decision_dependencies e JOIN upstream u ON e.dependent_decision_id = u.id
    WHERE e.deleted_at IS NULL AND u.depth < %(max_depth)s
),
downstream(id, depth) AS (
    SELECT %(root)s::uuid, 0
    UNION
    SELECT e.dependent_decision_id, d.depth + 1
    FROM decision_dependencies e JOIN downstream d ON e.dependency_decision_id = d.id
    WHERE e.deleted_at IS NULL AND d.depth < %(max_depth)s
)
SELECT id FROM upstream UNION SELECT id FROM downstream
"""


def decision_dependency_graph(*, decision: Decision, max_depth: int = 50) -> dict:
    """Everything `decision` depends on and everything that depends on it, transitively.

    Returns {"root": id, "nodes": [{id, type, status, priority}], "edges": [{from, to, type}]},
    an edge pointing from the dependent decision to the decision it depends on.
    """
    with connection.cursor() as cursor:
        cursor.execute(GRAPH_SQL, {"root": decision.pk, "max_depth": max_depth})
        ids = [row[0] for row in cursor.fetchall()]
    nodes = Decision.objects.filter(pk__in=ids).values("id", "type", "status", "priority", "description")
    edges = DecisionDependency.objects.filter(
        dependent_decision__in=ids, dependency_decision__in=ids
    ).values_list("dependent_decision_id", "dependency_decision_id", "dependency_type")
    return {
        "root": str(decision.pk),
        "nodes": [{**node, "id": str(node["id"])} for node in nodes],
        "edges": [{"from": str(a), "to": str(b), "type": kind} for a, b, kind in edges],
    }


# An approval this close to its expiry is flagged to operators (the admin's queue).
APPROVAL_EXPIRES_SOON = dt.timedelta(minutes=15)


def approvals_pending(*, expiring_within=None, flag_expiring_within=None):
    """Pending approvals, the soonest to expire first (optionally only those expiring soon).

    With `flag_expiring_within`, each row carries `expires_soon`: it expires within that time.
    """
    queryset = (
        Approval.objects.filter(status=ApprovalStatus.PENDING)
        .select_related("decision")
        .order_by("expires_at")
    )
    if expiring_within is not None:
        queryset = queryset.filter(expires_at__lte=timezone.now() + expiring_within)
    if flag_expiring_within is not None:
        soon = Q(expires_at__lte=timezone.now() + flag_expiring_within)
        queryset = queryset.annotate(expires_soon=ExpressionWrapper(soon, output_field=BooleanField()))
    return queryset


def approval_awaited(*, decision: Decision) -> Approval | None:
    """The pending approval a human must decide for `decision`, if it is waiting for one."""
    if decision.status != DecisionStatus.PENDING_APPROVAL:
        return None
    return decision.approvals.filter(status=ApprovalStatus.PENDING).order_by("-created_at").first()


def decisions_with_latest_approval(queryset: QuerySet[Decision]) -> QuerySet[Decision]:
    """`queryset` with `approval_status` and `approval_expires_at` of each decision's latest
    approval (None without one), for lists."""
    latest = Approval.objects.filter(decision=OuterRef("pk")).order_by("-created_at")
    return queryset.annotate(
        approval_status=Subquery(latest.values("status")[:1]),
        approval_expires_at=Subquery(latest.values("expires_at")[:1]),
    )


# --- hot reads (Redis cache, invalidated on every write; airport_platform/cache.py) -------------


@hot_read("orchestration.operating_mode_active", depends_on=(OperatingMode,), timeout=300)
def operating_mode_active() -> OperatingMode | None:
    """The active operating mode, for dashboards and live screens. Decisions read the database
    in their own transaction instead (services.decision_propose)."""
    return OperatingMode.objects.filter(is_active=True).first()


@hot_read("orchestration.system_state_latest", depends_on=(SystemState,), timeout=60)
def system_state_latest() -> SystemState | None:
    """The most recent system state (a new row invalidates it)."""
    return SystemState.objects.select_related("operating_mode").order_by("-timestamp").first()
