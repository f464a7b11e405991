"""`GET decisions/{id}/governance/` (the latest evaluation), the dry run of a policy (API and
command), and the governance panel on the admin decision page."""

import datetime as dt
import io
import json
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from governance.choices import ImplementationLevel
from governance.models import DecisionAudit
from orchestration.choices import ApprovalStatus
from orchestration.models import Decision
from orchestration.signals import decision_evaluating
from tests.admin_support import change_url, superuser_client
from tests.governance.factories import rule
from tests.governance.support import make_decision, make_policy
from tests.orchestration.factories import ApprovalFactory

pytestmark = pytest.mark.django_db


def client_with(*groups, superuser=False):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        f"user-{uuid.uuid4().hex[:6]}", password="x", is_superuser=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    client = APIClient()
    client.force_authenticate(user)
    return client


def governance_url(decision):
    return f"/api/v1/orchestration/decisions/{decision.pk}/governance/"


class TestDecisionGovernance:
    def test_returns_the_latest_recorded_evaluation(self):
        make_policy(
            rule(
                "critical",
                "priority == 'critical'",
                "require_approval",
                approver_group="duty_managers",
                deadline_minutes=15,
            ),
            name="Critical decisions need a duty manager",
        )
        decision = make_decision(priority="critical")
        decision_evaluating.send(sender=Decision, decision=decision, moment="proposed", actor="svc")
        decision_evaluating.send(sender=Decision, decision=decision, moment="action_added", actor="svc")
        latest = DecisionAudit.objects.filter(decision_id=decision.pk).latest("timestamp")

        response = client_with("operators").get(governance_url(decision))

        assert response.status_code == 200, response.content
        body = response.json()
        assert (body["recorded"], body["audit"], body["moment"]) == (True, str(latest.pk), "action_added")
        assert body["compliance_status"] == "under_review"
        (requirement,) = body["requirements"]
        assert (requirement["name"], requirement["approver_group"], requirement["deadline_minutes"]) == (
            "Critical decisions need a duty manager",
            "duty_managers",
            15,
        )
        assert body["summary"]["approver_groups"] == ["duty_managers"]

    def test_a_decision_never_evaluated_is_evaluated_live_and_not_recorded(self):
        make_policy(rule("risky", "risk > 0.1", "forbid"))
        decision = make_decision()
        body = client_with("operators").get(governance_url(decision)).json()
        assert body["recorded"] is False and body["compliance_status"] == "non_compliant"
        assert not DecisionAudit.objects.exists()

    def test_unknown_decision_is_404_and_anonymous_is_refused(self):
        assert (
            client_with("operators")
            .get(f"/api/v1/orchestration/decisions/{uuid.uuid4()}/governance/")
            .status_code
            == 404
        )
        assert APIClient().get(governance_url(make_decision())).status_code in (401, 403)


def approved_automatically(decision):
    return ApprovalFactory(
        decision=decision,
        status=ApprovalStatus.AUTO_APPROVED,
        approved_by="platform",
        approved_at=timezone.now(),
    )


