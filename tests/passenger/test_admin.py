"""The passenger tables in the admin (what the platform's generic admin checks do not cover:
tests/airport_platform/test_admin_generic.py)."""

import pytest
from django.contrib import admin

from passenger.models import JourneyTouchpoint
from tests.admin_support import change_url, make_row, superuser_client, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return superuser_client()


def test_touchpoint_list_joins_its_journey_and_links_to_it(client):
    assert admin.site._registry[JourneyTouchpoint].list_select_related == ("journey",)
    touchpoint = make_row(JourneyTouchpoint)
    page = client.get(url(JourneyTouchpoint, "changelist"))
    assert page.status_code == 200
    assert change_url(touchpoint) in page.text and change_url(touchpoint.journey) in page.text
