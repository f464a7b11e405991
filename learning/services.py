"""Learning business rules (writes), called by the admin's buttons and the API's
`POST {id}/transition/` alike (learning/lifecycle.py has the map)."""

from django.db import transaction

from airport_platform.exceptions import Conflict

from .choices import ValidationStatus
from .lifecycle import KNOWLEDGE_VALIDATION
from .models import KnowledgeItem


@transaction.atomic
def knowledge_item_transition(*, item: KnowledgeItem, to: str, user=None, reason: str = "") -> KnowledgeItem:
    """Move a knowledge item through review; a rejection needs a reason."""
    item = KNOWLEDGE_VALIDATION.lock(item)
    KNOWLEDGE_VALIDATION.check(KNOWLEDGE_VALIDATION.current(item), to)
    if to == ValidationStatus.REJECTED and not reason.strip():
        raise Conflict("a rejection needs a reason")
    return KNOWLEDGE_VALIDATION.apply(item, to=to, user=user, reason=reason)
