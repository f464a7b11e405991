"""`seed_demo` leaves a usable demo: staff accounts in their groups and a service token."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from rest_framework.test import APIClient

from demo.accounts import ensure_demo_accounts

pytestmark = pytest.mark.django_db


def test_demo_accounts_can_log_in_with_their_roles(settings):
    settings.DEMO_PASSWORD = "s3cret-demo"
    result = ensure_demo_accounts()
    assert result["created"] == ["admin", "operator", "duty-manager", "governance-officer", "auditor"]
    operator = authenticate(username="operator", password="s3cret-demo")
    assert operator.is_staff and operator.has_perm("orchestration.approve_decision")
    assert authenticate(username="admin", password="s3cret-demo").is_superuser
    assert not authenticate(username="auditor", password="s3cret-demo").has_perm("orchestration.add_decision")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {result['token']}")
    assert client.get("/api/v1/orchestration/decisions/").status_code == 200


def test_existing_accounts_are_left_alone():
    ensure_demo_accounts()
    operator = get_user_model().objects.get(username="operator")
    operator.set_password("changed-by-hand")
    operator.save()
    assert ensure_demo_accounts()["created"] == []
    assert authenticate(username="operator", password="changed-by-hand") is not None


def test_production_settings_create_no_demo_accounts(settings, capsys):
    settings.PRODUCTION = True
    call_command("seed_demo", "--scale", "1")
    assert "no demo accounts created" in capsys.readouterr().out
    assert not get_user_model().objects.filter(username="operator").exists()


def test_only_the_duty_manager_activates_modes_and_only_the_officer_changes_them():
    ensure_demo_accounts()
    users = {user.username: user for user in get_user_model().objects.all()}
    operator, duty_manager, officer = users["operator"], users["duty-manager"], users["governance-officer"]

    assert {g.name for g in operator.groups.all()} == {"operators"}  # not a duty manager
    assert {g.name for g in duty_manager.groups.all()} == {"operators", "duty_managers"}
    assert not operator.has_perm("orchestration.activate_operatingmode")
    assert duty_manager.has_perm("orchestration.activate_operatingmode")
    assert duty_manager.has_perm("orchestration.approve_decision")
    assert duty_manager.has_perm("orchestration.delete_decision")  # an operator as well

    for user in (operator, duty_manager):
        assert not user.has_perm("orchestration.change_operatingmode")
        assert not user.has_perm("governance.change_governancepolicy")
    assert officer.has_perm("orchestration.change_operatingmode")
    assert officer.has_perm("governance.change_governancepolicy")
    assert officer.has_perm("governance.add_ethicalprinciple")
    assert not officer.has_perm("orchestration.approve_decision")
    assert not officer.has_perm("orchestration.activate_operatingmode")
