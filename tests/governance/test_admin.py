"""The governance tables in the admin (what the platform's generic admin checks do not cover:
tests/airport_platform/test_admin_generic.py)."""

import uuid

import pytest
from django.contrib import admin

from governance.models import DecisionAudit
from tests.admin_support import change_url, make_row, superuser_client, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return superuser_client()


def test_audits_are_listed_without_joining_their_decision():
    # Linked by id: an INNER JOIN on the unconstrained key would hide audits of removed decisions.
    assert admin.site._registry[DecisionAudit].list_select_related == ()


def test_audits_of_a_decision_that_is_gone_are_still_listed(client):
    audit = make_row(DecisionAudit, decision_id=uuid.uuid4())  # no FK constraint on purpose
    response = client.get(url(DecisionAudit, "changelist"))
    assert change_url(audit) in response.text
