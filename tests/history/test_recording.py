"""Every change of every entity table is recorded by the database, whoever makes it."""

import pgtrigger
import pytest
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.utils import ProgrammingError

from airport_platform.history.registry import EVENT_MODELS, event_model_for
from airport_platform.history.selectors import history_entry, object_history
from airport_platform.models import PlatformModel
from orchestration.models import Decision, DecisionEvent, OrchestrationEvent, SystemState

from .conftest import client_for, make_decision, make_mode, make_scenario

pytestmark = pytest.mark.django_db

LABELS = ["insert", "update", "soft_delete", "restore", "delete"]


def labels(model, pk):
    return list(
        event_model_for(model)
        .objects.filter(pgh_obj_id=pk)
        .order_by("pgh_id")
        .values_list("pgh_label", flat=True)
    )


def test_all_28_entity_tables_are_tracked_and_no_hypertable_is():
    from django.apps import apps

    platform_models = [m for m in apps.get_models() if issubclass(m, PlatformModel) and not m._meta.proxy]
    entities = {m for m in platform_models if not m.is_hypertable()}
    assert len(entities) == 28 and len(platform_models) == 39
    assert set(EVENT_MODELS) == entities
    assert event_model_for(SystemState) is None and event_model_for(OrchestrationEvent) is None


def test_every_history_trigger_is_installed_and_current():
    """The installed trigger functions are exactly what the code declares (else: makemigrations <app>)."""
    statuses = {}
    for model, trigger in pgtrigger.registered():
        if trigger.name.startswith("history_"):
            statuses[f"{model._meta.db_table}:{trigger.name}"] = trigger.get_installation_status(model)[0]
    assert len(statuses) == 28 * 5
    assert set(statuses.values()) == {"INSTALLED"}


def test_create_update_soft_delete_restore_and_delete_are_recorded_with_the_diff():
    decision = make_decision()
    decision.status = "pending_approval"
    decision.save()
    decision.delete()  # soft
    decision.restore()
    Decision.all_objects.filter(pk=decision.pk).hard_delete()

    events = list(DecisionEvent.objects.filter(pgh_obj_id=decision.pk).order_by("pgh_id"))
    assert [e.pgh_label for e in events] == LABELS
    insert, update, soft_delete, restore, delete = events
    assert insert.pgh_diff["status"] == [None, "proposed"] and insert.status == "proposed"
    assert update.pgh_diff["status"] == ["proposed", "pending_approval"]
    assert set(update.pgh_diff) <= {"status", "updated_at"}
    assert soft_delete.pgh_diff["deleted_at"][0] is None and soft_delete.deleted_at is not None
    assert restore.pgh_diff["deleted_at"][1] is None and restore.deleted_at is None
    assert delete.pgh_diff["status"] == ["pending_approval", None]


def test_queryset_update_bulk_create_and_soft_delete_cascade_are_recorded():
    first, second = make_decision(), make_decision()
    Decision.objects.filter(pk__in=[first.pk, second.pk]).update(priority="critical")
    created = Decision.objects.bulk_create([Decision(**_decision_fields()) for _ in range(3)])
    mode = make_mode()
    mode_decision = make_decision(operating_mode=mode)

    assert labels(Decision, first.pk) == ["insert", "update"] == labels(Decision, second.pk)
    assert all(labels(Decision, d.pk) == ["insert"] for d in created)
    change = DecisionEvent.objects.get(pgh_obj_id=first.pk, pgh_label="update")
    assert change.pgh_diff["priority"] == ["high", "critical"]
    # Soft-deleting a scenario soft-deletes its actions in the same moment: both recorded.
    scenario = make_scenario()
    action = scenario.actions.create(action_type="evacuate", urgency="immediate")
    scenario.delete()
    assert labels(type(action), action.pk) == ["insert", "soft_delete"]
    assert labels(Decision, mode_decision.pk) == ["insert"]


def _decision_fields():
    return dict(type="gate_assignment", priority="low", confidence="0.5", risk="0.5", impact_assessment={})


def test_a_save_that_changes_nothing_records_nothing_and_bookkeeping_is_not_a_change():
    mode = make_mode()
    with transaction.atomic():
        pass
    with connection.cursor() as cursor:
        # Only the trigger-maintained columns change: no event.
        cursor.execute(
            "UPDATE operating_modes SET updated_at = NOW() - interval '1 day' WHERE id = %s", [mode.pk]
        )
    assert labels(type(mode), mode.pk) == ["insert"]


