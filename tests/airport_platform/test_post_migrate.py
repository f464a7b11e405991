"""The post_migrate handler (airport_platform/signals.py): the same grants and groups whatever
the order of INSTALLED_APPS, and no crash on a partial `migrate` of an empty database."""

import textwrap

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission

from airport_platform.access import GROUPS
from airport_platform.signals import keep_grants_and_groups_current
from tests.conftest import run_django_script


def _operators_have(codename: str) -> bool:
    return Group.objects.get(name="operators").permissions.filter(codename=codename).exists()


@pytest.mark.django_db
def test_the_handler_acts_for_the_core_and_creates_every_apps_permissions_first():
    # The last domain app's permissions are gone, as if its own post_migrate had not run yet.
    Permission.objects.filter(content_type__app_label="governance").delete()
    Permission.objects.filter(codename="approve_decision").delete()
    assert not _operators_have("approve_decision")

    for label in ("governance", "orchestration", "timeseries"):  # any other sender: nothing
        keep_grants_and_groups_current(sender=apps.get_app_config(label), using="default", plan=None)
    assert not Permission.objects.filter(content_type__app_label="governance").exists()

    keep_grants_and_groups_current(sender=apps.get_app_config("airport_platform"), using="default", plan=None)
    assert Permission.objects.filter(
        content_type__app_label="governance", codename="view_decisionaudit"
    ).exists()
    assert _operators_have("approve_decision")  # registered by orchestration at ready()
    assert _operators_have("view_governancepolicy")
    assert not _operators_have("change_governancepolicy")  # governance is read-only for operators


SCRIPT = textwrap.dedent(
    """
    import sys
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", *sys.argv[1:], verbosity=0)
    tables = set(connection.introspection.table_names())
    groups = 0
    if "auth_group" in tables:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM auth_group")
            groups = cursor.fetchone()[0]
    print("auth_permission" in tables, groups)
    """
)


def test_a_partial_migrate_of_an_empty_database_does_not_crash(scratch_database_url):
    def migrate(*args):
        result = run_django_script(SCRIPT, scratch_database_url, *args, timeout=300)
        assert result.returncode == 0, result.stderr[-4000:]
        return result.stdout.split()

    # No auth_permission yet: the handler waits for a later migrate.
    assert migrate("airport_platform", "0001") == ["False", "0"]
    # Permissions and groups exist now: the handler creates the groups (operators, services,
    # auditors, duty_managers, governance_officers).
    assert migrate("auth") == ["True", str(len(GROUPS))]
