"""Each evaluation of the policy engine leaves one `decision_audits` row: its compliance status
comes from the verdict, its assessments list every policy and principle looked at (version,
rules matched, outcomes)."""

from __future__ import annotations

from django.utils import timezone

from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import Approval
from orchestration.policy import (
    ESCALATE,
    LIMIT_AUTONOMY,
    REQUIRE_APPROVAL,
    REQUIRE_AUDIT,
    Requirement,
    Verdict,
)

from .choices import AuditType, ComplianceStatus
from .engine import POLICY, PRINCIPLE
from .models import DecisionAudit

ENGINE = "governance-rules/1"  # marks rows written by the engine (the latest evaluation)
AUDITOR = "governance"
HUMAN_VERDICTS = (DecisionStatus.APPROVED, DecisionStatus.REJECTED)


def requirement_dict(requirement: Requirement) -> dict:
    """`Requirement.as_dict()` plus what the audit and the console also show."""
    extra = {}
    if requirement.outcome == ESCALATE:
        extra = {"after_minutes": requirement.escalate_after_minutes, "escalate_to": requirement.escalate_to}
    if requirement.override_groups:
        extra["override_groups"] = list(requirement.override_groups)
    return {**requirement.as_dict(), "binding": requirement.binding, **extra}


def _needs_a_person(requirement: Requirement, facts: dict) -> bool:
    if requirement.outcome == LIMIT_AUTONOMY:
        return bool(set(requirement.action_types).intersection(facts["action_types"]))
    return requirement.outcome in (REQUIRE_APPROVAL, REQUIRE_AUDIT)


def _approved_by_a_person(decision, facts: dict) -> bool:
    if facts["target"] == DecisionStatus.APPROVED and not facts["autonomous"]:
        return True
    return Approval.objects.filter(decision_id=decision.pk, status=ApprovalStatus.APPROVED).exists()


def summary(verdict: Verdict, facts: dict) -> dict:
    """What the verdict means for the decision, in one place (audit, API, admin panel)."""
    human = [r for r in verdict.requirements if r.binding and _needs_a_person(r, facts)]
    return {
        "forbidden": [requirement_dict(r) for r in verdict.forbidden],
        "needs_human": verdict.needs_human or any(r.outcome == LIMIT_AUTONOMY for r in human),
        "approver_groups": list(verdict.approver_groups),
        "approvals_required": verdict.approvals_required,
        "deadline_minutes": verdict.deadline_minutes,
        "limited_action_types": sorted(verdict.limited_action_types.intersection(facts["action_types"])),
        "audit_required": any(r.outcome == REQUIRE_AUDIT for r in human),
        "escalations": [requirement_dict(r) for r in verdict.binding(ESCALATE)],
        "override_groups": sorted({g for r in verdict.forbidden for g in r.override_groups}),
        "warnings": [requirement_dict(r) for r in verdict.warnings],
        "advisories": [requirement_dict(r) for r in verdict.requirements if r.level == "advisory"],
        "errors": [f"{e['name']}: {problem}" for e in verdict.evaluated for problem in e.get("errors", ())],
    }


def compliance_status(verdict: Verdict, facts: dict, *, decision) -> str:
    """non_compliant: an enforced rule forbids it; under_review: a person must still look at it
    (approval, autonomy limit or audit required and not yet given) or a rule could not be
    evaluated; partially_compliant: only recommendations are unmet; compliant otherwise."""
    if verdict.forbidden:
        return ComplianceStatus.NON_COMPLIANT
    if any(entry.get("errors") for entry in verdict.evaluated):
        return ComplianceStatus.UNDER_REVIEW
    human = [r for r in verdict.requirements if r.binding and _needs_a_person(r, facts)]
    if any(r.outcome == REQUIRE_AUDIT for r in human):
        return ComplianceStatus.UNDER_REVIEW
    if human and not _approved_by_a_person(decision, facts):
        return ComplianceStatus.UNDER_REVIEW
    if verdict.warnings:
        return ComplianceStatus.PARTIALLY_COMPLIANT
    return ComplianceStatus.COMPLIANT


def audit_type_for(facts: dict) -> str:
    if facts["moment"] != "transition":
        return AuditType.AUTOMATED
    if facts["target"] in HUMAN_VERDICTS and not facts["autonomous"]:
        return AuditType.HUMAN_REVIEW
    return AuditType.TRANSITION


def assessments(verdict: Verdict, facts: dict) -> tuple[dict, dict]:
    """(governance_assessment, ethical_assessment) of one evaluation."""
    action = facts["action"]
    context = {
        "engine": ENGINE,
        "moment": facts["moment"],
        "target": facts["target"],
        "actor": facts["actor"],
        "mode": facts["mode"],
        "evaluated_at": facts["now"].isoformat(),
        "action": {k: action[k] for k in ("id", "type", "domain")} if action else None,
    }

    def of(kind):
        return [e for e in verdict.evaluated if e["source"] == kind], [
            requirement_dict(r) for r in verdict.requirements if r.source == kind
        ]

    policies, policy_requirements = of(POLICY)
    principles, principle_requirements = of(PRINCIPLE)
    governance = {
        **context,
        "policies": policies,
        "requirements": policy_requirements,
        "summary": summary(verdict, facts),
    }
    ethical = {"engine": ENGINE, "principles": principles, "requirements": principle_requirements}
    return governance, ethical


def recommendations(verdict: Verdict) -> str | None:
    lines = [
        f"{r.source_name} ({r.level}, rule {r.rule}): {r.message or r.outcome.replace('_', ' ')}"
        for r in verdict.requirements
        if r.level != "advisory"
    ]
    return "\n".join(lines) or None


def evaluation_audit_record(*, decision, verdict: Verdict, facts: dict, notes: str = "") -> DecisionAudit:
    """The one `decision_audits` row of one evaluation (same transaction as the change)."""
    governance, ethical = assessments(verdict, facts)
    return DecisionAudit.objects.create(
        decision_id=decision.pk,
        timestamp=timezone.now(),
        audit_type=audit_type_for(facts),
        audited_by=AUDITOR,
        compliance_status=compliance_status(verdict, facts, decision=decision),
        governance_assessment=governance,
        ethical_assessment=ethical,
        recommendations=recommendations(verdict),
        notes=notes or None,
    )
