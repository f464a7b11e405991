"""Governance rules (writes) applied by other domains' services."""

from django.utils import timezone

from .choices import AuditType, ComplianceStatus, PolicyType
from .models import DecisionAudit, GovernancePolicy


def policies_requiring_audit(*, decision_type: str, status: str):
    """Active audit policies whose `audit_requirements` cover this decision type and status."""
    for policy in GovernancePolicy.objects.filter(is_active=True, policy_type=PolicyType.AUDIT):
        requirements = policy.audit_requirements or {}
        transitions = requirements.get("audit_transitions", [])
        types = requirements.get("decision_types")
        if ("*" in transitions or status in transitions) and (not types or decision_type in types):
            yield policy


def decision_audit_if_required(*, decision, previous: str, actor: str, human: bool, notes: str = ""):
    """Write the `decision_audits` row governance asks for on this transition (or nothing)."""
    policies = list(policies_requiring_audit(decision_type=decision.type, status=decision.status))
    if not policies:
        return None
    return DecisionAudit.objects.create(
        decision=decision,
        timestamp=timezone.now(),
        audit_type=AuditType.HUMAN_REVIEW if human else AuditType.TRANSITION,
        audited_by=actor[:100],
        compliance_status=ComplianceStatus.COMPLIANT,
        governance_assessment={
            "transition": {"from": previous, "to": decision.status},
            "policies": [{"id": str(p.pk), "name": p.name, "version": p.version} for p in policies],
            "risk": str(decision.risk),
            "confidence": str(decision.confidence),
        },
        notes=notes or None,
    )
