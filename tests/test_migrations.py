"""Migrations go forward from an empty database, every app back to zero, and forward again.

Runs in its own scratch database (a separate process), so the test database is untouched.
"""

import textwrap

import pytest
from django.conf import settings

from tests.conftest import run_django_script

SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    def hypertables():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM timescaledb_information.hypertables")
            return cursor.fetchone()[0]

    def tables():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            return cursor.fetchone()[0]

    call_command("migrate", verbosity=0)
    print("forward", hypertables(), tables())
    for app in settings.DOMAIN_APPS:
        call_command("migrate", app, "zero", verbosity=0)
        print("zero", app, hypertables(), tables())
    call_command("migrate", "airport_platform", "zero", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_extension WHERE extname IN ('timescaledb', 'postgis')")
        print("extensions", cursor.fetchone()[0])
    # TimescaleDB cannot be created again in the session that dropped it: a new session, as
    # an engineer running the next `manage.py migrate` would have.
    connection.close()
    call_command("migrate", verbosity=0)
    print("again", hypertables(), tables())
    """
)


@pytest.mark.slow
def test_every_app_migrates_to_zero_and_back(scratch_database_url):
    result = run_django_script(SCRIPT, scratch_database_url)
    assert result.returncode == 0, result.stderr[-4000:]
    lines = [line.split() for line in result.stdout.splitlines()]
    forward, *zeros, extensions, again = lines
    assert forward[:2] == ["forward", "11"]
    # Hypertables disappear app by app, and the tables with them.
    assert [z[1] for z in zeros] == list(settings.DOMAIN_APPS)
    assert zeros[-1][2] == "0"
    table_counts = [int(forward[2])] + [int(z[3]) for z in zeros]
    assert table_counts == sorted(table_counts, reverse=True) and table_counts[-1] < table_counts[0] - 36
    assert extensions == ["extensions", "0"]
    assert again[1:] == forward[1:]
