"""Knowledge review rules beyond the transition map, and the reads."""

import pytest

from airport_platform.exceptions import Conflict
from learning import selectors, services
from learning.choices import ValidationStatus
from learning.models import KnowledgeItem
from tests.learning.factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


def test_a_rejection_needs_a_reason():
    item = KnowledgeItemFactory(validation_status=ValidationStatus.UNDER_REVIEW)
    with pytest.raises(Conflict, match="reason"):
        services.knowledge_item_transition(item=item, to=ValidationStatus.REJECTED, reason="  ")
    services.knowledge_item_transition(item=item, to=ValidationStatus.REJECTED, reason="contradicts ops data")
    item.refresh_from_db()
    assert item.validation_status == ValidationStatus.REJECTED


def test_a_null_status_counts_as_unvalidated():
    item = KnowledgeItemFactory(validation_status=None)
    KnowledgeItem.objects.filter(pk=item.pk).update(validation_status=None)
    item.refresh_from_db()
    services.knowledge_item_transition(item=item, to=ValidationStatus.UNDER_REVIEW)
    item.refresh_from_db()
    assert item.validation_status == ValidationStatus.UNDER_REVIEW


def test_a_transition_bumps_the_row_version():
    item = KnowledgeItemFactory(validation_status=ValidationStatus.UNVALIDATED)
    version = item.version
    moved = services.knowledge_item_transition(item=item, to=ValidationStatus.UNDER_REVIEW)
    assert moved.version == version + 1


def test_the_review_queue_and_usable_knowledge():
    waiting = KnowledgeItemFactory(validation_status=ValidationStatus.UNDER_REVIEW)
    usable = KnowledgeItemFactory(
        validation_status=ValidationStatus.VALIDATED, applicable_domains=["passenger_experience"]
    )
    KnowledgeItemFactory(
        validation_status=ValidationStatus.VALIDATED, applicable_domains=["crisis_management"]
    )
    KnowledgeItemFactory(
        validation_status=ValidationStatus.DEPRECATED, applicable_domains=["passenger_experience"]
    )
    assert list(selectors.knowledge_items_under_review()) == [waiting]
    assert list(selectors.knowledge_items_usable(domain="passenger_experience")) == [usable]
