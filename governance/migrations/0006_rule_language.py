"""
Migration: governance 0006_rule_language

Description:  The governance rule language, version 1 (governance/rules.py, docs/governance.md):
              policy_rules, implementation_rules and override_conditions are validated on
              write, and existing rows of the older free-form shapes are upgraded in place:
              - {"when": {"priority": [...]}, "approver_role": R, "timeout_minutes": N}
                -> a require_approval rule (group R + "s", deadline N);
              - {"action_types": [...], ...} -> a limit_autonomy rule;
              - {"after_minutes": N, "escalate_to": G, "decision_types"?: [...]} -> an escalate rule;
              - {"require_approval_for_priorities": [...]} (principle) -> a require_approval rule;
              - the demo's six policies and seven principles, recognised by name and exact old
                document, get the demo's new rules (and level, domains, override groups);
              - anything else -> {"version": 1, "rules": [], "legacy": <the old document>}: it
                never had an effect, it keeps none, and the old text stays for its author to
                rewrite (the admin and API show it);
              - override_conditions {"allowed_roles": [...]} -> {"allowed_groups": [...]}.
              Each upgraded row gets a new version (trigger) and a history row.
Version:      1.0.0
Dependencies: governance 0005_rollups
Author:       Airport platform team
Date:         2026-12-02
Reversible:   yes: the reverse puts back the demo's old documents and every "legacy" copy; rows
              upgraded from a recognised shape keep the new language (still readable by hand).
"""

from django.db import migrations, models

import governance.rules

