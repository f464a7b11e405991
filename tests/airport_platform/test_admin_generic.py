"""The platform admin over every table of the eight domain apps, as a superuser, against the real
database.

The same checks run for each of the 37 models (changelist, change/view page, search), then the
behaviour of the base classes (airport_platform/admin/), shown on one table each: soft deletion
and restore, view-only hypertables that are never counted, authorship stamping, optimistic
concurrency and readable JSON. What an app's admin adds is tested in tests/<app>/test_admin*.py.
"""

import datetime as dt
import json

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.functions import TruncDay, TruncMonth
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from airport_platform.access import model_access
from airport_platform.admin import EstimatedCountPaginator, SoftDeletableAdmin, TimeSeriesAdmin
from airport_platform.admin.lists import with_probed_dates
from airport_platform.models import PlatformModel, SoftDeletable
from orchestration.models import Action, Decision, OperatingMode, OrchestrationEvent
from tests.admin_support import change_url, label, make_row, superuser_client, url
from tests.orchestration.factories import ActionFactory, DecisionFactory, OrchestrationEventFactory

pytestmark = pytest.mark.django_db

# The spec's tables (not the history event models the apps also hold: tests/history/).
PLATFORM_MODELS = [
    model
    for app in settings.DOMAIN_APPS
    for model in apps.get_app_config(app).get_models()
    if issubclass(model, PlatformModel)
]
SOFT_DELETABLE = [model for model in PLATFORM_MODELS if issubclass(model, SoftDeletable)]
# Read-only tables (approvals, audits) are never deleted or restored in the admin, not even by a
# superuser: tests/api/test_admin_matrix.py.
RESTORABLE = [model for model in SOFT_DELETABLE if not model_access(model).read_only]
HYPERTABLES = [model for model in PLATFORM_MODELS if model.is_hypertable()]


@pytest.fixture
def client():
    return superuser_client()


def test_every_table_of_the_domain_apps_is_registered_with_the_matching_base():
    assert len(PLATFORM_MODELS) == 39
    for model in PLATFORM_MODELS:
        model_admin = admin.site._registry[model]
        if model.is_hypertable():
            assert isinstance(model_admin, TimeSeriesAdmin), model
        else:
            assert isinstance(model_admin, SoftDeletableAdmin), model
    assert len(HYPERTABLES) == 11


def test_foreign_keys_are_raw_ids_and_joined_only_where_shown():
    model_admin = admin.site._registry[Action]
    assert model_admin.raw_id_fields == ("decision",)
    assert model_admin.list_select_related == ("decision",)


def test_site_header_names_the_platform(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "Autonomous Airport Platform" in response.text


# --- The same checks for every model ---------------------------------------------------------


@pytest.mark.parametrize("model", PLATFORM_MODELS, ids=label)
def test_changelist_lists_the_row(client, model):
    row = make_row(model)
    response = client.get(url(model, "changelist"))
    assert response.status_code == 200
    assert change_url(row) in response.text


@pytest.mark.parametrize("model", PLATFORM_MODELS, ids=label)
def test_change_page_opens(client, model):
    row = make_row(model)
    response = client.get(change_url(row))
    assert response.status_code == 200
    if model.is_hypertable() or model_access(model).read_only:  # view-only: no save button
        assert 'name="_save"' not in response.text
    else:
        assert 'name="_save"' in response.text


@pytest.mark.parametrize("model", PLATFORM_MODELS, ids=label)
def test_search_finds_the_row_by_text_and_by_uuid(client, model):
    row = make_row(model)
    model_admin = admin.site._registry[model]

    response = client.get(url(model, "changelist", query="?q=no-such-thing-anywhere"))
    assert response.status_code == 200
    assert change_url(row) not in response.text

    response = client.get(url(model, "changelist", query=f"?q={row.pk}"))
    assert response.status_code == 200
    assert change_url(row) in response.text

    for field in model_admin.search_fields:
        value = getattr(row, field.lstrip("^=@"))
        if isinstance(value, str) and len(value) >= 3:
            response = client.get(url(model, "changelist"), {"q": value[:40]})
            assert response.status_code == 200
            assert change_url(row) in response.text
            break


@pytest.mark.parametrize("model", RESTORABLE, ids=label)
def test_deleted_rows_are_hidden_listed_by_the_filter_and_restored_by_the_action(client, model):
    row = make_row(model)
    row.delete()
    changelist = url(model, "changelist")

    assert change_url(row) not in client.get(changelist).text
    assert change_url(row) not in client.get(changelist + "?deleted=no").text
    assert change_url(row) in client.get(changelist + "?deleted=yes").text
    assert change_url(row) in client.get(changelist + "?deleted=all").text

    # A deleted row still opens, read-only.
    response = client.get(change_url(row))
    assert response.status_code == 200
    assert 'name="_save"' not in response.text

    response = client.post(
        changelist + "?deleted=yes", {"action": "restore_selected", "_selected_action": [str(row.pk)]}
    )
    assert response.status_code == 302
    assert model.objects.filter(pk=row.pk).exists()
    assert change_url(row) in client.get(changelist).text
    assert LogEntry.objects.filter(object_id=str(row.pk), change_message__startswith="Restored").exists()


@pytest.mark.parametrize("model", HYPERTABLES, ids=label)
def test_hypertable_changelist_never_counts_the_hypertable(client, model):
    make_row(model)
    table = model._meta.db_table
    time_column = model.hypertable.time_column
    today = timezone.now()
    for query in (
        "",
        "?q=gate",
        f"?{time_column}__year={today.year}",
        f"?{time_column}__year={today.year}&{time_column}__month={today.month}",
    ):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(model, "changelist", query=query))
        assert response.status_code == 200
        counts = [q["sql"] for q in queries if f'"{table}"' in q["sql"] and "COUNT(" in q["sql"].upper()]
        assert counts == [], counts
        distinct_scans = [q["sql"] for q in queries if f'"{table}"' in q["sql"] and "DISTINCT" in q["sql"]]
        assert distinct_scans == [], distinct_scans


