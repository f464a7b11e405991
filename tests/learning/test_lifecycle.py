"""Knowledge validation moves only along its lifecycle, the same way through the service, the
API and the admin (tests/lifecycle_contract.py)."""

import pytest

from learning import lifecycle, services
from tests.learning.factories import KnowledgeItemFactory
from tests.lifecycle_contract import Case, LifecycleContract

pytestmark = pytest.mark.django_db


class TestLearningLifecycles(LifecycleContract):
    cases = [
        Case(
            "knowledge",
            lifecycle.KNOWLEDGE_VALIDATION,
            services.knowledge_item_transition,
            KnowledgeItemFactory,
            "/api/v1/learning/knowledge-items/",
        ),
    ]
