"""Least privilege (spec 5.3): the application role may not rewrite time-series history."""

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.db.utils import ProgrammingError

pytestmark = pytest.mark.django_db


def as_app_user(statement, params=()):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f'SET LOCAL ROLE "{settings.APP_DATABASE_ROLE}"')
        cursor.execute(statement, params)
        return cursor.rowcount


def test_app_user_may_append_to_a_hypertable():
    rows = as_app_user(
        "INSERT INTO orchestration_events (timestamp, event_type, source, payload) "
        "VALUES (now(), 'system_alert', 'test', '{}')"
    )
    assert rows == 1


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE orchestration_events SET source = 'rewritten'",
        "DELETE FROM sustainability_metrics",
        "UPDATE carbon_accounting SET net_emissions = 0",
    ],
)
def test_app_user_may_not_rewrite_time_series_history(statement):
    with pytest.raises(ProgrammingError, match="permission denied"):
        as_app_user(statement)


def test_app_user_may_change_entity_tables():
    assert as_app_user("UPDATE decisions SET description = description") == 0
    assert as_app_user("DELETE FROM crisis_resources WHERE false") == 0


def test_every_hypertable_is_append_only_and_every_entity_table_writable():
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, h.hypertable_name IS NOT NULL,
                   has_table_privilege(%s, c.oid, 'INSERT'), has_table_privilege(%s, c.oid, 'UPDATE')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN timescaledb_information.hypertables h ON h.hypertable_name = c.relname
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'django_migrations'
            """,
            [settings.APP_DATABASE_ROLE] * 2,
        )
        rows = cursor.fetchall()
    hypertables = [(name, ins, upd) for name, hyper, ins, upd in rows if hyper]
    entities = [(name, ins, upd) for name, hyper, ins, upd in rows if not hyper]
    assert len(hypertables) == 11
    assert all(ins and not upd for _, ins, upd in hypertables), hypertables
    assert all(ins and upd for _, ins, upd in entities), entities
