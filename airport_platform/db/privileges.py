"""Least privilege for the application role (spec 5.3 "Set permissions").

The application connects as (a member of) `app_user`, which may read and write entity tables
but only SELECT and INSERT into the time-series hypertables: history is append-only for the
application. Grants are computed from the database itself (TimescaleDB's catalog says which
tables are hypertables), so they stay right as tables are added: the migration applies them
and a `post_migrate` handler re-applies them after every `migrate`.
"""

import logging

from django.conf import settings
from psycopg import sql

logger = logging.getLogger(__name__)

# Tables the application reads but never writes.
READ_ONLY_TABLES = {"django_migrations"}


def _execute(cursor, statement) -> None:
    # Rendered to text first: cursor wrappers (pghistory's context injection) expect SQL strings.
    cursor.execute(
        statement.as_string(cursor.connection) if isinstance(statement, sql.Composable) else statement
    )


def app_role() -> str:
    return settings.APP_DATABASE_ROLE


def _ensure_role(cursor, role) -> bool:
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
    if cursor.fetchone():
        return True
    cursor.execute("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    (may_create,) = cursor.fetchone()
    if not may_create:
        logger.warning(
            "role %s does not exist and %s may not create roles: ask a DBA to run "
            "CREATE ROLE %s NOLOGIN, then migrate again",
            role,
            "the migrating user",
            role,
        )
        return False
    # A group role: login roles for services are made members of it (GRANT app_user TO svc).
    _execute(cursor, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    return True


def schema_tables(cursor):
    """(table, is_hypertable) for every table and view of the current schema."""
    cursor.execute(
        """
        SELECT c.relname, c.relkind, h.hypertable_name IS NOT NULL
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN timescaledb_information.hypertables h
               ON h.hypertable_schema = n.nspname AND h.hypertable_name = c.relname
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')
        ORDER BY c.relname
        """
    )
    return cursor.fetchall()


def grant_app_privileges(connection, role=None) -> bool:
    """Grant `role` its privileges on every table of the schema; False if the role is missing."""
    role = role or app_role()
    with connection.cursor() as cursor:
        if not _ensure_role(cursor, role):
            return False
        ident = sql.Identifier(role)
        _execute(cursor, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident))
        for table, kind, is_hypertable in schema_tables(cursor):
            table_ident = sql.Identifier(table)
            _execute(cursor, sql.SQL("REVOKE ALL ON {} FROM {}").format(table_ident, ident))
            if kind in ("v", "m") or table in READ_ONLY_TABLES:
                privileges = "SELECT"
            elif is_hypertable:
                privileges = "SELECT, INSERT"  # append-only history
            else:
                privileges = "SELECT, INSERT, UPDATE, DELETE"
            _execute(cursor, sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(privileges), table_ident, ident))
        _execute(cursor, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident))
    return True


def revoke_app_privileges(connection, role=None) -> None:
    """Take the grants back; the role itself stays (it is cluster-wide, other databases may use it)."""
    role = role or app_role()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role])
        if not cursor.fetchone():
            return
        ident = sql.Identifier(role)
        _execute(cursor, sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(ident))
        _execute(cursor, sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(ident))
        _execute(cursor, sql.SQL("REVOKE USAGE ON SCHEMA public FROM {}").format(ident))
