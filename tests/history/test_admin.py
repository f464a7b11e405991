"""The change history on the object's admin page."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection

from .conftest import make_scenario, make_user

pytestmark = pytest.mark.django_db


def history_url(scenario):
    return f"/admin/crisis/crisisscenario/{scenario.pk}/history/"


def test_operators_see_who_changed_what_with_a_readable_diff(client):
    operator = make_user("operators", is_staff=True)
    client.force_login(operator)
    scenario = make_scenario()
    change_url = f"/admin/crisis/crisisscenario/{scenario.pk}/change/"
    assert client.get(change_url).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("UPDATE crisis_scenarios SET status = 'contained' WHERE id = %s", [scenario.pk])
    client.post(f"/admin/crisis/crisisscenario/{scenario.pk}/delete/", {"post": "yes"})

    response = client.get(history_url(scenario))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="history-entry') == 3
    assert "Softdelete" in html and operator.username in html and "admin" in html  # the soft delete
    assert "<del>" in html and "Active" in html and "Contained" in html  # status before → after, by label
    assert re.search(r"<td>sql\b", html) and re.search(r"<td>admin\b", html)  # raw SQL, then the admin


def test_without_view_history_the_page_is_django_default(client):
    staff = make_user(None, is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_crisisscenario"))
    client.force_login(staff)
    scenario = make_scenario()
    response = client.get(history_url(scenario))
    assert response.status_code == 200
    assert 'class="history-entry' not in response.content.decode()
