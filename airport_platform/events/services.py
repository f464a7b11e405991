"""`emit()`: record a domain event in the outbox, in the caller's transaction.

The event reaches Redis only if that transaction commits: right after the commit when Redis
is up, otherwise later, through the `relay_events` sweep. Nothing is lost and nothing is sent
for a change that was rolled back.
"""

import functools
import logging

from django.db import transaction
from django.utils import timezone

from airport_platform.middleware import current_request_id

from .conf import DOMAINS
from .models import OutboxEvent

logger = logging.getLogger(__name__)


def emit(
    *,
    domain: str,
    event_type: str,
    aggregate_type: str,
    aggregate_id,
    payload: dict,
    correlation_id=None,
    occurred_at=None,
    using: str = "default",
) -> OutboxEvent:
    """Write one event to the outbox and relay it to Redis once the transaction commits.

    `aggregate_type`/`aggregate_id` name what the event is about (e.g. a decision); events of
    one aggregate are delivered in the order they were emitted. `correlation_id` defaults to
    the current request id, which is also recorded as `request_id`.
    """
    if domain not in DOMAINS:
        raise ValueError(f"unknown event domain {domain!r}; expected one of {tuple(sorted(DOMAINS))}")
    request_id = current_request_id()
    event = OutboxEvent.objects.using(using).create(
        domain=domain,
        event_type=event_type,
        aggregate_type=aggregate_type,
        aggregate_id=str(aggregate_id),
        payload=payload,
        correlation_id=str(correlation_id) if correlation_id else request_id,
        request_id=request_id,
        occurred_at=occurred_at or timezone.now(),
    )
    from .relay import relay_after_commit

    transaction.on_commit(
        functools.partial(relay_after_commit, [event.seq], using=using), using=using, robust=True
    )
    return event
