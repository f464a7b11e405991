"""Who may do what through the API: every resource x role x operation.

The expected answer comes from the single declaration (airport_platform/access.py and each
domain's access.py); for the resources that decide whether a human approves (modes, policies,
principles), the platform's own records (approvals, audits, events) and decisions, the
declaration is first checked against the explicit table below, so changing who may write them
takes a deliberate edit here too.
"""

import pytest
from django.conf import settings

from airport_platform.access import (
    AUDITORS,
    DUTY_MANAGERS,
    GOVERNANCE_OFFICERS,
    OPERATORS,
    SERVICES,
    model_access,
)
from orchestration.choices import CLIENT_EVENT_TYPES, OrchestrationEventType

from .conftest import RESOURCES, client_for, make_user, resource_params

pytestmark = pytest.mark.django_db

ANONYMOUS, SUPERUSER = "anonymous", "superuser"
ROLES = (ANONYMOUS, SERVICES, OPERATORS, DUTY_MANAGERS, GOVERNANCE_OFFICERS, AUDITORS, SUPERUSER)
HISTORY_READERS = {OPERATORS, DUTY_MANAGERS, GOVERNANCE_OFFICERS, AUDITORS, SUPERUSER}
WRITES = ("create", "bulk", "update", "partial_update", "destroy", "restore")

OPS, DUTY, GOV, SVC, SU = OPERATORS, DUTY_MANAGERS, GOVERNANCE_OFFICERS, SERVICES, SUPERUSER
GOVERNED = {op: {GOV, SU} for op in WRITES}
NOBODY = {op: set() for op in WRITES}
# Who may do each write (and declared operation) on the sensitive resources. Reads: everybody
# but anonymous.
EXPECTED = {
    "orchestration/operating-modes": {**GOVERNED, "activate": {DUTY, SU}},
    # A dry run only reads: whoever may read policies may ask what one would have changed.
    "governance/governance-policies": {**GOVERNED, "dry-run": {SVC, OPS, DUTY, GOV, AUDITORS, SU}},
    "governance/ethical-principles": GOVERNED,
    "orchestration/approvals": NOBODY,
    "governance/decision-audits": NOBODY,
    "orchestration/orchestration-events": {
        "create": {OPS, SVC, SU},
        "bulk": {OPS, SVC, SU},
        "update": set(),
        "partial_update": set(),
        "destroy": set(),
    },
    "orchestration/decisions": {
        "create": {OPS, SVC, SU},
        "bulk": {OPS, SVC, SU},
        "update": {OPS, SVC, SU},
        "partial_update": {OPS, SVC, SU},
        "destroy": {OPS, SU},
        "restore": {OPS, SU},
        "approve": {OPS, DUTY, SU},
        "reject": {OPS, DUTY, SU},
        "start": {OPS, SVC, SU},
        "cancel": {OPS, SVC, SU},
    },
}


def resource_id(resource):
    return f"{resource.app}/{resource.prefix}"


def detail_actions(resource):
    """The resource's own POST {id}/<name>/ operations (bulk, restore and transition are generic)."""
    actions = {}
    for extra in resource.viewset.get_extra_actions():
        if extra.detail and "post" in extra.mapping and extra.url_path not in ("restore", "transition"):
            actions[extra.url_path] = getattr(extra, "operation", "change")
    return actions


def operation_of(op: str, resource) -> str:
    return {
        "create": "add",
        "bulk": "add",
        "update": "change",
        "partial_update": "change",
        "destroy": "delete",
        "restore": "delete",
    }.get(op) or detail_actions(resource)[op]


def allowed(resource, role: str, op: str) -> bool:
    """What the declaration says: may `role` do `op` on `resource`?"""
    if role == ANONYMOUS:
        return False
    if op in ("list", "retrieve"):
        return True
    if op == "history":
        return role in HISTORY_READERS
    access = model_access(resource.model)
    if access.read_only:
        return False
    if resource.is_time_series and op not in ("create", "bulk"):
        return False
    return role == SUPERUSER or role in access.groups_for(operation_of(op, resource))


