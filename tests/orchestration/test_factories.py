"""The orchestration factories build rows that the model and the database both accept."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from orchestration.choices import ApprovalStatus, DecisionType
from orchestration.models import OperatingMode
from orchestration.schemas import PRIORITY_WEIGHT_OBJECTIVES
from tests.orchestration.factories import (
    ActionDependencyFactory,
    ActionFactory,
    ApprovalFactory,
    DecisionDependencyFactory,
    DecisionFactory,
    OperatingModeFactory,
)

pytestmark = pytest.mark.django_db


def test_mode_factory_is_inactive_by_default_so_batches_never_break_the_single_active_index():
    OperatingModeFactory.create_batch(4)
    OperatingModeFactory(is_active=True)
    assert OperatingMode.objects.filter(is_active=True).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        OperatingModeFactory(is_active=True)


def test_mode_priority_weights_use_known_objectives_and_sum_to_one():
    for mode in OperatingModeFactory.create_batch(6, name="Custom mode"):
        assert set(mode.priority_weights) <= set(PRIORITY_WEIGHT_OBJECTIVES)
        assert sum(mode.priority_weights.values()) == pytest.approx(1, abs=0.001)
        assert mode.priority_weights["safety"] == max(mode.priority_weights.values())


def test_action_steps_follow_their_decisions_plan():
    decision = DecisionFactory(type=DecisionType.GATE_ASSIGNMENT)
    move = ActionFactory(decision=decision, execution_order=0)
    assert move.parameters["flight"] == decision.domain_details["flight"]
    assert move.parameters["to"] == decision.domain_details["to_gate"]


def test_dependency_factories_build_edges_that_point_forward():
    edge = DecisionDependencyFactory()
    assert edge.dependency_decision.initiated_at < edge.dependent_decision.initiated_at
    step = ActionDependencyFactory()
    assert step.dependent_action.decision_id == step.dependency_action.decision_id
    assert step.dependency_action.execution_order < step.dependent_action.execution_order


def test_approval_traits_fill_in_who_and_when():
    pending = ApprovalFactory()
    assert pending.status == ApprovalStatus.PENDING and pending.expires_at > timezone.now()
    approved = ApprovalFactory(approved=True)
    assert approved.status == ApprovalStatus.APPROVED
    assert approved.approved_by and approved.approved_at
    assert ApprovalFactory(expired=True).expires_at < timezone.now()