def test_raw_sql_outside_the_platform_is_recorded_as_sql_without_user():
    decision = make_decision()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE decisions SET description = 'typed in psql' WHERE id = %s", [decision.pk])
    event = object_history(model=Decision, pk=decision.pk).first()
    entry = history_entry(event, Decision)
    assert entry["event"] == "update" and entry["via"] == "sql" and entry["user"] is None
    assert entry["actor"] == "system" and entry["request_id"] is None
    assert entry["changes"] == [
        {
            "field": "description",
            "label": "Description",
            "before": "Move KL1234 from D7 to D9",
            "after": "typed in psql",
            "before_display": None,
            "after_display": None,
        }
    ]


def test_history_rows_cannot_be_rewritten():
    decision = make_decision()
    with pytest.raises(ProgrammingError, match="Cannot update or delete rows"), transaction.atomic():
        DecisionEvent.objects.filter(pgh_obj_id=decision.pk).update(pgh_label="forged")
    with pytest.raises(ProgrammingError, match="Cannot update or delete rows"), transaction.atomic():
        DecisionEvent.objects.filter(pgh_obj_id=decision.pk).delete()


class _Command(BaseCommand):
    """A management command changing a decision (stands for any command, e.g. seed_demo)."""

    def add_arguments(self, parser):
        parser.add_argument("pk")

    def handle(self, *args, pk, **options):
        Decision.objects.filter(pk=pk).update(status="cancelled")


def test_management_command_changes_say_so():
    decision = make_decision()
    call_command(_Command(), str(decision.pk))
    event = DecisionEvent.objects.get(pgh_obj_id=decision.pk, pgh_label="update")
    assert event.pgh_context["via"] == "command"
    assert event.pgh_context["command"] == "test_recording"  # the command's module name
    assert event.pgh_context["request_id"]
    assert history_entry(event, Decision)["actor"] == "system"


def test_api_changes_record_user_service_account_request_id_and_path(operator, service):
    operator_client = client_for(operator, **{"X-Request-ID": "ops-console-42"})
    url = "/api/v1/crisis/crisis-scenarios/"
    response = operator_client.post(url, {"scenario_type": "fire", "severity": "major"}, format="json")
    assert response.status_code == 201 and response["X-Request-ID"] == "ops-console-42"
    pk = response.json()["id"]
    response = client_for(service).patch(f"{url}{pk}/", {"severity": "critical"}, format="json")
    assert response.status_code == 200, response.json()
    service_request_id = response["X-Request-ID"]
    assert operator_client.delete(f"{url}{pk}/").status_code == 204
    assert operator_client.post(f"{url}{pk}/restore/").status_code == 200

    scenario_model = EVENT_MODELS_BY_TABLE["crisis_scenarios"]
    entries = [history_entry(e, scenario_model) for e in object_history(model=scenario_model, pk=pk)]
    assert [e["event"] for e in entries] == ["restore", "soft_delete", "update", "insert"]
    restore, soft_delete, update, insert = entries
    assert insert["via"] == "api" and insert["user"] == operator.username and insert["actor"] == "user"
    assert insert["request_id"] == "ops-console-42" and insert["path"] == url and insert["method"] == "POST"
    assert update["user"] == service.username and update["actor"] == "service"
    assert update["request_id"] == service_request_id and len(service_request_id) == 32
    assert {"field": "severity", "before": "major", "after": "critical"}.items() <= _by_field(update)[
        "severity"
    ].items()
    assert soft_delete["method"] == "DELETE" and restore["path"].endswith("/restore/")


def _by_field(entry):
    return {change["field"]: change for change in entry["changes"]}


EVENT_MODELS_BY_TABLE = {model._meta.db_table: model for model in EVENT_MODELS}


def test_admin_changes_say_admin(client):
    from .conftest import make_user

    admin = make_user(None, is_staff=True, is_superuser=True)
    client.force_login(admin)
    scenario = make_scenario()
    url = f"/admin/crisis/crisisscenario/{scenario.pk}/delete/"
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 302
    event = object_history(model=type(scenario), pk=scenario.pk).first()
    entry = history_entry(event, type(scenario))
    assert entry["event"] == "soft_delete" and entry["via"] == "admin" and entry["user"] == admin.username
    assert entry["path"] == url
