"""Each domain app owns the history of its own tables: event models, tables, triggers and the
migration creating them, so reversing one app never touches another app's history, and a
database whose history was created by the core keeps its rows when the apps adopt it."""

import textwrap

import pgtrigger
import pytest
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader

from airport_platform.db.operations import CreateModelIfMissing
from airport_platform.history.registry import EVENT_MODELS
from tests.conftest import run_django_script


def history_migrations():
    """{app: (migration, its event models' names)} for the migration creating each app's history."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    found = {}
    for (app, _), migration in loader.disk_migrations.items():
        created = {op.name for op in migration.operations if isinstance(op, CreateModelIfMissing)}
        if created and app in settings.DOMAIN_APPS:
            found.setdefault(app, []).append((migration, created))
    return found


def test_event_models_live_in_the_app_of_the_table_they_record():
    assert len(EVENT_MODELS) == 28
    for model, event_model in EVENT_MODELS.items():
        assert event_model._meta.app_label == model._meta.app_label
        assert event_model._meta.db_table == f"{model._meta.db_table}_history"
        assert event_model.__name__ == f"{model.__name__}Event"
    assert list(apps.get_app_config("history").get_models()) == []


def test_each_app_creates_its_history_in_one_migration_depending_on_no_other_domain():
    found = history_migrations()
    assert set(found) == {m._meta.app_label for m in EVENT_MODELS}
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for app, [(migration, created)] in found.items():
        # The adoptive migration creates the event tables of the models that existed then;
        # models added later get theirs with their own migration (a plain CreateModel).
        expected = {e.__name__ for m, e in EVENT_MODELS.items() if m._meta.app_label == app}
        later = {
            op.name
            for (label, _), m in loader.disk_migrations.items()
            if label == app
            for op in m.operations
            if type(op).__name__ == "CreateModel" and op.name in expected
        }
        assert created | later == expected and not created & later
        others = {dep_app for dep_app, _ in migration.dependencies} & set(settings.DOMAIN_APPS) - {app}
        assert others == set(), f"{app}.{migration.name} depends on {others}"
    history = MigrationLoader(None, ignore_no_migrations=True).disk_migrations[("history", "0001_initial")]
    assert history.dependencies == [] and history.operations == []


@pytest.mark.django_db
def test_every_event_table_refuses_updates_and_deletes_under_its_established_name():
    installed = {}
    for model, trigger in pgtrigger.registered():
        if trigger.name == "append_only" and model in EVENT_MODELS.values():
            installed[model._meta.db_table] = trigger.get_installation_status(model)[0]
    assert len(installed) == 28 and set(installed.values()) == {"INSTALLED"}


SCRIPT = textwrap.dedent(
    """
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    from airport_platform.db.operations import CreateModelIfMissing
    from tests.history.conftest import make_decision, make_scenario

    def rows(table):
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [table])
            if not cursor.fetchone()[0]:
                return "absent"
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            return cursor.fetchone()[0]

    def history_triggers(table):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = %s::regclass"
                " AND tgname LIKE 'pgtrigger_history_%%'",
                [table],
            )
            return cursor.fetchone()[0]

    def history_migration(app):
        loader = MigrationLoader(None, ignore_no_migrations=True)
        for (label, name), migration in sorted(loader.disk_migrations.items()):
            if label == app and any(isinstance(op, CreateModelIfMissing) for op in migration.operations):
                return name, [n for a, n in migration.dependencies if a == app][0]

    def report(step):
        print(step, rows("decisions_history"), rows("crisis_scenarios_history"),
              history_triggers("crisis_scenarios"), flush=True)

    call_command("migrate", verbosity=0)
    decision = make_decision()
    decision.description = "edited"
    decision.save()
    scenario = make_scenario()
    report("forward")

    crisis_history, crisis_before = history_migration("crisis")
    call_command("migrate", "crisis", crisis_before, verbosity=0)
    report("crisis_reversed")
    call_command("migrate", "crisis", verbosity=0)
    scenario.description = "recorded again"
    scenario.save()
    report("crisis_again")

    # A database whose event tables already exist with rows (created by the core's former
    # history migration): the app's history migration adopts them.
    orchestration_history, orchestration_before = history_migration("orchestration")
    call_command("migrate", "orchestration", orchestration_before, fake=True, verbosity=0)
    call_command("migrate", "orchestration", orchestration_history, verbosity=0)
    call_command("migrate", fake=True, verbosity=0)
    decision.description = "edited after adoption"
    decision.save()
    report("orchestration_adopted")
    """
)


@pytest.mark.slow
def test_reversing_one_app_drops_its_history_only_and_existing_history_is_adopted(scratch_database_url):
    result = run_django_script(SCRIPT, scratch_database_url)
    assert result.returncode == 0, result.stderr[-4000:]
    steps = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}
    # [decisions_history rows, crisis_scenarios_history rows, history triggers on crisis_scenarios]
    assert steps["forward"] == ["2", "1", "5"]
    assert steps["crisis_reversed"] == ["2", "absent", "0"]
    assert steps["crisis_again"] == ["2", "1", "5"]
    assert steps["orchestration_adopted"] == ["3", "1", "5"]