@pytest.mark.parametrize("model", HYPERTABLES, ids=label)
def test_hypertables_are_view_only(client, model):
    row = make_row(model)
    assert client.get(url(model, "add")).status_code == 403
    assert client.get(url(model, "delete", row.pk)).status_code == 403
    assert client.post(change_url(row), {}).status_code == 403
    response = client.get(url(model, "changelist"))
    assert 'value="delete_selected"' not in response.text


# --- Soft deletion through the admin ------------------------------------------------------------


def test_delete_view_soft_deletes_with_the_children_and_says_so(client):
    decision = DecisionFactory()
    action = ActionFactory(decision=decision)

    page = client.get(url(Decision, "delete", decision.pk))
    assert page.status_code == 200
    assert "Nothing is removed from the database" in page.text
    assert change_url(action) in page.text  # the cascading child is listed, as soft-deleted too

    response = client.post(url(Decision, "delete", decision.pk), {"post": "yes"})
    assert response.status_code == 302
    decision.refresh_from_db(from_queryset=Decision.all_objects.all())
    action.refresh_from_db(from_queryset=Action.all_objects.all())
    assert decision.deleted_at is not None
    assert action.deleted_at == decision.deleted_at

    # Restoring the decision brings back the action deleted with it.
    client.post(
        url(Decision, "changelist", query="?deleted=yes"),
        {"action": "restore_selected", "_selected_action": [str(decision.pk)]},
    )
    assert Action.objects.filter(pk=action.pk).exists()


def test_delete_selected_action_soft_deletes(client):
    decisions = DecisionFactory.create_batch(2)
    changelist = url(Decision, "changelist")
    selected = [str(d.pk) for d in decisions]

    page = client.post(changelist, {"action": "delete_selected", "_selected_action": selected})
    assert page.status_code == 200
    assert "Nothing is removed from the database" in page.text

    response = client.post(
        changelist, {"action": "delete_selected", "_selected_action": selected, "post": "yes"}
    )
    assert response.status_code == 302
    assert not Decision.objects.filter(pk__in=selected).exists()
    assert Decision.all_objects.filter(pk__in=selected).count() == 2


def test_a_deleted_row_cannot_be_deleted_again(client):
    decision = DecisionFactory()
    decision.delete()
    assert client.get(url(Decision, "delete", decision.pk)).status_code == 403


# --- Large tables -----------------------------------------------------------------------------


