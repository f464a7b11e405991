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


# --- separation of duties ---------------------------------------------------------------------


def decision_last_changed_by(*, decision: Decision) -> str | None:
    """The last person (or service) who changed the substance of `decision` or its action list,
    from the change history (docs/history.md): None if nobody did since it was proposed."""
    from airport_platform.history.registry import event_model_for

    from .models import ACTION_SUBSTANCE, DECISION_SUBSTANCE, Action

    candidates = []
    for model, filters, substance in (
        (Decision, {"pgh_obj_id": decision.pk, "pgh_label": "update"}, DECISION_SUBSTANCE),
        (
            Action,
            {"decision": decision.pk, "pgh_label__in": ("insert", "update", "soft_delete")},
            ACTION_SUBSTANCE,
        ),
    ):
        events = event_model_for(model).objects.filter(pgh_context__has_key="username", **filters)
        columns = {model._meta.get_field(name).column for name in substance}
        for event in events.order_by("-pgh_id")[:200]:
            username = (event.pgh_context or {}).get("username")
            if username and (event.pgh_label != "update" or set(event.pgh_diff or {}) & columns):
                candidates.append((event.pgh_created_at, event.pgh_id, username))
                break
    if not candidates:
        return None
    return max(candidates)[2]


# --- freezing ------------------------------------------------------------------------------------


def decision_frozen_fields(*, decision: Decision | None) -> tuple[str, ...]:
    """The fields of `decision` that may no longer change (its substance, once approved)."""
    from .lifecycle import EDITABLE_DECISION_STATES
    from .models import DECISION_SUBSTANCE

    if decision is None or decision.status in EDITABLE_DECISION_STATES:
        return ()
    return DECISION_SUBSTANCE


def action_frozen_fields(*, action) -> tuple[str, ...]:
    """The fields of `action` that may no longer change (its decision was approved)."""
    from .models import ACTION_SUBSTANCE

    if action is None or not decision_frozen_fields(decision=action.decision):
        return ()
    return ACTION_SUBSTANCE


def approval_who_may_decide(*, approval: Approval, user) -> dict:
    """What the approval panel shows: who must sign, who signed, and why `user` may not (or None)."""
    from .approvals import approval_requirement_of, approver_problem

    requirement = approval_requirement_of(approval)
    return {
        "requirement": requirement,
        "signoffs": list(approval.signoffs.all()),
        "problem": approver_problem(user=user, decision=approval.decision, approval=approval, approve=True),
    }
