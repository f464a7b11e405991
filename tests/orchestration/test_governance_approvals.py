"""Governance applied to decisions (issue 12): forbid and override, required approvers, four-eyes,
separation of duties, limited autonomy, appended notes and cascading cancellation. Services on
the real database, with a real `decision_evaluating` receiver declaring the policies."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone

from orchestration import services
from orchestration.approvals import NotAllowedToApprove
from orchestration.choices import ActionStatus, ApprovalStatus, DecisionStatus, OrchestrationEventType
from orchestration.models import Decision, OrchestrationEvent
from orchestration.policy import FORBID, LIMIT_AUTONOMY, REQUIRE_APPROVAL, PolicyRefused
from tests.orchestration.factories import ActionFactory

from .conftest import propose
from .governance_support import person

pytestmark = pytest.mark.django_db

CALM = dict(risk=Decimal("0.1"), confidence=Decimal("0.95"), priority="medium")  # auto-approved


def events(event_type, **payload_filters):
    return OrchestrationEvent.objects.filter(event_type=event_type, **payload_filters)


class TestForbid:
    def test_an_enforced_forbid_refuses_the_proposal_and_keeps_nothing_but_the_trace(
        self, normal_mode, policies
    ):
        policies.add(FORBID, message="security lanes are never closed autonomously")
        before = Decision.objects.count()
        with pytest.raises(PolicyRefused) as refused:
            propose(**CALM)
        assert Decision.objects.count() == before
        body = refused.value.as_dict()
        policy = body["policies"][0]
        assert {key: policy[key] for key in ("name", "version", "rule", "outcome")} == {
            "name": "Test policy forbid",
            "version": 1,
            "rule": "r1",
            "outcome": "forbid",
        }
        assert "security lanes are never closed autonomously" in body["detail"]
        trace = events(OrchestrationEventType.CHANGE_REFUSED).get()
        assert trace.payload["operation"] == "proposed" and trace.payload["policies"][0]["rule"] == "r1"

    @pytest.mark.parametrize("level", ["advisory", "recommended"])
    def test_a_forbid_that_does_not_bind_is_only_recorded(self, normal_mode, policies, level):
        policies.add(FORBID, level=level)
        assert propose(**CALM).status == DecisionStatus.APPROVED

    def test_a_member_of_an_override_group_overrides_with_a_reason(self, normal_mode, policies):
        policies.add(FORBID, override_groups=("duty_managers",))
        manager = person("dm-1", "duty_managers")
        with pytest.raises(PolicyRefused, match="an override needs a reason"), transaction.atomic():
            propose(**CALM, user=manager)
        decision = services.decision_propose(
            user=manager,
            override_reason="Tower asked for it during the storm",
            type="security",
            description="Close lane 3",
            impact_assessment={},
            **CALM,
        )
        assert decision.status == DecisionStatus.APPROVED
        assert any("Tower asked for it during the storm" in note for note in decision.notes)
        # Recorded at each moment the forbid was overridden: the proposal and its approval.
        overridden = events(
            OrchestrationEventType.POLICY_OVERRIDDEN,
            related_entity_id=decision.pk,
            payload__moment="proposed",
        ).get()
        assert overridden.payload["reason"] == "Tower asked for it during the storm"
        assert overridden.source == "dm-1"

    def test_a_reason_from_someone_outside_the_override_groups_is_not_enough(self, normal_mode, policies):
        policies.add(FORBID, override_groups=("duty_managers",))
        with pytest.raises(PolicyRefused, match="a member of duty_managers may override"):
            propose(**CALM, user=person("op-1", "operators"), override_reason="I insist")

    def test_forbid_on_starting_refuses_the_transition(self, normal_mode, policies):
        decision = propose(**CALM)
        policies.add(FORBID, when=lambda target, **kw: target == DecisionStatus.EXECUTING)
        with pytest.raises(PolicyRefused):
            services.decision_start(decision=decision)
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.APPROVED
        assert events(OrchestrationEventType.CHANGE_REFUSED, related_entity_id=decision.pk).exists()

    def test_stopping_is_never_forbidden(self, normal_mode, policies, operator):
        decision = propose(risk=Decimal("0.6"))
        policies.add(FORBID, when=lambda moment, **kw: moment == "transition")
        services.decision_reject(decision=decision, user=operator, notes="no")
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.REJECTED


class TestRequiredApproval:
    def test_a_policy_needs_a_human_inside_the_thresholds_with_its_own_deadline(self, normal_mode, policies):
        policies.add(REQUIRE_APPROVAL, approver_group="duty_managers", deadline_minutes=15)
        before = timezone.now()
        decision = propose(**CALM)
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        approval = decision.approvals.get()
        requirement = approval.requirement
        assert requirement.approver_groups == ["duty_managers"] and requirement.approvals_required == 1
        assert (
            before + dt.timedelta(minutes=15)
            <= approval.expires_at
            <= timezone.now() + dt.timedelta(minutes=15)
        )
        assert requirement.deadline == approval.expires_at
        assert (
            "policy Test policy require_approval (rule r1) requires a human approval from duty_managers"
            in (approval.notes)
        )
        assert requirement.policies[0]["outcome"] == REQUIRE_APPROVAL

    def test_only_the_named_group_counts(self, normal_mode, policies, operator):
        policies.add(REQUIRE_APPROVAL, approver_group="duty_managers")
        decision = propose(**CALM)
        with pytest.raises(NotAllowedToApprove, match="only members of duty_managers"), transaction.atomic():
            services.decision_approve(decision=decision, user=operator)
        services.decision_approve(decision=decision, user=person("dm-2", "duty_managers", "operators"))
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.APPROVED

    def test_the_requirement_outlives_a_policy_change(self, normal_mode, policies, operator):
        policies.add(REQUIRE_APPROVAL, approver_group="duty_managers")
        decision = propose(**CALM)
        policies.clear()  # the policy is withdrawn after the approval was opened
        with pytest.raises(NotAllowedToApprove, match="only members of duty_managers"):
            services.decision_approve(decision=decision, user=operator)


class TestSeparationOfDuties:
    def test_nobody_approves_what_they_proposed(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.6"), user=operator)
        with pytest.raises(NotAllowedToApprove, match="proposed this decision"):
            services.decision_approve(decision=decision, user=operator)
        refused = events(OrchestrationEventType.CHANGE_REFUSED, source=operator.username).get()
        assert refused.payload["refused"] == "separation_of_duties"

    def test_services_never_approve(self, normal_mode):
        decision = propose(risk=Decimal("0.6"))
        robot = person("integration-bot", "services")
        with pytest.raises(NotAllowedToApprove, match="services never approve"):
            services.decision_approve(decision=decision, user=robot)

    def test_the_platform_cannot_approve(self, normal_mode):
        decision = propose(risk=Decimal("0.6"))
        with pytest.raises(NotAllowedToApprove, match="by a person"):
            services.decision_approve(decision=decision, user=None)


class TestFourEyes:
    def test_two_distinct_people_and_the_decision_moves_on_after_the_second(self, normal_mode, policies):
        policies.add(REQUIRE_APPROVAL, approvals=2, approver_group="duty_managers")
        decision = propose(**CALM)
        first, second = person("dm-a", "duty_managers"), person("dm-b", "duty_managers")
        services.decision_approve(decision=decision, user=first, notes="lane 3 is empty")
        decision.refresh_from_db()
        approval = decision.approvals.get()
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        assert approval.status == ApprovalStatus.PENDING
        assert list(approval.signoffs.values_list("signed_by", flat=True)) == ["dm-a"]
        assert events(OrchestrationEventType.APPROVAL_SIGNED, related_entity_id=approval.pk).count() == 1

        with pytest.raises(NotAllowedToApprove, match="already signed"), transaction.atomic():
            services.decision_approve(decision=decision, user=first)

        services.decision_approve(decision=decision, user=second, notes="confirmed on CCTV")
        decision.refresh_from_db()
        approval.refresh_from_db()
        assert decision.status == DecisionStatus.APPROVED
        assert (approval.status, approval.approved_by) == (ApprovalStatus.APPROVED, "dm-a, dm-b")
        # Every note stays: why a human was needed, then each approver's.
        lines = approval.notes.splitlines()
        assert lines[0].startswith("Needs a human: policy Test policy require_approval")
        assert lines[1] == "Signed by dm-a: lane 3 is empty"
        assert lines[2].startswith("Approved by dm-b at ") and lines[2].endswith(": confirmed on CCTV")

    def test_each_named_group_needs_one_of_its_members(self, normal_mode, policies):
        policies.add(REQUIRE_APPROVAL, approvals=2, approver_group="duty_managers")
        policies.add(REQUIRE_APPROVAL, approver_group="security_leads")
        decision = propose(**CALM)
        services.decision_approve(decision=decision, user=person("dm-c", "duty_managers"))
        services.decision_approve(decision=decision, user=person("dm-d", "duty_managers"))
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.PENDING_APPROVAL  # no security lead yet
        services.decision_approve(decision=decision, user=person("sec-1", "security_leads"))
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.APPROVED


class TestLimitedAutonomy:
    def test_an_action_that_never_runs_autonomously_reopens_an_automatic_approval(
        self, normal_mode, policies
    ):
        policies.add(LIMIT_AUTONOMY, action_types=("close_lane",), approver_group="duty_managers")
        decision = propose(**CALM)
        assert decision.status == DecisionStatus.APPROVED
        services.action_add(
            decision=decision, type="notify", domain="security", parameters={}, execution_order=1
        )
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.APPROVED  # a notification may run on its own
        services.action_add(
            decision=decision, type="close_lane", domain="security", parameters={"lane": 3}, execution_order=2
        )
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        statuses = set(decision.approvals.values_list("status", flat=True))
        assert statuses == {ApprovalStatus.CANCELLED, ApprovalStatus.PENDING}
        pending = decision.approvals.get(status=ApprovalStatus.PENDING)
        assert pending.requirement.limited_action_types == ["close_lane"]
        assert "close_lane never runs without a human approval" in pending.notes

    def test_a_limited_action_of_an_automatically_approved_decision_cannot_start(self, normal_mode, policies):
        decision = propose(**CALM)
        action = ActionFactory(decision=decision, type="close_lane", execution_order=1)
        services.decision_start(decision=decision)
        policies.add(LIMIT_AUTONOMY, action_types=("close_lane",))  # the policy arrives later
        with (
            pytest.raises(PolicyRefused, match="never runs without a person's approval"),
            transaction.atomic(),
        ):
            services.action_start(action=action)
        action.refresh_from_db()
        assert action.status == ActionStatus.PENDING

    def test_starting_an_automatic_decision_with_a_limited_action_asks_a_human_first(
        self, normal_mode, policies, operator
    ):
        decision = propose(**CALM)
        action = ActionFactory(decision=decision, type="close_lane", execution_order=1)
        policies.add(LIMIT_AUTONOMY, action_types=("close_lane",))
        services.decision_start(decision=decision)
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        services.decision_approve(decision=decision, user=operator, notes="lane 3 closes at 10:00")
        services.decision_start(decision=decision)
        services.action_start(action=action)
        action.refresh_from_db()
        assert action.status == ActionStatus.RUNNING


class TestCascadingCancellation:
    def plan(self, decision):
        return [ActionFactory(decision=decision, execution_order=i) for i in (1, 2)]

    def test_rejection_cancels_the_actions_that_have_not_run(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.6"))
        actions = self.plan(decision)
        services.decision_reject(decision=decision, user=operator, notes="gate closes")
        for action in actions:
            action.refresh_from_db()
            assert action.status == ActionStatus.CANCELLED
            event = events(OrchestrationEventType.ACTION_TRANSITIONED, related_entity_id=action.pk).get()
            assert (event.payload["from"], event.payload["to"]) == ("pending", "cancelled")

    def test_expiry_cancels_the_actions_that_have_not_run(self, normal_mode):
        decision = propose(risk=Decimal("0.6"))
        actions = self.plan(decision)
        decision.approvals.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
        assert services.approvals_expire() == 1
        assert {a.status for a in decision.actions.all()} == {ActionStatus.CANCELLED}
        assert events(OrchestrationEventType.ACTION_TRANSITIONED, related_entity_id=actions[0].pk).exists()
        approval = decision.approvals.get()
        assert approval.notes.startswith("Needs a human") and "Expired at" in approval.notes

    def test_cancellation_cancels_pending_and_running_actions_with_events(self, normal_mode):
        decision = propose(**CALM)
        first, second = self.plan(decision)
        services.decision_start(decision=decision)
        services.action_start(action=first)
        services.decision_cancel(decision=decision, reason="storm")
        assert {a.status for a in decision.actions.all()} == {ActionStatus.CANCELLED}
        assert (
            events(OrchestrationEventType.ACTION_TRANSITIONED, related_entity_id=second.pk)
            .get()
            .payload["reason"]
            == "storm"
        )