# The demo's rows as `seed_demo` wrote them before this migration, and as it writes them now
# (frozen copies: a migration never imports the demo).
DEMO_POLICIES = {
    "Critical decisions need a duty manager": {
        "old": {"when": {"priority": ["critical"]}, "approver_role": "duty_manager", "timeout_minutes": 15},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "critical-needs-duty-manager",
                    "when": "priority == 'critical'",
                    "then": {
                        "outcome": "require_approval",
                        "approver_group": "duty_managers",
                        "deadline_minutes": 15,
                        "message": "Critical decisions are approved by a duty manager within 15 minutes.",
                    },
                }
            ],
        },
        "implementation_level": "enforced",
        "affected_domains": [],
    },
    "Security lanes are never closed autonomously": {
        "old": {"action_types": ["close_lane"], "max_autonomy_level": 2},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "close-lane-needs-a-human",
                    "when": "'close_lane' in action_types",
                    "then": {
                        "outcome": "limit_autonomy",
                        "action_types": ["close_lane"],
                        "message": "Closing a security lane always waits for a human approval.",
                    },
                },
                {
                    "id": "close-lane-approved-by-duty-manager",
                    "when": "'close_lane' in action_types",
                    "then": {
                        "outcome": "require_approval",
                        "approver_group": "duty_managers",
                        "message": "A duty manager approves every security lane closure.",
                    },
                },
            ],
        },
        "implementation_level": "enforced",
        "affected_domains": ["security"],
    },
    "Passenger data retention": {
        "old": {"retention_days": 30, "legal_basis": "GDPR art. 6(1)(b)"},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "retention-over-30-days",
                    "when": "(impact_assessment&['data_retention_days'] "
                    "?? 0) > 30 or [a for a in actions if "
                    "(a['parameters']&['retention_days'] ?? "
                    "0) > 30]",
                    "then": {
                        "outcome": "forbid",
                        "message": "Passenger data is kept 30 days at most (GDPR art. 6(1)(b)).",
                    },
                }
            ],
        },
        "implementation_level": "mandatory",
        "affected_domains": ["passenger_experience"],
    },
    "PRM wait-time fairness": {
        "old": {"metric": "wait_time_gap", "group": "reduced_mobility", "max_gap_min": 5},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "prm-wait-gap-over-5-min",
                    "when": "(impact_assessment&['prm_wait_gap_min'] ?? 0) > 5",
                    "then": {
                        "outcome": "require_approval",
                        "approver_group": "duty_managers",
                        "message": "Reduced-mobility passengers "
                        "would wait over 5 minutes "
                        "longer than others.",
                    },
                }
            ],
        },
        "implementation_level": "mandatory",
        "affected_domains": ["passenger_experience", "security"],
    },
    "Escalate unresolved approvals": {
        "old": {"after_minutes": 10, "escalate_to": "operations_director"},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "unanswered-10-min",
                    "then": {
                        "outcome": "escalate",
                        "after_minutes": 10,
                        "escalate_to": "operations_directors",
                        "message": "An approval has waited 10 minutes: the operations director is alerted.",
                    },
                }
            ],
        },
        "implementation_level": "enforced",
        "affected_domains": [],
    },
    "Weekly audit of autonomous decisions": {
        "old": {"sample_share": 0.1, "reviewers": 2},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "autonomous-approval",
                    "when": "autonomous and target == 'approved'",
                    "then": {
                        "outcome": "require_audit",
                        "message": "Approved without a person: part of the weekly review sample.",
                    },
                    "moments": ["transition"],
                }
            ],
        },
        "implementation_level": "advisory",
        "affected_domains": [],
    },
}
DEMO_PRINCIPLES = {
    "Safety first": {
        "old": {"reject_if": "impact_assessment.safety in ['degraded', 'critical'] and not human_approved"},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "degraded-safety-needs-a-duty-manager",
                    "when": "(impact_assessment&['safety'] ?? '') in ['degraded', 'critical']",
                    "then": {
                        "outcome": "require_approval",
                        "approver_group": "duty_managers",
                        "message": "Safety margins would be degraded: never without a duty manager's approval.",
                    },
                }
            ],
        },
    },
    "Meaningful human oversight": {
        "old": {"require_approval_for_priorities": ["critical"], "max_autonomy_level": 4},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "high-risk-needs-a-human",
                    "when": "risk >= 0.8",
                    "then": {
                        "outcome": "require_approval",
                        "message": "Risk of 0.8 or more is never accepted without a person.",
                    },
                }
            ],
        },
    },
    "Fair treatment of all passengers": {
        "old": {"max_wait_time_gap_min": 5, "min_disparate_impact_ratio": 0.8},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "group-disadvantaged",
                    "when": "(impact_assessment&['prm_wait_gap_min'] "
                    "?? 0) > 5 or "
                    "(impact_assessment&['disparate_impact_ratio'] "
                    "?? 1) < 0.8",
                    "then": {
                        "outcome": "require_audit",
                        "message": "Predicted unequal "
                        "treatment of a "
                        "passenger group: "
                        "review the fairness "
                        "metrics.",
                    },
                }
            ],
        },
    },
    "Explainable decisions": {
        "old": {"explanation_required": True, "audience": "operator"},
        "new": {
            "version": 1,
            "level": "recommended",
            "rules": [
                {
                    "id": "explanation-missing",
                    "when": "description == ''",
                    "then": {
                        "outcome": "require_audit",
                        "message": "The decision carries no description a duty manager could read.",
                    },
                }
            ],
        },
    },
    "Data minimisation": {
        "old": {"retention_days": 30, "pseudonymise": ["passenger_id"]},
        "new": {
            "version": 1,
            "level": "recommended",
            "rules": [
                {
                    "id": "no-raw-passenger-ids",
                    "when": "[a for a in actions if 'passenger_id' in a['parameters']]",
                    "then": {
                        "outcome": "require_audit",
                        "message": "An action carries raw passenger ids: pseudonymise them.",
                    },
                }
            ],
        },
    },
    "Clear accountability": {
        "old": {"audit_fields": ["operating_mode", "approved_by", "thresholds"]},
        "new": {
            "version": 1,
            "rules": [
                {
                    "id": "no-mode-no-autonomy",
                    "when": "mode == null and autonomous",
                    "then": {
                        "outcome": "forbid",
                        "message": "No operating mode is active: nothing says which thresholds allowed this.",
                    },
                }
            ],
        },
    },
    "Climate-aware operations": {
        "old": {"tie_breaker": "tco2e"},
        "new": {
            "version": 1,
            "level": "advisory",
            "rules": [
                {
                    "id": "carbon-increase",
                    "when": "(impact_assessment&['tco2e_delta'] ?? 0) > 0",
                    "then": {
                        "outcome": "require_audit",
                        "message": "This option emits more CO2e "
                        "than the baseline: was a "
                        "lower-carbon one "
                        "equivalent?",
                    },
                }
            ],
        },
    },
}

ROLE_GROUPS = {"duty_manager": "duty_managers", "operations_director": "operations_directors"}


def _group(role) -> str:
    role = str(role)
    return ROLE_GROUPS.get(role, role)


def _quoted(values) -> str:
    return "[" + ", ".join(repr(str(v)) for v in values) + "]"


