"""Learning reads."""

from django.db.models import QuerySet

from .choices import ValidationStatus
from .models import KnowledgeItem


def knowledge_items_under_review() -> QuerySet[KnowledgeItem]:
    """The review queue: items under review, waiting longest first."""
    return KnowledgeItem.objects.filter(validation_status=ValidationStatus.UNDER_REVIEW).order_by(
        "updated_at"
    )


def knowledge_items_usable(*, domain: str | None = None) -> QuerySet[KnowledgeItem]:
    """Validated knowledge (what may be applied), optionally for one target domain."""
    items = KnowledgeItem.objects.filter(validation_status=ValidationStatus.VALIDATED)
    if domain is not None:
        items = items.filter(applicable_domains__contains=[domain])
    return items.order_by("-confidence_score", "title")
