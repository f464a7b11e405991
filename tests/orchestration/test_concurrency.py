"""Races between real concurrent database sessions (one thread = one connection)."""

import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction

from airport_platform.exceptions import Conflict
from orchestration import services
from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import DecisionDependency, OperatingMode, OrchestrationEvent

from .conftest import propose

pytestmark = pytest.mark.django_db(transaction=True)


def race(*calls):
    """Run the calls at the same moment, each in its own session and transaction."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            with transaction.atomic():
                outcomes[index] = ("ok", call())
        except Exception as exc:  # the outcome is what the test checks
            outcomes[index] = ("error", exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_operators_approving_at_once_exactly_one_wins(normal_mode, operator, second_operator):
    decision = propose(risk=Decimal("0.6"))
    outcomes = race(
        lambda: services.decision_approve(decision=decision, user=operator, notes="A"),
        lambda: services.decision_approve(decision=decision, user=second_operator, notes="B"),
    )
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["error", "ok"]
    error = next(value for kind, value in outcomes if kind == "error")
    assert isinstance(error, Conflict) and "no longer pending approval" in str(error)
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.APPROVED
    approvals = list(decision.approvals.all())
    assert len(approvals) == 1 and approvals[0].status == ApprovalStatus.APPROVED


def test_approve_and_reject_at_once_leave_one_consistent_outcome(normal_mode, operator, second_operator):
    decision = propose(risk=Decimal("0.6"))
    outcomes = race(
        lambda: services.decision_approve(decision=decision, user=operator),
        lambda: services.decision_reject(decision=decision, user=second_operator, notes="no"),
    )
    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"]
    decision.refresh_from_db()
    approval = decision.approvals.get()
    assert (decision.status, approval.status) in {("approved", "approved"), ("rejected", "rejected")}


def test_concurrent_edges_cannot_close_a_cycle(normal_mode):
    a, b = propose(), propose()
    outcomes = race(
        lambda: services.decision_dependency_add(
            dependent_decision=a, dependency_decision=b, dependency_type="finish_to_start"
        ),
        lambda: services.decision_dependency_add(
            dependent_decision=b, dependency_decision=a, dependency_type="finish_to_start"
        ),
    )
    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"]
    assert isinstance(next(v for k, v in outcomes if k == "error"), ValidationError)
    assert DecisionDependency.objects.count() == 1


def test_concurrent_activations_leave_exactly_one_active_mode(normal_mode):
    from tests.orchestration.factories import OperatingModeFactory

    winter, storm = OperatingModeFactory(name="Winter"), OperatingModeFactory(name="Storm")
    outcomes = race(
        lambda: services.operating_mode_activate(mode=winter),
        lambda: services.operating_mode_activate(mode=storm),
    )
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    assert OperatingMode.objects.filter(is_active=True).count() == 1


# --- four-eyes under concurrency (issue 12) ------------------------------------------------------


def four_eyes(policies):
    from orchestration.policy import REQUIRE_APPROVAL

    policies.add(REQUIRE_APPROVAL, approvals=2, approver_group="duty_managers")
    return propose(risk=Decimal("0.1"), confidence=Decimal("0.95"), priority="medium")


def test_two_approvers_signing_at_once_both_count_and_the_decision_moves_on_once(normal_mode, policies):
    from .governance_support import person

    decision = four_eyes(policies)
    first, second = person("dm-x", "duty_managers"), person("dm-y", "duty_managers")
    outcomes = race(
        lambda: services.decision_approve(decision=decision, user=first, notes="X"),
        lambda: services.decision_approve(decision=decision, user=second, notes="Y"),
    )
    assert [kind for kind, _ in outcomes] == ["ok", "ok"], outcomes
    decision.refresh_from_db()
    approval = decision.approvals.get()
    assert decision.status == DecisionStatus.APPROVED and approval.status == ApprovalStatus.APPROVED
    assert sorted(approval.signoffs.values_list("signed_by", flat=True)) == ["dm-x", "dm-y"]
    transitions = OrchestrationEvent.objects.filter(
        related_entity_id=decision.pk, event_type="decision_transitioned", payload__to="approved"
    )
    assert transitions.count() == 1


def test_one_approver_signing_twice_at_once_counts_once(normal_mode, policies):
    from .governance_support import person

    decision = four_eyes(policies)
    manager = person("dm-z", "duty_managers")
    outcomes = race(
        lambda: services.decision_approve(decision=decision, user=manager),
        lambda: services.decision_approve(decision=decision, user=manager),
    )
    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"]
    assert "already signed" in str(next(v for k, v in outcomes if k == "error"))
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.PENDING_APPROVAL
    assert decision.approvals.get().signoffs.count() == 1


def test_a_refused_api_request_rolls_back_but_its_trace_is_committed(normal_mode):
    from tests.api.conftest import client_for, make_user

    decision = propose(risk=Decimal("0.01"), confidence=Decimal("0.99"), priority="medium")
    api = client_for(make_user("services"))
    response = api.patch(f"/api/v1/orchestration/decisions/{decision.pk}/", {"risk": "0.99"}, format="json")
    assert response.status_code == 409
    decision.refresh_from_db()
    assert decision.risk == Decimal("0.0100")
    trace = OrchestrationEvent.objects.get(event_type="change_refused", related_entity_id=decision.pk)
    assert trace.payload["fields"] == ["risk"]