class TestDryRun:
    def test_reports_what_an_inactive_policy_would_have_changed(self):
        lanes = make_policy(
            rule("close-lane", "'close_lane' in action_types", "limit_autonomy", action_types=["close_lane"]),
            rule("slow", None, "escalate", after_minutes=10, escalate_to="operations_directors"),
            is_active=False,
            name="Lanes",
        )
        closed = make_decision(actions=[("close_lane", "security", {"lane": 2})])
        approved_automatically(closed)
        slow = make_decision(actions=[("open_lane", "security", {})])
        pending = ApprovalFactory(decision=slow)
        type(pending).objects.filter(pk=pending.pk).update(
            created_at=timezone.now() - dt.timedelta(minutes=30)
        )
        quiet = make_decision()
        approved_automatically(quiet)  # no close_lane: the autonomy limit changes nothing
        DecisionAudit.objects.all().delete()

        response = client_with(superuser=True).post(
            f"/api/v1/governance/governance-policies/{lanes.pk}/dry-run/", {"last": 10}, format="json"
        )

        assert response.status_code == 200, response.content
        report = response.json()
        assert report["policy"]["is_active"] is False and report["decisions_evaluated"] == 3
        changes = {d["id"]: d["would_change"] for d in report["decisions"]}
        assert changes[str(closed.pk)] == ["actions close_lane would have waited for a human"]
        assert changes[str(slow.pk)] == ["would have been escalated to operations_directors"]
        assert report["by_outcome"]["limit_autonomy"] == {"matched": 1, "changed": 1}
        assert report["changed"] == 2
        assert not DecisionAudit.objects.exists()  # a dry run writes nothing

    def test_last_is_validated(self):
        policy = make_policy(rule("a", None, "forbid"))
        response = client_with(superuser=True).post(
            f"/api/v1/governance/governance-policies/{policy.pk}/dry-run/", {"last": 0}, format="json"
        )
        assert response.status_code == 400 and "last" in response.json()

    def test_the_command_prints_the_same_report(self):
        policy = make_policy(
            rule("critical", "priority == 'critical'", "require_approval", approver_group="duty_managers"),
            level=ImplementationLevel.RECOMMENDED,
            name="Critical",
        )
        approved_automatically(make_decision(priority="critical"))
        make_decision(priority="low")
        out = io.StringIO()
        call_command("governance_dry_run", "--policy", str(policy.pk), "--last", "5", stdout=out)
        text = out.getvalue()
        assert (
            "2 decisions evaluated, 1 matched, 0 would have changed" in text
        )  # recommended: nothing enforced
        assert "would have needed a human approval by duty_managers" in text
        assert "recommended policy" in text
        out = io.StringIO()
        call_command("governance_dry_run", "--policy", "Critical", "--json", stdout=out)
        assert json.loads(out.getvalue())["matched"] == 1


def test_admin_decision_page_shows_the_governance_result():
    make_policy(
        rule(
            "critical",
            "priority == 'critical'",
            "require_approval",
            approver_group="duty_managers",
            approvals=2,
        ),
        name="Critical decisions need a duty manager",
        overrides={"allowed_groups": ["operations_directors"], "requires_reason": True},
    )
    decision = make_decision(priority="critical")
    decision_evaluating.send(sender=Decision, decision=decision, moment="proposed", actor="svc")
    page = superuser_client().get(change_url(decision)).text
    assert "Governance" in page and 'class="governance-requirements"' in page
    assert "Critical decisions need a duty manager" in page
    assert "Who may approve: <strong>duty_managers</strong>; approvers needed: 2" in page
    assert "override (with a reason): operations_directors" in page


def test_the_dry_run_sees_automatic_approvals_as_the_platforms_act_and_counts_advisory_as_flagged():
    weekly = make_policy(
        {
            **rule("autonomous", "autonomous and target == 'approved'", "require_audit"),
            "moments": ["transition"],
        },
        level=ImplementationLevel.ADVISORY,
    )
    ApprovalFactory(
        decision=make_decision(),
        status=ApprovalStatus.AUTO_APPROVED,
        approved_by="orchestrator-svc (auto)",  # the name a row may carry: still no person
        approved_at=timezone.now(),
    )
    ApprovalFactory(decision=make_decision(), approved=True)  # a person approved this one
    report = (
        client_with(superuser=True)
        .post(f"/api/v1/governance/governance-policies/{weekly.pk}/dry-run/", {}, format="json")
        .json()
    )
    assert (report["matched"], report["changed"], report["binding"]) == (1, 0, False)
    assert report["decisions"][0]["would_change"] == ["would have been flagged for audit"]


def test_admin_policy_page_shows_its_dry_run():
    policy = make_policy(rule("critical", "priority == 'critical'", "forbid"), is_active=False, name="Draft")
    make_decision(priority="critical")
    page = superuser_client().get(change_url(policy)).text
    assert 'class="governance-dry-run"' in page
    assert "Over the last 1 decisions: 1 matched, 1 would have changed." in page
    assert "would have been refused" in page
