"""The governance factories build rows that the model and the database both accept."""

import pytest

from governance.choices import ThresholdStatus
from orchestration.models import Decision
from tests.governance.factories import (
    DecisionAuditFactory,
    EthicalPrincipleFactory,
    FairnessMetricFactory,
    threshold_status,
)

pytestmark = pytest.mark.django_db


def test_audits_refer_to_existing_decisions():
    for audit in DecisionAuditFactory.create_batch(3):
        assert Decision.objects.filter(pk=audit.decision_id).exists()


def test_fairness_threshold_status_follows_the_value():
    for metric in FairnessMetricFactory.create_batch(20):
        metric.refresh_from_db()
        assert metric.threshold_status == threshold_status(metric.metric_type, float(metric.value))


@pytest.mark.parametrize(
    ("metric_type", "value", "expected"),
    [
        ("disparate_impact", 0.95, ThresholdStatus.WITHIN),
        ("disparate_impact", 0.82, ThresholdStatus.WARNING),
        ("disparate_impact", 0.75, ThresholdStatus.BREACHED),
        ("wait_time_gap", 1.5, ThresholdStatus.WITHIN),
        ("wait_time_gap", 6.0, ThresholdStatus.BREACHED),
    ],
)
def test_threshold_status(metric_type, value, expected):
    assert threshold_status(metric_type, value) == expected


def test_principles_are_ranked_from_one():
    principles = EthicalPrincipleFactory.create_batch(7)
    assert sorted(p.priority for p in principles) == list(range(1, 8))
