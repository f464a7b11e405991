"""API-wide concerns: OpenAPI, docs, tokens for service accounts, groups, throttling."""

import pytest
import yaml
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from rest_framework.test import APIClient
from rest_framework.throttling import UserRateThrottle

from airport_platform.access import GROUPS

from .conftest import RESOURCES, client_for, make_user

pytestmark = pytest.mark.django_db


def test_openapi_schema_validates_without_warnings(tmp_path):
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    paths = schema["paths"]
    for resource in RESOURCES:
        assert resource.url in paths, resource.url
    assert {"tokenAuth", "cookieAuth"} <= set(schema["components"]["securitySchemes"])
    enum = schema["components"]["schemas"]["DecisionStatusEnum"]
    from orchestration.choices import DecisionStatus

    assert enum["enum"] == list(DecisionStatus.values)
    create = paths["/api/v1/orchestration/decisions/"]["post"]
    assert "ProposeAGateChange" in create["requestBody"]["content"]["application/json"]["examples"]
    assert (
        "ADecisionWaitingForAHuman" in create["responses"]["201"]["content"]["application/json"]["examples"]
    )
    parameters = {p["name"] for p in paths["/api/v1/orchestration/decisions/"]["get"]["parameters"]}
    assert {
        "status",
        "status__in",
        "priority",
        "initiated_at__gte",
        "search",
        "ordering",
        "tags__contains",
    } <= parameters


def test_schema_and_docs_are_public(anonymous_client):
    assert anonymous_client.get("/api/schema/").status_code == 200
    assert anonymous_client.get("/api/docs/").status_code == 200


def test_service_account_token_is_issued_rotated_and_revoked(capsys):
    call_command("service_account", "gate-planner")
    token = capsys.readouterr().out.strip()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/v1/orchestration/decisions/").status_code == 200
    assert client.post("/api/v1/orchestration/decisions/1/approve/").status_code in (403, 404)

    call_command("service_account", "gate-planner", "--rotate")
    rotated = capsys.readouterr().out.strip()
    assert rotated != token
    assert client.get("/api/v1/orchestration/decisions/").status_code == 401

    call_command("service_account", "gate-planner", "--revoke")
    client.credentials(HTTP_AUTHORIZATION=f"Token {rotated}")
    assert client.get("/api/v1/orchestration/decisions/").status_code == 401


def test_the_three_groups_exist_with_their_powers():
    assert set(GROUPS) <= set(Group.objects.values_list("name", flat=True))
    operator, service, auditor = (make_user(name) for name in ("operators", "services", "auditors"))
    assert operator.has_perm("orchestration.approve_decision")
    assert not service.has_perm("orchestration.approve_decision")
    assert not auditor.has_perm("orchestration.approve_decision")
    assert auditor.has_perm("airport_platform.view_deleted_records")
    assert not operator.has_perm("airport_platform.view_deleted_records")
    assert service.has_perm("sustainability.add_sustainabilitymetric")
    assert not service.has_perm("sustainability.change_sustainabilitymetric")
    assert not service.has_perm("governance.change_governancepolicy")
    assert all(auditor.has_perm(f"{r.app}.view_{r.model._meta.model_name}") for r in RESOURCES)
    assert not any(auditor.has_perm(f"{r.app}.add_{r.model._meta.model_name}") for r in RESOURCES)


def test_users_without_view_permission_get_403():
    client = client_for(make_user(None))
    assert client.get("/api/v1/orchestration/decisions/").status_code == 403


def test_throttling_limits_a_user(monkeypatch, operator_client):
    # DRF reads the rates when the throttle class is defined; this sets them as settings would.
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute"})
    codes = [operator_client.get("/api/v1/orchestration/decisions/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_throttle_rates_are_configured():
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    assert rates["user"] and rates["anon"]