def test_large_hypertable_pages_on_an_estimate_without_counting(client):
    model_admin = admin.site._registry[OrchestrationEvent]
    now = timezone.now()
    OrchestrationEvent.objects.bulk_create(
        OrchestrationEventFactory.build(timestamp=now - dt.timedelta(seconds=i))
        for i in range(model_admin.list_per_page + 7)
    )
    with CaptureQueriesContext(connection) as queries:
        first = client.get(url(OrchestrationEvent, "changelist"))
        second = client.get(url(OrchestrationEvent, "changelist", query="?p=2"))
    assert first.status_code == second.status_code == 200
    assert not [q for q in queries if "COUNT(" in q["sql"].upper() and "orchestration_events" in q["sql"]]
    assert first.context["cl"].paginator.estimated
    assert len(first.context["cl"].result_list) == model_admin.list_per_page
    # The last page is short, so its count is exact.
    assert len(second.context["cl"].result_list) == 7
    assert second.context["cl"].result_count == model_admin.list_per_page + 7


def test_paginator_counts_exactly_below_the_threshold_and_estimates_above():
    DecisionFactory.create_batch(3)
    queryset = Decision.objects.order_by("pk")
    small = EstimatedCountPaginator(queryset, 2, page_number=1, exact_count_below=10_000)
    assert small.count == 3 and not small.estimated
    large = EstimatedCountPaginator(queryset, 2, page_number=1, exact_count_below=0)
    assert large.count >= 3 and large.estimated
    assert len(large.page(1).object_list) == 2


def test_probed_dates_match_select_distinct():
    base = dt.datetime(2024, 11, 30, 23, 30, tzinfo=dt.UTC)
    for offset in (dt.timedelta(0), dt.timedelta(hours=1), dt.timedelta(days=40), dt.timedelta(days=41)):
        OrchestrationEventFactory(timestamp=base + offset)
    queryset = OrchestrationEvent.objects.all()
    probed = with_probed_dates(queryset)
    for kind, trunc in (("month", TruncMonth), ("day", TruncDay)):
        expected = sorted(set(queryset.annotate(p=trunc("timestamp")).values_list("p", flat=True)))
        assert list(probed.datetimes("timestamp", kind)) == expected
    assert [d.year for d in probed.datetimes("timestamp", "year")] == [2024, 2025]


# --- Forms ------------------------------------------------------------------------------------

MODE_FORM = {
    "name": "Snow plan",
    "description": "",
    "priority_weights": json.dumps({"safety": 0.6, "punctuality": 0.4}),
    "decision_thresholds": json.dumps({"auto_approve_max_risk": 0.2, "auto_approve_min_confidence": 0.9}),
    "activation_criteria": "{}",
    "constraints": "",
}


def test_saving_stamps_the_author_and_json_is_pretty_printed(client):
    response = client.post(url(OperatingMode, "add"), MODE_FORM)
    assert response.status_code == 302, response.context["adminform"].form.errors
    mode = OperatingMode.objects.get(name="Snow plan")
    assert mode.created_by == mode.updated_by == "ops.admin"
    assert mode.activation_criteria == {}  # `{}` is a value, not a missing field
    assert mode.constraints is None

    page = client.get(change_url(mode))
    assert "{\n  &quot;safety&quot;: 0.6,\n  &quot;punctuality&quot;: 0.4\n}" in page.text

    other = get_user_model().objects.create_superuser("duty.manager", "dm@example.com", "not-used")
    client.force_login(other)
    response = client.post(
        change_url(mode), {**MODE_FORM, "name": "Snow plan B", "loaded_version": mode.version}
    )
    assert response.status_code == 302
    mode.refresh_from_db()
    assert (mode.created_by, mode.updated_by, mode.version) == ("ops.admin", "duty.manager", 2)


def test_saving_over_a_newer_version_is_refused(client):
    client.post(url(OperatingMode, "add"), MODE_FORM)
    mode = OperatingMode.objects.get(name="Snow plan")
    stale_version = mode.version
    mode.description = "changed by someone else meanwhile"
    mode.save()

    response = client.post(change_url(mode), {**MODE_FORM, "name": "Mine", "loaded_version": stale_version})
    assert response.status_code == 200
    assert "was changed by someone else" in response.text
    mode.refresh_from_db()
    assert mode.name == "Snow plan"


def test_view_only_pages_show_json_in_pre_blocks(client):
    event = OrchestrationEventFactory(payload={"flight": "KL1001", "delay_min": 12})
    page = client.get(change_url(event))
    assert '<pre style="' in page.text
    assert "{\n  &quot;flight&quot;: &quot;KL1001&quot;" in page.text
