"""Helpers of the governance tests: policies and principles in the rule language, decisions."""

from decimal import Decimal

from governance.choices import ImplementationLevel, PolicyType
from governance.models import EthicalPrinciple, GovernancePolicy
from tests.governance.factories import rules
from tests.orchestration.factories import ActionFactory, DecisionFactory


def make_policy(*rule_list, level=ImplementationLevel.ENFORCED, domains=None, overrides=None, **fields):
    """An active policy in the rule language, validated as the API and the admin validate it."""
    policy = GovernancePolicy(
        policy_type=fields.pop("policy_type", PolicyType.SAFETY),
        name=fields.pop("name", f"Policy {rule_list[0]['id'] if rule_list else 'empty'}"),
        policy_rules=rules(*rule_list),
        affected_domains=domains,
        implementation_level=level,
        override_conditions=overrides,
        **fields,
    )
    policy.full_clean()
    policy.save()
    return policy


def make_principle(*rule_list, level=None, **fields):
    document = rules(*rule_list, **({"level": level} if level else {}))
    principle = EthicalPrinciple(
        name=fields.pop("name", f"Principle {rule_list[0]['id']}"),
        description="d",
        implementation_rules=document,
    )
    principle.full_clean()
    principle.save()
    return principle


def make_decision(*, actions=(), **fields):
    """A proposed decision (written directly: orchestration's services are not under test here)."""
    defaults = dict(
        type="passenger_flow",
        priority="high",
        risk=Decimal("0.2"),
        confidence=Decimal("0.9"),
        impact_assessment={"passengers_affected": 120},
        description="Open lane 4",
    )
    decision = DecisionFactory(**{**defaults, **fields})
    for order, (action_type, domain, parameters) in enumerate(actions):
        ActionFactory(
            decision=decision, type=action_type, domain=domain, parameters=parameters, execution_order=order
        )
    return decision
