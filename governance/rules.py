"""The governance rule language, version 1 (docs/governance.md): the one definition of what
`governance_policies.policy_rules` and `ethical_principles.implementation_rules` may say.

    {"version": 1,
     "rules": [{"id": "critical-needs-duty-manager",
                "when": "priority == 'critical'",
                "then": {"outcome": "require_approval", "approver_group": "duty_managers",
                         "deadline_minutes": 15}}]}

A rule's `when` is a condition in the `rule-engine` expression language (zeroSteiner's
rule-engine: a typed grammar compiled to an AST, no `eval`), checked when the document is written
against the symbols of `SYMBOLS` (an unknown field or a syntax error is refused with its path).
A rule without `when` always matches; `moments` limits it to some evaluation moments.
`then.outcome` is one of `orchestration.policy.OUTCOMES`, with that outcome's parameters.
"""

from __future__ import annotations

import functools

import rule_engine
from django.conf import settings
from django.core.exceptions import ValidationError

from airport_platform.validators import JSONSchemaValidator
from orchestration.choices import ActionType
from orchestration.policy import (
    ESCALATE,
    FORBID,
    LIMIT_AUTONOMY,
    OUTCOMES,
    REQUIRE_APPROVAL,
    REQUIRE_AUDIT,
)

from .choices import ImplementationLevel

LANGUAGE_VERSION = 1

# When orchestration asks (orchestration/signals.py `decision_evaluating`), plus "review": the
# dry run and the governance page evaluating a decision as it stands.
MOMENTS = ("proposed", "action_added", "action_started", "transition")

_D = rule_engine.DataType
# What a condition may name, and its type (docs/governance.md lists them with examples).
SYMBOLS = {
    "type": _D.STRING,
    "priority": _D.STRING,
    "status": _D.STRING,
    "risk": _D.FLOAT,
    "confidence": _D.FLOAT,
    "description": _D.STRING,
    "requested_by": _D.STRING,
    "impact_assessment": _D.MAPPING(_D.STRING),
    "domain_details": _D.MAPPING(_D.STRING),
    "tags": _D.ARRAY(_D.STRING),
    "domains": _D.ARRAY(_D.STRING),  # domains of the decision's actions
    "actions": _D.ARRAY(_D.MAPPING(_D.STRING)),  # each: type, domain, status, parameters
    "action_types": _D.ARRAY(_D.STRING),
    "action": _D.MAPPING(_D.STRING),  # the action being added or started, else null
    "mode": _D.STRING,  # name of the active operating mode, or null
    "moment": _D.STRING,
    "target": _D.STRING,  # status the decision is about to enter, or null
    "actor": _D.STRING,
    "autonomous": _D.BOOLEAN,  # the platform itself acts (auto-approval), no person
    "now": _D.DATETIME,  # in the airport's time zone
    "hour": _D.FLOAT,  # local hour of day, 0-23
}

_CONTEXT = rule_engine.Context(
    type_resolver=rule_engine.type_resolver_from_dict(SYMBOLS),
    default_timezone=settings.TIME_ZONE,
    mapping_attribute_lookup=False,  # keys are read as mapping['key'] (or &['key'] when optional)
)

_GROUP = {"type": "string", "minLength": 1, "maxLength": 150}  # auth Group name
_MINUTES = {"type": "integer", "minimum": 0, "maximum": 7 * 24 * 60}


def _when(outcome: str, required: list[str]) -> dict:
    return {"if": {"properties": {"outcome": {"const": outcome}}}, "then": {"required": required}}


RULES_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": f"Governance rules, version {LANGUAGE_VERSION}",
    "type": "object",
    "required": ["version", "rules"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": LANGUAGE_VERSION},
        # Ethical principles have no implementation_level column: their document says it
        # (default enforced). A policy's level is its column, never this key.
        "level": {"enum": list(ImplementationLevel.values)},
        # A pre-language document kept for reference by the upgrade migration; it has no effect.
        "legacy": {},
        "rules": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["id", "then"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"},
                    "description": {"type": "string", "maxLength": 500},
                    "when": {"type": "string", "minLength": 1, "maxLength": 2000},
                    "moments": {
                        "type": "array",
                        "items": {"enum": list(MOMENTS)},
                        "minItems": 1,
                        "uniqueItems": True,
                    },
                    "then": {
                        "type": "object",
                        "required": ["outcome"],
                        "additionalProperties": False,
                        "properties": {
                            "outcome": {"enum": list(OUTCOMES)},
                            "message": {"type": "string", "maxLength": 500},
                            # require_approval
                            "approver_group": _GROUP,
                            "approvals": {"type": "integer", "minimum": 1, "maximum": 5},
                            "deadline_minutes": {**_MINUTES, "minimum": 1},
                            # escalate
                            "after_minutes": _MINUTES,
                            "escalate_to": _GROUP,
                            # limit_autonomy
                            "action_types": {
                                "type": "array",
                                "items": {"enum": list(ActionType.values)},
                                "minItems": 1,
                                "uniqueItems": True,
                            },
                        },
                        "allOf": [
                            _when(ESCALATE, ["after_minutes", "escalate_to"]),
                            _when(LIMIT_AUTONOMY, ["action_types"]),
                        ],
                    },
                },
            },
        },
    },
}

