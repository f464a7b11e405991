"""Refused attempts leave a trace that outlives the refusal.

A refusal rolls its transaction back, and PostgreSQL has no autonomous transactions, so the
`change_refused` event (orchestration_events) is written after the rollback:

- outside any transaction (a task, a command): at once, in its own transaction;
- inside an enclosing transaction (an admin view that catches the error and goes on, a caller's
  `atomic()`): at once, in that transaction, so it commits if the caller commits;
- during a web request (ATOMIC_REQUESTS: the API rolls the whole request back on a 409), it is
  also kept and written again when the request has finished (`request_finished`), unless the
  row is already there: exactly one row whichever way the request ended.

Raw SQL refused by the database triggers (models.py) leaves no event: nothing runs after it.
"""

import functools
import logging
import threading
import uuid

from django.core.signals import request_finished, request_started
from django.db import DatabaseError, connection, transaction
from django.dispatch import receiver
from django.utils import timezone

from airport_platform.exceptions import PlatformError

from .choices import OrchestrationEventType
from .models import OrchestrationEvent

logger = logging.getLogger(__name__)
_state = threading.local()


def audited(error: PlatformError, **audit) -> PlatformError:
    """`error`, marked to be recorded by `refusals_audited` with `audit` = the arguments of
    `refusal_record` (entity_id, entity_type, correlation_id, actor, payload)."""
    error.audit = audit
    return error


def _write(event: dict) -> None:
    if OrchestrationEvent.objects.filter(pk=event["id"], timestamp=event["timestamp"]).exists():
        return
    OrchestrationEvent.objects.create(**event)


def _write_safely(event: dict) -> bool:
    try:
        with transaction.atomic():
            _write(event)
        return True
    except DatabaseError:  # the trace must never turn a clear refusal into a 500
        logger.exception("could not record the refused attempt %s", event["payload"])
        return False


def refusal_record(*, entity_id, entity_type: str, correlation_id, actor: str, payload: dict) -> None:
    """Record a refused attempt (see the module docstring for when it is written)."""
    event = dict(
        id=uuid.uuid4(),
        timestamp=timezone.now(),
        event_type=OrchestrationEventType.CHANGE_REFUSED,
        source=(actor or "platform")[:100],
        related_entity_id=entity_id,
        related_entity_type=entity_type,
        correlation_id=correlation_id,
        payload=payload,
    )
    if not (connection.in_atomic_block and connection.needs_rollback):
        _write_safely(event)
    if getattr(_state, "in_request", False) and connection.in_atomic_block:
        _state.pending.append(event)  # the request's transaction may still roll it back


def refusals_audited(service):
    """Decorate a service: an error it raises marked by `audited()` is recorded once the
    service's own transaction has rolled back (put it outside `transaction.atomic`)."""

    @functools.wraps(service)
    def wrapper(*args, **kwargs):
        try:
            return service(*args, **kwargs)
        except PlatformError as error:
            audit = getattr(error, "audit", None)
            if audit:
                refusal_record(**audit)
            raise

    return wrapper


@receiver(request_started, dispatch_uid="orchestration_refusals_request_started")
def _request_started(**kwargs):
    _state.in_request, _state.pending = True, []


@receiver(request_finished, dispatch_uid="orchestration_refusals_request_finished")
def _request_finished(**kwargs):
    pending, _state.in_request, _state.pending = getattr(_state, "pending", []), False, []
    for event in pending:
        _write_safely(event)
