"""Who may do what in the admin: every table x staff role x (add, change, delete views and the
bulk actions), from the same declaration as the API (airport_platform/access.py)."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from airport_platform.access import (
    AUDITORS,
    DUTY_MANAGERS,
    GOVERNANCE_OFFICERS,
    OPERATORS,
    SERVICES,
    model_access,
)
from airport_platform.models import PlatformModel, SoftDeletable
from orchestration.models import OperatingMode, SystemState
from tests.admin_support import change_url, label, make_row, url

from .conftest import make_user

pytestmark = pytest.mark.django_db

SUPERUSER = "superuser"
# A service account never logs into the admin (no password); made staff here anyway, to show
# that its permissions alone would not let it write either.
ROLES = (SERVICES, OPERATORS, DUTY_MANAGERS, GOVERNANCE_OFFICERS, AUDITORS, SUPERUSER)
MODELS = [
    model
    for app in settings.DOMAIN_APPS
    for model in apps.get_app_config(app).get_models()
    if issubclass(model, PlatformModel) and model in admin.site._registry
]


def staff_client(role) -> Client:
    if role == SUPERUSER:
        user = make_user(None, is_superuser=True, is_staff=True)
    else:
        user = make_user(role, is_staff=True)
    client = Client()
    client.force_login(user)
    return client


def allowed(model, role, operation) -> bool:
    """The declaration; the admin never writes time series (TimeSeriesAdmin)."""
    access = model_access(model)
    if access.read_only or model.is_hypertable():
        return False
    return role == SUPERUSER or role in access.groups_for(operation)


def test_every_table_is_in_the_admin():
    assert len(MODELS) >= 37


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("model", MODELS, ids=label)
def test_admin_matrix(model, role):
    client = staff_client(role)
    row = make_row(model)
    context = (label(model), role)

    assert client.get(url(model, "changelist")).status_code == 200, context
    assert client.get(change_url(row)).status_code == 200, context  # view, at least

    add = client.get(url(model, "add"))
    assert add.status_code == (200 if allowed(model, role, "add") else 403), context

    # An empty form: a page with errors where the role may change, refused where it may not.
    change = client.post(change_url(row), {})
    if allowed(model, role, "change"):
        assert change.status_code in (200, 302), context
    else:
        assert change.status_code == 403, context

    delete = client.get(url(model, "delete", row.pk))
    assert delete.status_code == (200 if allowed(model, role, "delete") else 403), context

    # The bulk delete action: offered, and deleting, only where the role may delete.
    page = client.get(url(model, "changelist")).text
    may_delete = allowed(model, role, "delete")
    assert ('value="delete_selected"' in page) == may_delete, context
    client.post(
        url(model, "changelist"),
        {"action": "delete_selected", "_selected_action": [str(row.pk)], "post": "yes"},
    )
    if issubclass(model, SoftDeletable):
        assert (model.all_objects.get(pk=row.pk).deleted_at is not None) == may_delete, context

        # Restore: whoever may delete may undo it.
        gone = make_row(model)
        model.all_objects.filter(pk=gone.pk).update(deleted_at=timezone.now())
        client.post(
            url(model, "changelist", query="?deleted=yes"),
            {"action": "restore_selected", "_selected_action": [str(gone.pk)]},
        )
        assert model.objects.filter(pk=gone.pk).exists() == may_delete, context
    else:
        assert model.objects.filter(pk=row.pk).exists(), context


# --- Operating modes: changed by governance officers, activated by duty managers --------------


def activate(client, mode, reason):
    return client.post(
        url(OperatingMode, "changelist"),
        {"action": "activate_mode", "_selected_action": [str(mode.pk)], "reason": reason},
    )


@pytest.mark.parametrize(
    ("role", "may"),
    [
        (DUTY_MANAGERS, True),
        (SUPERUSER, True),
        (OPERATORS, False),
        (GOVERNANCE_OFFICERS, False),
        (SERVICES, False),
        (AUDITORS, False),
    ],
)
def test_only_a_duty_manager_activates_a_mode_in_the_admin(role, may):
    client = staff_client(role)
    mode = make_row(OperatingMode, is_active=False)
    page = client.get(url(OperatingMode, "changelist")).text
    assert ('value="activate_mode"' in page) == may
    activate(client, mode, "runway works")
    mode.refresh_from_db()
    assert mode.is_active == may


def test_activating_a_mode_in_the_admin_needs_a_reason():
    client = staff_client(DUTY_MANAGERS)
    mode = make_row(OperatingMode, is_active=False)
    response = activate(client, mode, "  ")
    mode.refresh_from_db()
    assert not mode.is_active
    follow = client.get(response.url)
    assert "Give a reason" in follow.text

    activate(client, mode, "snow expected from 14:00")
    mode.refresh_from_db()
    assert mode.is_active
    state = SystemState.objects.order_by("-timestamp").first()
    assert state.situational_assessment["reason"] == "snow expected from 14:00"


def test_read_only_tables_show_no_save_button_even_to_a_superuser():
    from orchestration.models import Approval

    client = staff_client(SUPERUSER)
    approval = make_row(Approval)
    page = client.get(change_url(approval)).text
    assert 'name="_save"' not in page
    assert client.post(change_url(approval), {"notes": "changed"}).status_code == 403


def test_an_approved_decision_offers_no_delete_in_the_admin():
    from orchestration.choices import DecisionStatus
    from orchestration.models import Decision

    client = staff_client(OPERATORS)
    decision = make_row(Decision)
    Decision.objects.filter(pk=decision.pk).update(status=DecisionStatus.APPROVED)
    assert client.get(url(Decision, "delete", decision.pk)).status_code == 403
    response = client.post(
        url(Decision, "changelist"),
        {"action": "delete_selected", "_selected_action": [str(decision.pk)], "post": "yes"},
    )
    assert response.status_code == 403
    assert Decision.objects.filter(pk=decision.pk).exists()


def test_demo_like_accounts_add_up_their_groups():
    """A duty manager is also an operator: the groups add up (demo/accounts.py)."""
    user = get_user_model().objects.create_user("dm", password="pw", is_staff=True)
    from django.contrib.auth.models import Group

    user.groups.add(*Group.objects.filter(name__in=[OPERATORS, DUTY_MANAGERS]))
    assert user.has_perm("orchestration.activate_operatingmode")
    assert user.has_perm("orchestration.delete_decision")
    assert not user.has_perm("orchestration.change_operatingmode")
