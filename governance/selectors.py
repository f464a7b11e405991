"""Reads of governance: the latest evaluation of a decision, and a dry run of a policy."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import Approval, Decision, OperatingMode
from orchestration.policy import (
    BINDING_LEVELS,
    ESCALATE,
    FORBID,
    LIMIT_AUTONOMY,
    OUTCOMES,
    REQUIRE_APPROVAL,
    REQUIRE_AUDIT,
    Requirement,
)

from .audits import ENGINE, assessments, compliance_status, requirement_dict
from .engine import PLATFORM_ACTOR, Source, active_sources, decision_facts, evaluate_facts, evaluate_source
from .models import DecisionAudit, GovernancePolicy

DRY_RUN_DEFAULT = 100
DRY_RUN_MAX = 5000


def _as_result(*, decision, governance: dict, ethical: dict | None, compliance: str, audit=None) -> dict:
    return {
        "decision": str(decision.pk),
        "recorded": audit is not None,
        "audit": str(audit.pk) if audit else None,
        "timestamp": (audit.timestamp if audit else timezone.now()).isoformat(),
        "audit_type": audit.audit_type if audit else None,
        "compliance_status": compliance,
        "moment": governance.get("moment"),
        "target": governance.get("target"),
        "actor": governance.get("actor"),
        "mode": governance.get("mode"),
        "policies": governance.get("policies", []),
        "principles": (ethical or {}).get("principles", []),
        "requirements": [*governance.get("requirements", []), *(ethical or {}).get("requirements", [])],
        "summary": governance.get("summary", {}),
    }


def decision_governance(*, decision: Decision) -> dict:
    """The latest evaluation of `decision` by the policy engine (its audit row); when the engine
    has never evaluated it (older rows), an evaluation of it as it stands, not recorded."""
    audit = (
        DecisionAudit.objects.filter(decision_id=decision.pk, governance_assessment__engine=ENGINE)
        .order_by("-timestamp", "-created_at")
        .first()
    )
    if audit is not None:
        return _as_result(
            decision=decision,
            governance=audit.governance_assessment,
            ethical=audit.ethical_assessment,
            compliance=audit.compliance_status,
            audit=audit,
        )
    facts = decision_facts(decision=decision, moment="proposed", actor=decision.requested_by)
    verdict = evaluate_facts(facts, active_sources())
    governance, ethical = assessments(verdict, facts)
    return _as_result(
        decision=decision,
        governance=governance,
        ethical=ethical,
        compliance=compliance_status(verdict, facts, decision=decision),
    )


# --- dry run ------------------------------------------------------------------------------------


def _in_group(username: str | None, group: str) -> bool:
    return bool(username) and get_user_model().objects.filter(username=username, groups__name=group).exists()


def _changes(requirement: Requirement, *, decision, approvals: list, facts: dict, now) -> list[str]:
    """What this requirement would have changed for `decision`, given what happened to it."""
    human = [a for a in approvals if a.status == ApprovalStatus.APPROVED]
    automatic = any(a.status == ApprovalStatus.AUTO_APPROVED for a in approvals)
    outcome = requirement.outcome
    if outcome == FORBID:
        return ["would have been refused"]
    if outcome == REQUIRE_APPROVAL:
        changes = []
        if automatic or not approvals:
            changes.append(
                "would have needed a human approval"
                + (f" by {requirement.approver_group}" if requirement.approver_group else "")
            )
        group = requirement.approver_group
        outsiders = [a.approved_by for a in human if group and not _in_group(a.approved_by, group)]
        if outsiders:
            changes.append(f"approved by {', '.join(outsiders)}, not in {group}")
        if requirement.approvals > max(len(human), 1) and human:
            changes.append(f"would have needed {requirement.approvals} distinct approvers, had {len(human)}")
        deadline = requirement.deadline_minutes
        if deadline and any(
            a.expires_at and a.expires_at - a.created_at > dt.timedelta(minutes=deadline) for a in approvals
        ):
            changes.append(f"approval deadline would have been {deadline} minutes")
        return changes
    if outcome == LIMIT_AUTONOMY:
        limited = sorted(set(requirement.action_types).intersection(facts["action_types"]))
        if limited and (automatic or not approvals):
            return [f"actions {', '.join(limited)} would have waited for a human"]
        return []
    if outcome == ESCALATE:
        after = dt.timedelta(minutes=requirement.escalate_after_minutes or 0)
        for approval in approvals:
            if approval.status in (ApprovalStatus.AUTO_APPROVED, ApprovalStatus.CANCELLED):
                continue
            answered = approval.approved_at or (now if approval.status == ApprovalStatus.PENDING else None)
            answered = answered or approval.expires_at or approval.updated_at
            if answered - approval.created_at >= after:
                return [f"would have been escalated to {requirement.escalate_to}"]
        return []
    if outcome == REQUIRE_AUDIT:
        return ["would have been flagged for audit"]
    return []


def policy_dry_run(*, policy: GovernancePolicy, last: int = DRY_RUN_DEFAULT) -> dict:
    """Evaluate `policy` (active or not) against the last `last` decisions and report what it
    would have changed. Each decision is evaluated as proposed (with its actions as they are
    now) and, when it was approved, at that transition by its approver. Writes nothing."""
    last = max(1, min(int(last), DRY_RUN_MAX))
    source = Source.of_policy(policy)
    binding = source.level in BINDING_LEVELS  # advisory/recommended outcomes change nothing
    mode_name = OperatingMode.objects.filter(is_active=True).values_list("name", flat=True).first()
    decisions = list(Decision.objects.order_by("-initiated_at", "-created_at")[:last])
    approvals: dict = {}
    for approval in Approval.objects.filter(decision_id__in=[d.pk for d in decisions]).order_by("created_at"):
        approvals.setdefault(approval.decision_id, []).append(approval)
    now = timezone.now()
    report = {
        "policy": {"source": "policy", **source.identity(), "is_active": bool(policy.is_active)},
        "decisions_evaluated": len(decisions),
        "matched": 0,
        "changed": 0,
        "binding": binding,
        "by_outcome": {outcome: {"matched": 0, "changed": 0} for outcome in OUTCOMES},
        "errors": [],
        "decisions": [],
    }
    for decision in decisions:
        own = approvals.get(decision.pk, [])
        moments = [dict(moment="proposed", actor=decision.requested_by)]
        approved = next(
            (a for a in own if a.status in (ApprovalStatus.APPROVED, ApprovalStatus.AUTO_APPROVED)), None
        )
        if approved is not None:
            # An automatic approval is the platform's act, whatever name the row carries.
            actor = (
                PLATFORM_ACTOR if approved.status == ApprovalStatus.AUTO_APPROVED else approved.approved_by
            )
            moments.append(dict(moment="transition", target=DecisionStatus.APPROVED, actor=actor))
        matched: dict[str, Requirement] = {}
        facts = None
        for moment in moments:
            facts = decision_facts(decision=decision, mode_name=mode_name, **moment)
            requirements, entry = evaluate_source(source, facts)
            report["errors"].extend(e for e in entry["errors"] if e not in report["errors"])
            for requirement in requirements:
                matched.setdefault(requirement.rule, requirement)
        if not matched:
            continue
        changes = []
        for requirement in matched.values():
            found = _changes(requirement, decision=decision, approvals=own, facts=facts, now=now)
            counts = report["by_outcome"][requirement.outcome]
            counts["matched"] += 1
            counts["changed"] += bool(found) and binding
            changes.extend(found)
        report["matched"] += 1
        report["changed"] += bool(changes) and binding
        report["decisions"].append(
            {
                "id": str(decision.pk),
                "type": decision.type,
                "priority": decision.priority,
                "status": decision.status,
                "initiated_at": decision.initiated_at.isoformat() if decision.initiated_at else None,
                "matched": [requirement_dict(r) for r in matched.values()],
                "would_change": changes,
            }
        )
    if not binding:
        shown = "shown as warnings" if source.level == "recommended" else "recorded only"
        report["note"] = (
            f"{source.level} policy: its outcomes are {shown}; `would_change` lists what it would "
            "flag, nothing would be enforced (changed: 0)"
        )
    return report