def role_client(role):
    if role == ANONYMOUS:
        return client_for(None)
    if role == SUPERUSER:
        return client_for(make_user(None, is_superuser=True, is_staff=True))
    return client_for(make_user(role))


def test_the_sensitive_resources_are_declared_as_the_table_says():
    by_id = {resource_id(r): r for r in RESOURCES}
    for name, table in EXPECTED.items():
        resource = by_id[name]
        operations = set(table)
        if not resource.is_time_series:
            operations |= set(WRITES) | set(detail_actions(resource))
        for op in operations:
            declared = {role for role in ROLES if allowed(resource, role, op)}
            assert declared == table.get(op, set()), (name, op, declared)


def test_every_resource_and_role_is_covered():
    assert len(RESOURCES) == 37
    assert {r.app for r in RESOURCES} == set(settings.DOMAIN_APPS)


def expect(response, resource, role, op, ok):
    """Assert the status: 401 anonymous, 403 refused, `ok` (or the resource's own 4xx answer to
    a custom operation in the row's state) when allowed."""
    context = (resource_id(resource), role, op, response.status_code, response.content[:300])
    if role == ANONYMOUS:
        assert response.status_code == 401, context
    elif not allowed(resource, role, op):
        assert response.status_code == 403, context
    elif ok is None:  # a custom operation: allowed means not refused for the role
        assert response.status_code not in (401, 403) and response.status_code < 500, context
    else:
        assert response.status_code == ok, context


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("resource", resource_params())
def test_matrix(resource, role):
    client = role_client(role)
    row = resource.factory.create()
    detail = resource.detail_url(row.pk)

    expect(client.get(resource.url), resource, role, "list", 200)
    expect(client.get(detail), resource, role, "retrieve", 200)

    before = resource.model._base_manager.count()
    response = client.post(resource.url, resource.payload(), format="json")
    expect(response, resource, role, "create", 201)
    response = client.post(f"{resource.url}bulk/", [resource.payload(), resource.payload()], format="json")
    expect(response, resource, role, "bulk", 201)
    created = (1 if allowed(resource, role, "create") else 0) + (2 if allowed(resource, role, "bulk") else 0)
    assert resource.model._base_manager.count() == before + created

    if resource.is_time_series:
        for method in ("put", "patch", "delete"):
            response = getattr(client, method)(detail, {}, format="json")
            assert response.status_code == (401 if role == ANONYMOUS else 405), (method, response.content)
        return

    writable = {
        name: value
        for name, value in resource.representation(row).items()
        if name in resource.writable_fields()
    }
    expect(client.put(detail, writable, format="json"), resource, role, "update", 200)
    expect(client.patch(detail, {}, format="json"), resource, role, "partial_update", 200)
    expect(client.get(resource.detail_url(row.pk, "history/")), resource, role, "history", 200)

    for name in detail_actions(resource):
        target = resource.factory.create()
        response = client.post(
            resource.detail_url(target.pk, f"{name}/"), {"reason": "test", "notes": "test"}, format="json"
        )
        expect(response, resource, role, name, None)

    response = client.delete(detail)
    expect(response, resource, role, "destroy", 204)
    deleted = resource.model.all_objects.get(pk=row.pk).deleted_at is not None
    assert deleted == allowed(resource, role, "destroy")

    gone = resource.factory.create()
    resource.model.all_objects.filter(pk=gone.pk).update(deleted_at=row.created_at)
    response = client.post(resource.detail_url(gone.pk, "restore/"))
    expect(response, resource, role, "restore", 200)


# --- The sensitive operations, beyond the status ---------------------------------------------

MODES = "/api/v1/orchestration/operating-modes/"
EVENTS = "/api/v1/orchestration/orchestration-events/"


@pytest.fixture
def duty_manager_client():
    return client_for(make_user(DUTY_MANAGERS))


