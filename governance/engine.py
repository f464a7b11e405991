"""The policy engine: what the active governance policies and ethical principles require of a
decision at one moment (docs/governance.md).

`evaluate()` reads; it writes nothing. The receiver of `decision_evaluating`
(governance/receivers.py) records each evaluation as one `decision_audits` row
(`evaluation_audit_record`, governance/audits.py) and hands the `Verdict` to orchestration,
which applies it (orchestration/policy.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

import rule_engine
from django.utils import timezone

from orchestration.models import Action, OperatingMode
from orchestration.policy import (
    ESCALATE,
    LIMIT_AUTONOMY,
    REQUIRE_APPROVAL,
    Requirement,
    Verdict,
)

from .choices import ImplementationLevel
from .models import EthicalPrinciple, GovernancePolicy
from .rules import compiled, rules_problems

logger = logging.getLogger(__name__)

PLATFORM_ACTOR = "platform"  # orchestration's name for what it does on its own (auto-approval)
POLICY, PRINCIPLE = "policy", "principle"
DEFAULT_PRINCIPLE_LEVEL = ImplementationLevel.ENFORCED


@dataclass(frozen=True)
class Source:
    """A policy or a principle, as the engine reads it."""

    kind: str  # POLICY or PRINCIPLE
    id: str
    name: str
    version: int
    level: str
    document: dict | None
    domains: frozenset[str]  # empty: every domain
    override_groups: tuple[str, ...]
    policy_type: str | None = None

    @classmethod
    def of_policy(cls, policy: GovernancePolicy) -> Source:
        overrides = policy.override_conditions if isinstance(policy.override_conditions, dict) else {}
        return cls(
            kind=POLICY,
            id=str(policy.pk),
            name=policy.name,
            version=policy.version,
            level=policy.implementation_level,
            document=policy.policy_rules,
            domains=frozenset(policy.affected_domains or ()),
            override_groups=tuple(overrides.get("allowed_groups") or ()),
            policy_type=policy.policy_type,
        )

    @classmethod
    def of_principle(cls, principle: EthicalPrinciple) -> Source:
        document = principle.implementation_rules
        level = document.get("level") if isinstance(document, dict) else None
        return cls(
            kind=PRINCIPLE,
            id=str(principle.pk),
            name=principle.name,
            version=principle.version,
            level=level or DEFAULT_PRINCIPLE_LEVEL,
            document=document,
            domains=frozenset(),
            override_groups=(),
        )

    def identity(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "level": self.level,
            **({"policy_type": self.policy_type} if self.policy_type else {}),
        }


def active_sources() -> list[Source]:
    """Every active policy and principle (two queries)."""
    return [
        *(
            Source.of_policy(p)
            for p in GovernancePolicy.objects.filter(is_active=True).order_by("name", "pk")
        ),
        *(
            Source.of_principle(p)
            for p in EthicalPrinciple.objects.filter(is_active=True).order_by("priority", "name", "pk")
        ),
    ]


def _text(value) -> str | None:
    return None if value is None else str(value)


def _number(value) -> Decimal | None:
    # A row built in memory may still hold what a client sent ("0.5", a float).
    return None if value is None else Decimal(str(value))


def _action_facts(action) -> dict:
    return {
        "id": str(action.pk) if action.pk else None,
        "type": _text(action.type),
        "domain": _text(action.domain),
        "status": _text(action.status),
        "parameters": action.parameters if isinstance(action.parameters, dict) else {},
        "execution_order": action.execution_order,
    }


def _actor_name(actor) -> str:
    if actor is None:
        return PLATFORM_ACTOR
    return actor.get_username() if hasattr(actor, "get_username") else str(actor)


def decision_facts(
    *, decision, moment: str, action=None, target=None, actor=None, mode_name=..., now=None
) -> dict:
    """The values a rule's condition may name (governance/rules.py SYMBOLS). `mode_name` (the
    active mode's) and `now` are looked up unless given (dry runs, the demo's past)."""
    actions = [
        _action_facts(a) for a in Action.objects.filter(decision_id=decision.pk).order_by("execution_order")
    ]
    if action is not None:
        current = _action_facts(action)
        actions = [a for a in actions if a["id"] is None or a["id"] != current["id"]] + [current]
    else:
        current = None
    if mode_name is ...:
        mode_name = OperatingMode.objects.filter(is_active=True).values_list("name", flat=True).first()
    now = timezone.localtime(now)
    name = _actor_name(actor)
    return {
        # str(): a TextChoices member (a fresh row's value) is not a plain string to rule-engine
        "type": _text(decision.type),
        "priority": _text(decision.priority),
        "status": _text(decision.status),
        "risk": _number(decision.risk),
        "confidence": _number(decision.confidence),
        "description": decision.description or "",
        "requested_by": decision.requested_by,
        "impact_assessment": decision.impact_assessment
        if isinstance(decision.impact_assessment, dict)
        else {},
        "domain_details": decision.domain_details if isinstance(decision.domain_details, dict) else {},
        "tags": tuple(decision.tags or ()),
        "domains": tuple(dict.fromkeys(a["domain"] for a in actions)),
        "actions": tuple(actions),
        "action_types": tuple(dict.fromkeys(a["type"] for a in actions)),
        "action": current,
        "mode": mode_name,
        "moment": _text(moment),
        "target": _text(target),
        "actor": name,
        "autonomous": name == PLATFORM_ACTOR,
        "now": now,
        "hour": now.hour,
    }


def _requirement(source: Source, rule: dict) -> Requirement:
    then = rule["then"]
    outcome = then["outcome"]
    return Requirement(
        source=source.kind,
        source_id=source.id,
        source_name=source.name,
        version=source.version,
        rule=rule["id"],
        outcome=outcome,
        level=source.level,
        message=then.get("message", ""),
        approver_group=then.get("approver_group") if outcome == REQUIRE_APPROVAL else None,
        approvals=then.get("approvals", 1),
        deadline_minutes=then.get("deadline_minutes"),
        escalate_after_minutes=then.get("after_minutes") if outcome == ESCALATE else None,
        escalate_to=then.get("escalate_to") if outcome == ESCALATE else None,
        action_types=tuple(then.get("action_types", ())) if outcome == LIMIT_AUTONOMY else (),
        override_groups=source.override_groups,
    )


def rule_matches(rule: dict, facts: dict) -> bool:
    """Does `rule` apply to these facts? Raises rule_engine.errors.EngineError when the
    condition cannot be evaluated on them (a wrong type in a decision's JSON, say)."""
    moments = rule.get("moments")
    if moments and facts["moment"] not in moments:
        return False
    condition = rule.get("when")
    return True if condition is None else compiled(condition).matches(facts)


_CHECKED: dict[tuple, list[str]] = {}


def _problems(source: Source) -> list[str]:
    """The stored document's problems, checked once per version: every UPDATE bumps `version`
    (a trigger, raw SQL included), so (kind, id, version) names one content."""
    key = (source.kind, source.id, source.version)
    if key not in _CHECKED:
        if len(_CHECKED) > 4096:
            _CHECKED.clear()
        _CHECKED[key] = rules_problems(source.document, policy=source.kind == POLICY)
    return _CHECKED[key]


def evaluate_source(source: Source, facts: dict) -> tuple[list[Requirement], dict]:
    """The requirements of one policy or principle, and what the audit says about it."""
    entry = {"source": source.kind, **source.identity(), "matched": [], "errors": []}
    if source.domains and facts["domains"] and not source.domains.intersection(facts["domains"]):
        entry["applies"] = False
        entry["reason"] = "none of its affected domains"
        return [], entry
    entry["applies"] = True
    document = source.document
    if not document:
        entry["reason"] = "no rules"
        return [], entry
    problems = _problems(source)
    if problems:
        # Written around the validators (raw SQL): never guessed at, always flagged for review.
        logger.warning("%s %s (%s) has invalid rules: %s", source.kind, source.id, source.name, problems)
        entry["errors"] = problems
        return [], entry
    requirements = []
    for rule in document["rules"]:
        try:
            matched = rule_matches(rule, facts)
        except rule_engine.errors.EngineError as error:
            entry["errors"].append(f"rule {rule['id']}: {getattr(error, 'message', None) or error}")
            continue
        if matched:
            requirement = _requirement(source, rule)
            requirements.append(requirement)
            entry["matched"].append(requirement.as_dict())
    return requirements, entry


def evaluate(
    *, decision, moment: str, action=None, target=None, actor=None, sources: list[Source] | None = None
) -> Verdict:
    """What the active policies and principles (or `sources`) require of `decision` now."""
    facts = decision_facts(decision=decision, moment=moment, action=action, target=target, actor=actor)
    return evaluate_facts(facts, active_sources() if sources is None else sources)


def evaluate_facts(facts: dict, sources: list[Source]) -> Verdict:
    verdict = Verdict()
    for source in sources:
        requirements, entry = evaluate_source(source, facts)
        verdict.requirements.extend(requirements)
        verdict.evaluated.append(entry)
    return verdict
