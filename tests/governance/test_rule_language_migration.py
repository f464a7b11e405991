"""governance 0006 upgrades the free-form documents existing databases hold (the demo's among
them) to the rule language, and back."""

import importlib

import pytest
from django.apps import apps

from governance.models import EthicalPrinciple, GovernancePolicy
from governance.rules import rules_problems
from tests.governance.factories import POLICIES, PRINCIPLES

pytestmark = pytest.mark.django_db

migration = importlib.import_module("governance.migrations.0006_rule_language")


def old_policy(name, document, **fields):
    # objects.create skips the validators, as the rows written before the language did.
    return GovernancePolicy.objects.create(
        name=name, policy_type="safety", implementation_level="enforced", policy_rules=document, **fields
    )


def test_the_demos_old_rows_become_the_demos_new_rules():
    for name, demo in migration.DEMO_POLICIES.items():
        old_policy(name, demo["old"], override_conditions={"allowed_roles": ["operations_director"]})
    for name, demo in migration.DEMO_PRINCIPLES.items():
        EthicalPrinciple.objects.create(name=name, description="d", implementation_rules=demo["old"])

    migration.upgrade(apps, None)

    current = {p[0]: p for p in POLICIES}
    for policy in GovernancePolicy.objects.all():
        _name, _type, level, domains, document = current[policy.name]
        assert (policy.policy_rules, policy.implementation_level, policy.affected_domains) == (
            document,
            level,
            domains,
        )
        assert policy.override_conditions == {
            "allowed_groups": ["operations_directors"],
            "requires_reason": True,
        }
        assert policy.version == 2  # the change is a new version (and a history row)
    assert {p.name: p.implementation_rules for p in EthicalPrinciple.objects.all()} == {
        name: document for name, _c, _d, document in PRINCIPLES
    }

    migration.downgrade(apps, None)
    assert {p.name: p.policy_rules for p in GovernancePolicy.objects.all()} == {
        name: demo["old"] for name, demo in migration.DEMO_POLICIES.items()
    }


def test_other_old_shapes_are_converted_or_kept_as_legacy_without_effect():
    approval = old_policy(
        "A",
        {"when": {"priority": ["critical", "high"]}, "approver_role": "duty_manager", "timeout_minutes": 5},
    )
    escalation = old_policy(
        "E", {"after_minutes": 20, "escalate_to": "director", "decision_types": ["security"]}
    )
    autonomy = old_policy("L", {"action_types": ["close_lane", "dispatch"]})
    unknown = old_policy("U", {"anything": "else"}, override_conditions={"requires_reason": True})

    migration.upgrade(apps, None)

    for policy in GovernancePolicy.objects.all():
        assert rules_problems(policy.policy_rules, policy=True) == []
    (rule,) = GovernancePolicy.objects.get(pk=approval.pk).policy_rules["rules"]
    assert rule["when"] == "priority in ['critical', 'high']"
    assert rule["then"] == {
        "outcome": "require_approval",
        "approver_group": "duty_managers",
        "deadline_minutes": 5,
    }
    (rule,) = GovernancePolicy.objects.get(pk=escalation.pk).policy_rules["rules"]
    assert rule["then"]["after_minutes"] == 20 and rule["when"] == "type in ['security']"
    (rule,) = GovernancePolicy.objects.get(pk=autonomy.pk).policy_rules["rules"]
    assert rule["then"]["action_types"] == ["close_lane", "dispatch"]
    kept = GovernancePolicy.objects.get(pk=unknown.pk)
    assert kept.policy_rules == {"version": 1, "rules": [], "legacy": {"anything": "else"}}
    assert kept.override_conditions is None  # named nobody: nobody may override

    migration.downgrade(apps, None)
    assert GovernancePolicy.objects.get(pk=unknown.pk).policy_rules == {"anything": "else"}
