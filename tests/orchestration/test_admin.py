"""The orchestration tables in the admin beyond the operator console (test_admin_console.py) and
the platform's generic checks (tests/airport_platform/test_admin_generic.py)."""

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

import orchestration.admin
from orchestration.models import Decision, DecisionDependency
from tests.admin_support import change_url, superuser_client, url
from tests.orchestration.factories import ActionFactory, DecisionFactory

from .conftest import propose

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return superuser_client()


def test_decision_page_has_action_and_approval_inlines(client):
    decision = DecisionFactory()
    ActionFactory(decision=decision, execution_order=2)
    ActionFactory(decision=decision, execution_order=1)
    page = client.get(change_url(decision))
    assert page.status_code == 200
    formsets = {f.formset.prefix: f for f in page.context["inline_admin_formsets"]}
    assert set(formsets) == {"actions", "approvals", "dependencies"}
    orders = [form.instance.execution_order for form in formsets["actions"].formset.forms]
    assert orders == [1, 2]


def test_the_orchestration_admin_imports_no_other_domain():
    """Other apps add to these pages through registries (related panels), never the reverse."""
    others = set(settings.DOMAIN_APPS) - {"orchestration"}
    for path in Path(orchestration.admin.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not {name.split(".")[0] for name in imported} & others, path.name


def test_the_queue_flags_what_expires_within_the_declared_time(normal_mode, client, monkeypatch):
    model_admin = admin.site._registry[Decision]
    decision = propose(risk=Decimal("0.6"), description="due in forty minutes")
    decision.approvals.update(expires_at=timezone.now() + dt.timedelta(minutes=40))
    queue = reverse("admin:orchestration_decision_pending")
    page = client.get(queue).text
    assert "Expires within 15 minutes" in page and 'class="expires-soon"' not in page

    monkeypatch.setattr(model_admin, "expires_soon", dt.timedelta(hours=1))
    page = client.get(queue).text
    assert "Expires within 60 minutes" in page and page.count('class="expires-soon"') == 1


def test_the_list_says_how_each_decision_was_approved(normal_mode, client):
    automatic = propose(risk=Decimal("0.05"), description="inside the thresholds")
    page = client.get(url(Decision, "changelist")).text
    assert str(automatic.pk) in page and "approved automatically" in page


def test_an_edge_added_in_the_admin_goes_through_the_service(normal_mode, client):
    a, b = propose(), propose()
    deleted = DecisionDependency.objects.create(
        dependent_decision=a, dependency_decision=b, dependency_type="informs"
    )
    deleted.delete()
    response = client.post(
        url(DecisionDependency, "add"),
        {
            "dependent_decision": str(a.pk),
            "dependency_decision": str(b.pk),
            "dependency_type": "finish_to_start",
        },
    )
    assert response.status_code == 302
    # The service brought the soft-deleted edge back instead of inserting a duplicate.
    edge = DecisionDependency.objects.get()
    assert (edge.pk, edge.dependency_type) == (deleted.pk, "finish_to_start")
