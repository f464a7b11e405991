"""The learning factories build rows that the model and the database both accept."""

import pytest

from tests.learning.factories import (
    KnowledgeApplicationFactory,
    KnowledgeItemFactory,
)

pytestmark = pytest.mark.django_db


def test_knowledge_is_applied_to_a_domain_it_is_applicable_to():
    for application in KnowledgeApplicationFactory.create_batch(6):
        assert application.target_domain in application.knowledge_item.applicable_domains


def test_knowledge_items_come_from_their_source_domain():
    for item in KnowledgeItemFactory.create_batch(6):
        assert item.source_domain in item.applicable_domains