# Which parameters belong to which outcome (others are refused: a typo must not pass silently).
OUTCOME_PARAMETERS = {
    FORBID: {"message"},
    REQUIRE_APPROVAL: {"message", "approver_group", "approvals", "deadline_minutes"},
    REQUIRE_AUDIT: {"message"},
    ESCALATE: {"message", "after_minutes", "escalate_to"},
    LIMIT_AUTONOMY: {"message", "action_types"},
}

OVERRIDE_CONDITIONS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Who may override an enforced outcome of this policy (always with a reason)",
    "type": "object",
    "required": ["allowed_groups"],
    "additionalProperties": False,
    "properties": {
        "allowed_groups": {"type": "array", "items": _GROUP, "minItems": 1, "uniqueItems": True},
        "requires_reason": {"const": True},
    },
}


class RuleError(ValueError):
    """A condition that does not compile (syntax, unknown field, wrong type)."""


@functools.lru_cache(maxsize=2048)
def compiled(condition: str) -> rule_engine.Rule:
    """The compiled condition (cached: documents change rarely, decisions often)."""
    try:
        return rule_engine.Rule(condition, context=_CONTEXT)
    except rule_engine.errors.EngineError as error:
        message = getattr(error, "message", None) or str(error)
        if isinstance(error, rule_engine.errors.SymbolResolutionError):
            message = f"unknown field {error.symbol_name!r} (known: {', '.join(sorted(SYMBOLS))})"
        elif (
            isinstance(error, rule_engine.errors.AttributeResolutionError)
            or "attribute access on a MAPPING" in message
        ):
            name = getattr(error, "attribute_name", None) or message.split("mapping[")[-1].split("]")[
                0
            ].strip("'\"")
            message = (
                f"no attribute {name!r} here (read a JSON key as field['{name}'], or as "
                f"field&['{name}'] when it may be missing)"
            )
        raise RuleError(message) from None


class RulesValidator(JSONSchemaValidator):
    """`policy_rules` / `implementation_rules`: the schema, then each rule's parameters and
    condition (compiled against SYMBOLS)."""

    schema = RULES_SCHEMA

    def extra_checks(self, value) -> list[str]:
        problems, seen = [], set()
        for index, rule in enumerate(value["rules"]):
            where = f"rules/{index}"
            if rule["id"] in seen:
                problems.append(f"{where}/id: duplicate rule id {rule['id']!r}")
            seen.add(rule["id"])
            then = rule["then"]
            extra = sorted(set(then) - {"outcome"} - OUTCOME_PARAMETERS[then["outcome"]])
            if extra:
                problems.append(f"{where}/then: {', '.join(extra)} not used by outcome {then['outcome']!r}")
            if "when" in rule:
                try:
                    compiled(rule["when"])
                except RuleError as error:
                    problems.append(f"{where}/when: {error}")
        return problems


class PolicyRulesValidator(RulesValidator):
    def extra_checks(self, value) -> list[str]:
        problems = super().extra_checks(value)
        if "level" in value:
            problems.append(
                "level: a policy's level is its implementation_level column, not part of its rules"
            )
        return problems


class OverrideConditionsValidator(JSONSchemaValidator):
    schema = OVERRIDE_CONDITIONS_SCHEMA


def rules_problems(document, *, policy: bool) -> list[str]:
    """Every problem of a stored rules document, each prefixed with its JSON path (empty: valid).
    Rows written around the validators (raw SQL, `QuerySet.update`) are checked again here."""
    try:
        (PolicyRulesValidator if policy else RulesValidator)()(document)
    except ValidationError as error:
        return list(error.messages)
    return []
