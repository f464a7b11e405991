"""Decision lifecycle: thresholds, approvals, expiry, execution and roll-up (services, real DB)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone

from airport_platform.exceptions import Conflict, InvalidTransition
from collaboration.models import HumanFeedback
from governance.models import DecisionAudit
from orchestration import services
from orchestration.choices import ActionStatus, ApprovalStatus, DecisionStatus
from orchestration.lifecycle import DECISION_TRANSITIONS, check_decision_transition
from orchestration.models import Decision, OrchestrationEvent
from tests.orchestration.factories import ActionFactory

from .conftest import propose

pytestmark = pytest.mark.django_db


def events_of(entity):
    return list(
        OrchestrationEvent.objects.filter(related_entity_id=entity.pk).order_by("timestamp", "created_at")
    )


class TestThresholds:
    def test_inside_the_thresholds_is_approved_automatically_and_says_so(self, normal_mode):
        decision = propose(risk=Decimal("0.1"), confidence=Decimal("0.95"))
        assert decision.status == DecisionStatus.APPROVED
        assert decision.operating_mode == normal_mode
        approval = decision.approvals.get()
        assert approval.status == ApprovalStatus.AUTO_APPROVED
        assert approval.approved_by == services.PLATFORM
        assert "Normal operations" in approval.notes

    @pytest.mark.parametrize(
        ("risk", "confidence", "priority", "reason"),
        [
            ("0.45", "0.95", "high", "risk 0.45 is above 0.3"),
            ("0.10", "0.60", "high", "confidence 0.60 is below 0.8"),
            ("0.10", "0.95", "critical", "critical priority always needs a human"),
        ],
    )
    def test_outside_the_thresholds_waits_for_a_human(self, normal_mode, risk, confidence, priority, reason):
        before = timezone.now()
        decision = propose(risk=Decimal(risk), confidence=Decimal(confidence), priority=priority)
        assert decision.status == DecisionStatus.PENDING_APPROVAL
        approval = decision.approvals.get()
        assert approval.status == ApprovalStatus.PENDING
        assert reason in approval.notes
        assert (
            before + dt.timedelta(minutes=20)
            <= approval.expires_at
            <= timezone.now() + dt.timedelta(minutes=20)
        )

    def test_without_an_active_mode_everything_needs_a_human(self):
        decision = propose(risk=Decimal("0.01"), confidence=Decimal("0.99"))
        assert decision.status == DecisionStatus.PENDING_APPROVAL

    def test_creation_is_recorded_as_events_with_one_correlation_id(self, normal_mode):
        decision = propose(risk=Decimal("0.9"))
        events = events_of(decision)
        assert [e.event_type for e in events] == ["decision_created", "decision_transitioned"]
        assert {e.correlation_id for e in events} == {decision.correlation_id}
        approval_events = events_of(decision.approvals.get())
        assert approval_events[0].event_type == "approval_requested"
        assert approval_events[0].correlation_id == decision.correlation_id


class TestApproval:
    def test_approve_records_who_when_and_why(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.5"))
        services.decision_approve(decision=decision, user=operator, notes="Stand D9 is free, go")
        decision.refresh_from_db()
        approval = decision.approvals.get()
        assert decision.status == DecisionStatus.APPROVED
        assert (approval.status, approval.approved_by) == ("approved", "duty-manager")
        # Appended: the reason a human was needed stays, the approver's note follows it.
        assert approval.notes.startswith("Needs a human: risk 0.5 is above 0.3\n")
        assert approval.notes.endswith(
            "Approved by duty-manager at "
            + f"{approval.approved_at:%Y-%m-%d %H:%M:%S %Z}: Stand D9 is free, go"
        )
        assert approval.approved_at is not None
        assert [e.event_type for e in events_of(approval)][-1] == "approval_decided"
        transition = events_of(decision)[-1]
        assert transition.payload["from"] == "pending_approval" and transition.payload["to"] == "approved"
        assert transition.source == "duty-manager"

    def test_second_approval_of_same_decision_is_rejected(self, normal_mode, operator, second_operator):
        decision = propose(risk=Decimal("0.5"))
        services.decision_approve(decision=decision, user=operator)
        with pytest.raises(Conflict, match="no longer pending approval: it is approved by duty-manager"):
            services.decision_approve(decision=decision, user=second_operator)

    def test_expired_approval_cannot_be_approved(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.5"))
        decision.approvals.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
        with pytest.raises(Conflict, match="expired"), transaction.atomic():
            services.decision_approve(decision=decision, user=operator)
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.PENDING_APPROVAL

    def test_expiry_sweep_expires_approval_and_decision(self, normal_mode):
        overdue, fresh = propose(risk=Decimal("0.5")), propose(risk=Decimal("0.5"))
        overdue.approvals.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
        assert services.approvals_expire() == 1
        overdue.refresh_from_db()
        fresh.refresh_from_db()
        assert overdue.status == DecisionStatus.EXPIRED and overdue.completed_at is not None
        assert overdue.approvals.get().status == ApprovalStatus.EXPIRED
        assert fresh.status == DecisionStatus.PENDING_APPROVAL

    def test_rejection_keeps_the_reason_as_human_feedback(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.5"))
        services.decision_reject(
            decision=decision, user=operator, notes="Gate D9 closes for cleaning at 10:00"
        )
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.REJECTED
        feedback = HumanFeedback.objects.get(entity_id=decision.pk)
        assert (feedback.entity_type, feedback.feedback_type, feedback.provided_by) == (
            "decision",
            "rejection_reason",
            "duty-manager",
        )
        assert feedback.comments == "Gate D9 closes for cleaning at 10:00"

    def test_rejection_needs_a_reason(self, normal_mode, operator):
        decision = propose(risk=Decimal("0.5"))
        with pytest.raises(Conflict, match="needs a reason"):
            services.decision_reject(decision=decision, user=operator, notes="  ")

    def test_every_transition_is_evaluated_by_governance_in_its_transaction(self, normal_mode, operator):
        # governance's receiver of `decision_evaluating` writes one audit per evaluation (its
        # content is tested in tests/governance); the approval's transition is among them.
        decision = propose(risk=Decimal("0.5"))
        before = DecisionAudit.objects.filter(decision=decision).count()
        services.decision_approve(decision=decision, user=operator, notes="ok")
        assert DecisionAudit.objects.filter(decision=decision).count() > before


class TestExecution:
    def plan(self, decision, count=3):
        return [
            ActionFactory(decision=decision, execution_order=i, status="pending") for i in range(1, count + 1)
        ]

    def test_actions_run_in_order_and_completion_rolls_up(self, normal_mode):
        decision = propose()
        first, second, third = self.plan(decision)
        services.decision_start(decision=decision)
        with pytest.raises(Conflict, match="earlier in execution_order"):
            services.action_start(action=second)
        for action in (first, second, third):
            services.action_start(action=action)
            services.action_complete(action=action, result={"ok": True})
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.COMPLETED and decision.completed_at is not None
        assert [e.payload["to"] for e in events_of(first)] == ["running", "completed"]

    def test_a_failed_action_fails_the_decision_and_cancels_the_rest(self, normal_mode):
        decision = propose()
        first, second, third = self.plan(decision)
        services.decision_start(decision=decision)
        services.action_start(action=first)
        services.action_fail(action=first, result={"error": "jet bridge fault"})
        decision.refresh_from_db()
        assert decision.status == DecisionStatus.FAILED
        statuses = {a.pk: a.status for a in decision.actions.all()}
        assert statuses == {first.pk: "failed", second.pk: "cancelled", third.pk: "cancelled"}

    def test_action_dependencies_are_respected(self, normal_mode):
        decision = propose()
        # Same execution order, but second depends on first.
        first, second = (ActionFactory(decision=decision, execution_order=1) for _ in range(2))
        services.action_dependency_add(
            dependent_action=second, dependency_action=first, dependency_type="finish_to_start"
        )
        services.decision_start(decision=decision)
        with pytest.raises(Conflict, match="depends on unfinished actions"):
            services.action_start(action=second)
        services.action_start(action=first)
        services.action_complete(action=first)
        services.action_start(action=second)

    def test_cannot_start_while_a_dependency_is_not_completed(self, normal_mode):
        upstream, downstream = propose(), propose()
        services.decision_dependency_add(
            dependent_decision=downstream, dependency_decision=upstream, dependency_type="finish_to_start"
        )
        with pytest.raises(Conflict, match="cannot start while it depends on"):
            services.decision_start(decision=downstream)
        services.decision_start(decision=upstream)
        action = self.plan(upstream, 1)[0]
        services.action_start(action=action)
        services.action_complete(action=action)
        services.decision_start(decision=downstream)
        downstream.refresh_from_db()
        assert downstream.status == DecisionStatus.EXECUTING

    def test_actions_only_run_while_the_decision_executes(self, normal_mode):
        decision = propose(risk=Decimal("0.9"))
        action = self.plan(decision, 1)[0]
        with pytest.raises(Conflict, match="not executing"):
            services.action_start(action=action)

    def test_cancel_from_any_open_state(self, normal_mode, operator):
        pending = propose(risk=Decimal("0.9"))
        action = self.plan(pending, 1)[0]
        services.decision_cancel(decision=pending, user=operator, reason="flight cancelled")
        pending.refresh_from_db()
        action.refresh_from_db()
        assert pending.status == DecisionStatus.CANCELLED
        assert pending.approvals.get().status == ApprovalStatus.CANCELLED
        assert action.status == ActionStatus.CANCELLED
        with pytest.raises(InvalidTransition, match="cannot go from cancelled to cancelled"):
            services.decision_cancel(decision=pending, user=operator)


@pytest.mark.parametrize("current", list(DECISION_TRANSITIONS))
@pytest.mark.parametrize("target", list(DECISION_TRANSITIONS))
def test_every_transition_is_allowed_or_refused_by_the_table(current, target):
    if target in DECISION_TRANSITIONS[current]:
        check_decision_transition(current, target)
    else:
        with pytest.raises(InvalidTransition, match=f"from {current} to {target}"):
            check_decision_transition(current, target)


def test_illegal_transition_leaves_the_record_unchanged(normal_mode):
    decision = propose()  # approved
    with pytest.raises(InvalidTransition), transaction.atomic():
        services.action_complete(action=ActionFactory(decision=decision, status="pending"))
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.APPROVED
    assert Decision.objects.get(pk=decision.pk).status == "approved"
