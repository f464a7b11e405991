"""Dependency graphs of decisions and actions: edges added one at a time, never closing a cycle."""

from django.core.exceptions import ValidationError
from django.db import connection, transaction

from airport_platform.exceptions import Conflict

from ..models import (
    Action,
    ActionDependency,
    Decision,
    DecisionDependency,
)

# --- dependency graphs -----------------------------------------------------------------------

# Edges of one graph are added one at a time across all sessions: a transaction-scoped
# advisory lock per graph makes "check for a cycle, then insert" atomic under concurrency.
GRAPH_LOCKS = {DecisionDependency: 5_150_001, ActionDependency: 5_150_002}
MODE_SWITCH_LOCK = 5_150_003
# What an edge of each graph links: its foreign keys are dependent_<node>, dependency_<node>.
GRAPH_NODES = {DecisionDependency: "decision", ActionDependency: "action"}

REACHES_SQL = """
WITH RECURSIVE upstream(id) AS (
    SELECT %(start)s::uuid
    UNION
    SELECT e.{dependency} FROM {table} e JOIN upstream u ON e.{dependent} = u.id
    WHERE e.deleted_at IS NULL
)
SELECT EXISTS (SELECT 1 FROM upstream WHERE id = %(target)s::uuid)
"""


def _advisory_lock(key: int) -> None:
    """Hold a transaction-scoped advisory lock: sessions taking the same key queue up."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _would_close_a_cycle(model, dependent_id, dependency_id) -> bool:
    """True if `dependency` already depends, directly or not, on `dependent`."""
    node = GRAPH_NODES[model]
    query = REACHES_SQL.format(
        table=model._meta.db_table,
        dependent=model._meta.get_field(f"dependent_{node}").column,
        dependency=model._meta.get_field(f"dependency_{node}").column,
    )
    with connection.cursor() as cursor:
        cursor.execute(query, {"start": dependency_id, "target": dependent_id})
        return cursor.fetchone()[0]


def dependency_problem(model, *, dependent, dependency) -> str | None:
    """Why the edge dependent -> dependency may not be added (self or cycle), or None."""
    node = GRAPH_NODES[model]
    if dependent.pk == dependency.pk:
        return f"a {node} cannot depend on itself"
    if _would_close_a_cycle(model, dependent.pk, dependency.pk):
        return f"{node} {dependency.pk} already depends on {dependent.pk}: this edge would close a cycle"
    return None


def _dependency_add(model, *, dependent, dependency, dependency_type: str):
    node = GRAPH_NODES[model]
    _advisory_lock(GRAPH_LOCKS[model])
    problem = dependency_problem(model, dependent=dependent, dependency=dependency)
    if problem:
        raise ValidationError({f"dependency_{node}": [problem]})
    ends = {f"dependent_{node}": dependent, f"dependency_{node}": dependency}
    existing = model.all_objects.filter(**ends).first()
    if existing is not None:
        if existing.deleted_at is None:
            raise Conflict("this dependency already exists")
        existing.restore()
        existing.dependency_type = dependency_type
        existing.save(update_fields=["dependency_type"])
        return existing
    return model.objects.create(**ends, dependency_type=dependency_type)


@transaction.atomic
def decision_dependency_add(
    *, dependent_decision: Decision, dependency_decision: Decision, dependency_type: str, user=None
):
    """`dependent_decision` depends on `dependency_decision`; refused if it would close a cycle."""
    return _dependency_add(
        DecisionDependency,
        dependent=dependent_decision,
        dependency=dependency_decision,
        dependency_type=dependency_type,
    )


@transaction.atomic
def action_dependency_add(
    *, dependent_action: Action, dependency_action: Action, dependency_type: str, user=None
):
    """`dependent_action` depends on `dependency_action`; refused if it would close a cycle."""
    return _dependency_add(
        ActionDependency,
        dependent=dependent_action,
        dependency=dependency_action,
        dependency_type=dependency_type,
    )
