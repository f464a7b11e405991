"""Each evaluation asked for through `decision_evaluating` leaves one `decision_audits` row whose
contents come from the verdict (governance/receivers.py, governance/audits.py)."""

from decimal import Decimal

import pytest

from governance.choices import AuditType, ComplianceStatus, ImplementationLevel
from governance.models import DecisionAudit
from orchestration.models import Decision
from orchestration.policy import FORBID, REQUIRE_APPROVAL, REQUIRE_AUDIT, Verdict, combined_verdict
from orchestration.signals import decision_evaluating
from tests.governance.factories import rule
from tests.governance.support import make_decision, make_policy, make_principle

pytestmark = pytest.mark.django_db


def ask(decision, **kwargs) -> Verdict:
    """What orchestration does: send the signal and combine the receivers' answers."""
    kwargs.setdefault("moment", "proposed")
    kwargs.setdefault("actor", "planner-svc")
    responses = decision_evaluating.send(sender=Decision, decision=decision, **kwargs)
    return combined_verdict(responses)


def test_each_evaluation_writes_one_audit_row_listing_policies_rules_and_outcomes():
    approval = make_policy(
        rule("critical", "priority == 'critical'", REQUIRE_APPROVAL, approver_group="duty_managers"),
        name="Critical needs a duty manager",
    )
    quiet = make_policy(rule("never", "risk > 0.99", FORBID), name="Quiet")
    principle = make_principle(rule("explain", "description == ''", REQUIRE_AUDIT), name="Explainable")
    decision = make_decision(priority="critical", description="")

    verdict = ask(decision)

    assert {r.rule for r in verdict.requirements} == {"critical", "explain"}
    (audit,) = DecisionAudit.objects.filter(decision_id=decision.pk)
    assert audit.audit_type == AuditType.AUTOMATED and audit.audited_by == "governance"
    assert audit.compliance_status == ComplianceStatus.UNDER_REVIEW
    governance = audit.governance_assessment
    assert governance["moment"] == "proposed" and governance["actor"] == "planner-svc"
    policies = {p["name"]: p for p in governance["policies"]}
    assert policies["Critical needs a duty manager"]["version"] == approval.version
    assert [(m["rule"], m["outcome"]) for m in policies["Critical needs a duty manager"]["matched"]] == [
        ("critical", REQUIRE_APPROVAL)
    ]
    assert policies["Quiet"]["id"] == str(quiet.pk) and policies["Quiet"]["matched"] == []
    assert governance["summary"]["approver_groups"] == ["duty_managers"]
    (ethical,) = audit.ethical_assessment["principles"]
    assert (ethical["id"], ethical["matched"][0]["rule"]) == (str(principle.pk), "explain")
    assert "Critical needs a duty manager" in audit.recommendations

    ask(decision, moment="transition", target="approved", actor="duty-manager")
    assert DecisionAudit.objects.filter(decision_id=decision.pk).count() == 2


@pytest.mark.parametrize(
    "level, expected",
    [
        (ImplementationLevel.ENFORCED, ComplianceStatus.NON_COMPLIANT),
        (ImplementationLevel.RECOMMENDED, ComplianceStatus.PARTIALLY_COMPLIANT),
        (ImplementationLevel.ADVISORY, ComplianceStatus.COMPLIANT),
    ],
)
def test_compliance_status_comes_from_the_verdict(level, expected):
    make_policy(rule("risky", "risk > 0.5", FORBID), level=level)
    risky, safe = make_decision(risk=Decimal("0.7")), make_decision(risk=Decimal("0.1"))
    ask(risky)
    ask(safe)
    assert DecisionAudit.objects.get(decision_id=risky.pk).compliance_status == expected
    assert DecisionAudit.objects.get(decision_id=safe.pk).compliance_status == ComplianceStatus.COMPLIANT


def test_audit_type_follows_the_moment_and_who_acted():
    decision = make_decision()
    ask(decision, moment="action_started")
    ask(decision, moment="transition", target="approved", actor="platform")
    ask(decision, moment="transition", target="rejected", actor="duty-manager")
    assert list(
        DecisionAudit.objects.filter(decision_id=decision.pk)
        .order_by("created_at")
        .values_list("audit_type", flat=True)
    ) == [AuditType.AUTOMATED, AuditType.TRANSITION, AuditType.HUMAN_REVIEW]


def test_an_evaluation_without_any_policy_is_still_audited_as_compliant():
    decision = make_decision()
    assert ask(decision).requirements == []
    audit = DecisionAudit.objects.get(decision_id=decision.pk)
    assert audit.compliance_status == ComplianceStatus.COMPLIANT
    assert audit.governance_assessment["policies"] == [] and audit.recommendations is None
