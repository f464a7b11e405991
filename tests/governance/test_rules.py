"""The rule language is validated on every write: a clear 400 (API) or form error (admin)
naming the path of the problem (governance/rules.py)."""

import pytest
from rest_framework.test import APIClient

from governance.models import EthicalPrinciple, GovernancePolicy
from tests.admin_support import superuser_client, url
from tests.governance.factories import POLICIES, PRINCIPLES, rule, rules

pytestmark = pytest.mark.django_db

POLICIES_URL = "/api/v1/governance/governance-policies/"


@pytest.fixture
def api(db):
    from django.contrib.auth import get_user_model

    client = APIClient()
    client.force_authenticate(get_user_model().objects.create_superuser("gov", "g@example.com", "x"))
    return client


def policy_body(document, **extra):
    return {
        "policy_type": "safety",
        "name": "Test policy",
        "policy_rules": document,
        "implementation_level": "enforced",
        **extra,
    }


@pytest.mark.parametrize(
    "document, path, words",
    [
        ({"rules": []}, "", "'version' is a required property"),
        (rules(rule("x", "risk >", "forbid")), "rules/0/when", "syntax error"),
        (rules(rule("x", "rsk > 0.5", "forbid")), "rules/0/when", "unknown field 'rsk'"),
        (rules(rule("x", "impact_assessment.safety == 'ok'", "forbid")), "rules/0/when", "['safety']"),
        (rules(rule("x", None, "approve")), "rules/0/then/outcome", "is not one of"),
        (rules(rule("x", None, "escalate", after_minutes=5)), "rules/0/then", "'escalate_to' is a required"),
        (
            rules(rule("x", None, "limit_autonomy", action_types=["fly"])),
            "rules/0/then/action_types/0",
            "fly",
        ),
        (rules(rule("x", None, "forbid", approver_group="duty_managers")), "rules/0/then", "approver_group"),
        (rules(rule("x", None, "forbid"), rule("x", None, "forbid")), "rules/1/id", "duplicate"),
        (rules(rule("x", None, "require_approval", approvals=0)), "rules/0/then/approvals", "minimum"),
        (rules(rule("x", None, "forbid"), level="advisory"), "level", "implementation_level"),
    ],
)
def test_invalid_rules_are_refused_with_the_path_of_the_problem(api, document, path, words):
    response = api.post(POLICIES_URL, policy_body(document), format="json")
    assert response.status_code == 400, response.content
    (message,) = response.json()["policy_rules"]
    assert message.startswith(f"{path}: " if path else "") and words in message
    assert not GovernancePolicy.objects.exists()


def test_a_valid_policy_is_stored_and_a_patch_is_validated_too(api):
    created = api.post(
        POLICIES_URL,
        policy_body(
            rules(rule("critical", "priority == 'critical'", "require_approval", deadline_minutes=15)),
            override_conditions={"allowed_groups": ["operations_directors"], "requires_reason": True},
        ),
        format="json",
    )
    assert created.status_code == 201, created.content
    response = api.patch(
        f"{POLICIES_URL}{created.json()['id']}/",
        {"policy_rules": rules(rule("critical", "priority = 'critical'", "forbid"))},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["policy_rules"][0].startswith("rules/0/when: ")


def test_override_conditions_must_name_groups_and_always_need_a_reason(api):
    response = api.post(
        POLICIES_URL,
        policy_body(rules(), override_conditions={"allowed_roles": ["director"], "requires_reason": False}),
        format="json",
    )
    assert response.status_code == 400
    messages = response.json()["override_conditions"]
    assert any("allowed_groups" in m for m in messages) and any(
        m.startswith("requires_reason: ") for m in messages
    )


def test_principles_rules_are_validated_too(api):
    response = api.post(
        "/api/v1/governance/ethical-principles/",
        {"name": "P", "description": "d", "implementation_rules": rules(rule("x", "nope(", "forbid"))},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["implementation_rules"][0].startswith("rules/0/when: ")
    assert not EthicalPrinciple.objects.exists()


def test_the_admin_form_shows_the_same_error():
    client = superuser_client()
    response = client.post(
        url(GovernancePolicy, "add"),
        {
            "policy_type": "safety",
            "name": "Admin policy",
            "policy_rules": '{"version": 1, "rules": [{"id": "a", "when": "rsk > 1", "then": {"outcome": "forbid"}}]}',
            "implementation_level": "enforced",
            "is_active": "on",
        },
    )
    assert response.status_code == 200  # the form again, with its error
    assert "rules/0/when: unknown field" in response.text
    assert not GovernancePolicy.objects.exists()


@pytest.mark.parametrize("spec", POLICIES, ids=lambda s: s[0])
def test_every_demo_policy_is_valid(spec):
    name, policy_type, level, domains, document = spec
    GovernancePolicy(
        name=name, policy_type=policy_type, implementation_level=level, policy_rules=document
    ).full_clean()


@pytest.mark.parametrize("spec", PRINCIPLES, ids=lambda s: s[0])
def test_every_demo_principle_is_valid(spec):
    name, category, description, document = spec
    EthicalPrinciple(
        name=name, description=description, category=category, implementation_rules=document
    ).full_clean()