def upgraded(document: dict, *, principle: bool) -> dict:
    """The old free-form document in the rule language (see the header)."""
    if not isinstance(document, dict) or document.get("version") == 1:
        return document
    rules = []
    when = document.get("when")
    if isinstance(when, dict) and when.get("priority") and document.get("approver_role"):
        then = {"outcome": "require_approval", "approver_group": _group(document["approver_role"])}
        if isinstance(document.get("timeout_minutes"), int) and document["timeout_minutes"] > 0:
            then["deadline_minutes"] = document["timeout_minutes"]
        rules.append({"id": "approval", "when": f"priority in {_quoted(when['priority'])}", "then": then})
    elif isinstance(document.get("action_types"), list) and document["action_types"]:
        types = [str(t) for t in document["action_types"]]
        rules.append(
            {
                "id": "autonomy-limit",
                "when": " or ".join(f"{t!r} in action_types" for t in types),
                "then": {"outcome": "limit_autonomy", "action_types": types},
            }
        )
    elif isinstance(document.get("after_minutes"), int) and document.get("escalate_to"):
        rule = {
            "id": "escalation",
            "then": {
                "outcome": "escalate",
                "after_minutes": document["after_minutes"],
                "escalate_to": _group(document["escalate_to"]),
            },
        }
        if document.get("decision_types"):
            rule["when"] = f"type in {_quoted(document['decision_types'])}"
        rules.append(rule)
    elif principle and document.get("require_approval_for_priorities"):
        rules.append(
            {
                "id": "approval",
                "when": f"priority in {_quoted(document['require_approval_for_priorities'])}",
                "then": {"outcome": "require_approval"},
            }
        )
    new = {"version": 1, "rules": rules}
    if not rules:
        new["legacy"] = document
    return new


def upgrade(apps, schema_editor):
    Policy = apps.get_model("governance", "GovernancePolicy")
    Principle = apps.get_model("governance", "EthicalPrinciple")
    for policy in Policy.objects.all():
        demo = DEMO_POLICIES.get(policy.name)
        if demo and policy.policy_rules == demo["old"]:
            Policy.objects.filter(pk=policy.pk).update(
                policy_rules=demo["new"],
                implementation_level=demo["implementation_level"],
                affected_domains=demo["affected_domains"],
                override_conditions={"allowed_groups": ["operations_directors"], "requires_reason": True},
            )
            continue
        rules = upgraded(policy.policy_rules, principle=False) if policy.policy_rules else policy.policy_rules
        overrides = policy.override_conditions
        if isinstance(overrides, dict) and "allowed_groups" not in overrides:
            roles = overrides.get("allowed_roles") or []
            overrides = (
                {"allowed_groups": [_group(r) for r in roles], "requires_reason": True} if roles else None
            )
        if rules != policy.policy_rules or overrides != policy.override_conditions:
            Policy.objects.filter(pk=policy.pk).update(policy_rules=rules, override_conditions=overrides)
    for principle in Principle.objects.all():
        rules = principle.implementation_rules
        demo = DEMO_PRINCIPLES.get(principle.name)
        if demo and rules == demo["old"]:
            Principle.objects.filter(pk=principle.pk).update(implementation_rules=demo["new"])
            continue
        new = upgraded(rules, principle=True) if rules else rules
        if new != rules:
            Principle.objects.filter(pk=principle.pk).update(implementation_rules=new)


def downgrade(apps, schema_editor):
    Policy = apps.get_model("governance", "GovernancePolicy")
    Principle = apps.get_model("governance", "EthicalPrinciple")
    for demos, model, field in (
        (DEMO_POLICIES, Policy, "policy_rules"),
        (DEMO_PRINCIPLES, Principle, "implementation_rules"),
    ):
        for name, demo in demos.items():
            model.objects.filter(name=name, **{field: demo["new"]}).update(**{field: demo["old"]})
    for model, field in ((Policy, "policy_rules"), (Principle, "implementation_rules")):
        for row in model.objects.all():
            document = getattr(row, field)
            if isinstance(document, dict) and "legacy" in document:
                model.objects.filter(pk=row.pk).update(**{field: document["legacy"]})


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0005_rollups"),
    ]

    operations = [
        migrations.AlterField(
            model_name="ethicalprinciple",
            name="implementation_rules",
            field=models.JSONField(blank=True, null=True, validators=[governance.rules.RulesValidator()]),
        ),
        migrations.AlterField(
            model_name="governancepolicy",
            name="override_conditions",
            field=models.JSONField(
                blank=True, null=True, validators=[governance.rules.OverrideConditionsValidator()]
            ),
        ),
        migrations.AlterField(
            model_name="governancepolicy",
            name="policy_rules",
            field=models.JSONField(blank=True, validators=[governance.rules.PolicyRulesValidator()]),
        ),
        migrations.RunPython(upgrade, downgrade),
    ]