def test_activating_a_mode_needs_a_reason(duty_manager_client):
    from tests.orchestration.factories import OperatingModeFactory

    mode = OperatingModeFactory(is_active=False)
    for body in ({}, {"reason": ""}, {"reason": "   "}):
        response = duty_manager_client.post(f"{MODES}{mode.pk}/activate/", body, format="json")
        assert response.status_code == 400, body
        assert "reason" in response.json()
    mode.refresh_from_db()
    assert not mode.is_active

    response = duty_manager_client.post(f"{MODES}{mode.pk}/activate/", {"reason": "snow"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["is_active"] is True


def test_a_plain_operator_or_a_service_never_activates_a_mode(operator_client, service_client):
    from tests.orchestration.factories import OperatingModeFactory

    mode = OperatingModeFactory(is_active=False)
    for client in (operator_client, service_client):
        response = client.post(f"{MODES}{mode.pk}/activate/", {"reason": "why not"}, format="json")
        assert response.status_code == 403
        assert "activate_operatingmode" in response.json()["detail"]
    mode.refresh_from_db()
    assert not mode.is_active


def test_a_service_cannot_loosen_the_thresholds(service_client, operator_client):
    from tests.orchestration.factories import OperatingModeFactory

    mode = OperatingModeFactory(is_active=True)
    thresholds = mode.decision_thresholds
    loosened = {"decision_thresholds": {"auto_approve_max_risk": 1.0, "auto_approve_min_confidence": 0.0}}
    for client in (service_client, operator_client):
        assert client.patch(f"{MODES}{mode.pk}/", loosened, format="json").status_code == 403
    mode.refresh_from_db()
    assert mode.decision_thresholds == thresholds


def test_a_governance_officer_change_is_versioned_and_kept_in_the_history():
    from tests.orchestration.factories import OperatingModeFactory

    officer = client_for(make_user(GOVERNANCE_OFFICERS))
    mode = OperatingModeFactory()
    version = mode.version
    weights = {**mode.priority_weights}
    response = officer.patch(f"{MODES}{mode.pk}/", {"description": "tightened"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["version"] == version + 1
    assert response.json()["updated_by"].startswith("governance_officers-")
    history = officer.get(f"{MODES}{mode.pk}/history/").json()
    changes = history["results"] if isinstance(history, dict) else history
    assert any("description" in str(change) for change in changes)
    mode.refresh_from_db()
    assert mode.priority_weights == weights


def test_platform_event_types_cannot_be_appended_by_anyone(service_client, admin_client_):
    from tests.orchestration.factories import OrchestrationEventFactory

    forged = {
        "event_type": OrchestrationEventType.APPROVAL_DECIDED,
        "payload": {"status": "approved", "by": "admin"},
    }
    before = OrchestrationEventFactory._meta.model.objects.count()
    for client in (service_client, admin_client_):
        response = client.post(EVENTS, forged, format="json")
        assert response.status_code == 400
        assert "event_type" in response.json()
        response = client.post(f"{EVENTS}bulk/", [forged], format="json")
        assert response.status_code == 400
        assert "event_type" in response.json()["items"]["0"]
    assert OrchestrationEventFactory._meta.model.objects.count() == before


@pytest.mark.parametrize("event_type", CLIENT_EVENT_TYPES)
@pytest.mark.parametrize("bulk", [False, True], ids=["single", "bulk"])
def test_a_service_appends_outside_world_events_as_itself_at_the_server_time(
    event_type, bulk, service, service_client
):
    from django.utils import timezone

    sent = {
        "event_type": event_type,
        "source": "admin",
        "timestamp": "2001-01-01T00:00:00Z",
        "payload": {"message": "runway 27 closed by ATC"},
    }
    start = timezone.now()
    if bulk:
        response = service_client.post(f"{EVENTS}bulk/", [sent], format="json")
        row = response.json()[0]
    else:
        response = service_client.post(EVENTS, sent, format="json")
        row = response.json()
    assert response.status_code == 201, response.content
    assert row["source"] == service.username
    from orchestration.models import OrchestrationEvent

    stored = OrchestrationEvent.objects.get(pk=row["id"])
    assert stored.source == service.username
    assert start <= stored.timestamp <= timezone.now()


def test_approvals_and_audits_are_read_only_even_for_superusers(admin_client_):
    from tests.governance.factories import DecisionAuditFactory
    from tests.orchestration.factories import ApprovalFactory

    for factory, url in (
        (ApprovalFactory, "/api/v1/orchestration/approvals/"),
        (DecisionAuditFactory, "/api/v1/governance/decision-audits/"),
    ):
        row = factory()
        assert admin_client_.patch(f"{url}{row.pk}/", {"notes": "x"}, format="json").status_code == 403
        response = admin_client_.delete(f"{url}{row.pk}/")
        assert response.status_code == 403
        assert "read-only" in response.json()["detail"]
        assert type(row).objects.filter(pk=row.pk).exists()


def test_an_approved_decision_cannot_be_deleted_by_an_operator(operator_client):
    from orchestration.choices import DecisionStatus
    from orchestration.models import Decision
    from tests.orchestration.factories import DecisionFactory

    for status in (DecisionStatus.APPROVED, DecisionStatus.COMPLETED, DecisionStatus.EXECUTING):
        decision = DecisionFactory()
        Decision.objects.filter(pk=decision.pk).update(status=status)
        response = operator_client.delete(f"/api/v1/orchestration/decisions/{decision.pk}/")
        assert response.status_code == 409, (status, response.content)
        assert "cannot be deleted" in response.json()["detail"]
        assert Decision.objects.filter(pk=decision.pk).exists()


def test_a_threshold_change_is_announced_with_who_and_before_after():
    from airport_platform.events.models import OutboxEvent
    from orchestration import services
    from tests.orchestration.factories import OperatingModeFactory

    officer = make_user(GOVERNANCE_OFFICERS)
    mode = OperatingModeFactory(is_active=False)
    before = mode.decision_thresholds
    services.operating_mode_activate(mode=mode, user=officer, reason="drill")  # not a change of rules
    assert not OutboxEvent.objects.filter(event_type="mode_changed").exists()

    tightened = {**before, "auto_approve_max_risk": 0.1}
    response = client_for(officer).patch(
        f"{MODES}{mode.pk}/", {"decision_thresholds": tightened}, format="json"
    )
    assert response.status_code == 200, response.content
    (event,) = OutboxEvent.objects.filter(event_type="mode_changed", aggregate_id=str(mode.pk))
    assert event.domain == "orchestration"
    assert event.payload["by"] == officer.username
    assert event.payload["version"] == response.json()["version"]
    assert event.payload["changes"] == {"decision_thresholds": {"before": before, "after": tightened}}


def test_a_policy_change_is_announced_on_the_governance_stream():
    from airport_platform.events.models import OutboxEvent
    from tests.governance.factories import GovernancePolicyFactory

    officer = make_user(GOVERNANCE_OFFICERS)
    policy = GovernancePolicyFactory()
    response = client_for(officer).patch(
        f"/api/v1/governance/governance-policies/{policy.pk}/", {"is_active": False}, format="json"
    )
    assert response.status_code == 200, response.content
    (event,) = OutboxEvent.objects.filter(event_type="policy_changed", aggregate_id=str(policy.pk))
    assert event.domain == "governance"
    assert event.payload["changes"]["is_active"]["after"] is False
    assert event.payload["by"] == officer.username


def test_the_schema_documents_no_write_on_read_only_resources(auditor_client):
    paths = auditor_client.get("/api/schema/?format=json").json()["paths"]
    for url in ("/api/v1/orchestration/approvals/", "/api/v1/governance/decision-audits/"):
        assert set(paths[url]) == {"get"}, url
        assert set(paths[url + "{id}/"]) == {"get"}, url
    assert "post" in paths["/api/v1/orchestration/decisions/"]
