"""The learning factories build rows that the model and the database both accept."""

import pytest

from learning.factories import (
    KnowledgeApplicationFactory,
    KnowledgeItemFactory,
    KnowledgeSourceFactory,
    LearningMetricFactory,
)

pytestmark = pytest.mark.django_db

FACTORIES = [
    KnowledgeItemFactory,
    KnowledgeApplicationFactory,
    KnowledgeSourceFactory,
    LearningMetricFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_factory_saves_rows_that_pass_full_clean(factory_class):
    rows = factory_class.create_batch(3)
    model = factory_class._meta.model
    stored = model._base_manager.filter(pk__in=[row.pk for row in rows])
    assert stored.count() == 3
    for row in stored:
        row.full_clean()


def test_knowledge_is_applied_to_a_domain_it_is_applicable_to():
    for application in KnowledgeApplicationFactory.create_batch(6):
        assert application.target_domain in application.knowledge_item.applicable_domains


def test_knowledge_items_come_from_their_source_domain():
    for item in KnowledgeItemFactory.create_batch(6):
        assert item.source_domain in item.applicable_domains
