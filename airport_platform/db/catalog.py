"""What the database is made of, as one comparable document.

`catalog_snapshot()` reads PostgreSQL's catalog for the application schema: tables and their
columns, indexes, constraints, triggers (and the functions they call), views, materialized
views, hypertables and table grants. Two databases built by `migrate` from the same code give
the same snapshot, so a committed snapshot keeps moves of code between apps honest: a
refactoring that changes what `migrate` builds fails `tests/airport_platform/test_catalog.py`
until the change is intended and the snapshot rewritten (`manage.py catalog_snapshot --write`).
"""

from __future__ import annotations

SCHEMA = "public"

_QUERIES = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = %(schema)s AND c.relkind IN ('r', 'p') AND a.attnum > 0
              AND NOT a.attisdropped
    """,
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %(schema)s
    """,
    "constraints": """
        SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %(schema)s
    """,
    "triggers": """
        SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid), p.prosrc
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE n.nspname = %(schema)s AND NOT t.tgisinternal
    """,
    "views": """
        SELECT viewname, definition FROM pg_views WHERE schemaname = %(schema)s
    """,
    "materialized_views": """
        SELECT matviewname, definition FROM pg_matviews WHERE schemaname = %(schema)s
    """,
    "grants": """
        SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants
        WHERE table_schema = %(schema)s AND grantee NOT IN ('postgres', 'PUBLIC')
              AND grantee <> current_user
    """,
}

_HYPERTABLES = """
    SELECT hypertable_name, column_name FROM timescaledb_information.dimensions
    WHERE hypertable_schema = %(schema)s
"""


def catalog_snapshot(connection, *, schema: str = SCHEMA) -> dict[str, list[list]]:
    """Every object `migrate` creates in `schema`, each kind as a sorted list of rows."""
    snapshot = {}
    with connection.cursor() as cursor:
        for kind, sql in [*_QUERIES.items(), ("hypertables", _HYPERTABLES)]:
            cursor.execute(sql, {"schema": schema})
            snapshot[kind] = sorted([list(row) for row in cursor.fetchall()], key=repr)
    return snapshot


def catalog_differences(expected: dict, actual: dict) -> list[str]:
    """Human-readable lines: what `actual` lacks (-) or has in addition (+), per kind."""
    lines = []
    for kind in sorted(set(expected) | set(actual)):
        want = {repr(row) for row in expected.get(kind, [])}
        have = {repr(row) for row in actual.get(kind, [])}
        lines += [f"{kind} - {row}" for row in sorted(want - have)]
        lines += [f"{kind} + {row}" for row in sorted(have - want)]
    return lines
