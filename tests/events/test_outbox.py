"""The outbox and its relay against the real PostgreSQL and Redis."""

import json
import uuid

import pytest
from django.db import transaction
from django.utils import timezone

from airport_platform.events import conf
from airport_platform.events.models import OutboxEvent
from airport_platform.events.relay import relay
from airport_platform.events.services import emit
from airport_platform.middleware import request_id_scope

from .conftest import stream

pytestmark = pytest.mark.django_db


def emit_one(aggregate_id="A", **overrides):
    fields = dict(
        domain="crisis",
        event_type="crisis_scenario.updated",
        aggregate_type="crisis_scenario",
        aggregate_id=aggregate_id,
        payload={"status": "contained", "at": timezone.now()},
    )
    fields.update(overrides)
    return emit(**fields)


def test_an_event_reaches_the_stream_only_after_its_transaction_commits(
    events_redis, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), request_id_scope("req-1"):
        event = emit_one()
        assert OutboxEvent.objects.get(pk=event.pk).delivered_at is None
        assert stream(events_redis, "crisis") == []
    event.refresh_from_db()
    (entry,) = stream(events_redis, "crisis")
    assert event.delivered_at is not None and event.stream_entry_id == entry["stream_id"]
    assert entry == {
        "event_id": str(event.event_id),
        "type": "crisis_scenario.updated",
        "domain": "crisis",
        "aggregate_type": "crisis_scenario",
        "aggregate_id": "A",
        "payload": {"status": "contained", "at": event.payload["at"]},
        "correlation_id": "req-1",
        "request_id": "req-1",
        "occurred_at": event.occurred_at.isoformat(),
        "stream_id": event.stream_entry_id,
    }


def test_a_rolled_back_change_sends_nothing(events_redis, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        emit_one()
        raise RuntimeError("the change fails")
    assert callbacks == [] and not OutboxEvent.objects.exists()
    assert stream(events_redis, "crisis") == []


def test_live_screens_get_the_event_on_the_domain_channel(events_redis, django_capture_on_commit_callbacks):
    subscriber = events_redis.pubsub()
    subscriber.subscribe(conf.channel_name("crisis"))
    assert subscriber.get_message(timeout=1)["type"] == "subscribe"
    with django_capture_on_commit_callbacks(execute=True):
        event = emit_one()
    message = subscriber.get_message(timeout=2)
    subscriber.close()
    body = json.loads(message["data"])
    event.refresh_from_db()
    assert message["channel"].decode() == "airport:live:crisis"
    assert body["event_id"] == str(event.event_id) and body["stream_id"] == event.stream_entry_id
    assert body["type"] == "crisis_scenario.updated" and body["payload"]["status"] == "contained"


def test_an_event_is_never_twice_in_the_stream(events_redis, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = emit_one()
    event.refresh_from_db()
    first_entry = event.stream_entry_id
    # The relay died after XADD, before marking the row: the row still says "undelivered".
    OutboxEvent.objects.filter(pk=event.pk).update(delivered_at=None, stream_entry_id=None)
    result = relay()
    assert result.delivered == 1 and result.duplicates == 1
    assert [e["event_id"] for e in stream(events_redis, "crisis")] == [str(event.event_id)]
    event.refresh_from_db()
    assert event.delivered_at is not None and event.stream_entry_id == first_entry


def test_events_of_one_aggregate_wait_for_the_earlier_ones(events_redis):
    # Not captured: in this test transaction the after-commit relay never runs, as if Redis was down.
    a1, a2, a3 = emit_one("A"), emit_one("A"), emit_one("A")
    b1, b2 = emit_one("B"), emit_one("B")
    OutboxEvent.objects.filter(pk=a1.pk).update(next_attempt_at=timezone.now() + timezone.timedelta(hours=1))

    assert relay().delivered == 2  # B's two; A's are held behind a1, which waits for its retry
    assert [e["aggregate_id"] for e in stream(events_redis, "crisis")] == ["B", "B"]
    assert relay(respect_backoff=False).delivered == 3
    ids = [e["event_id"] for e in stream(events_redis, "crisis")]
    assert ids == [str(e.event_id) for e in (b1, b2, a1, a2, a3)]


def test_a_failed_delivery_is_kept_with_growing_backoff(settings, events_redis):
    settings.EVENTS_REDIS_URL = "redis://127.0.0.1:6399/0"  # nothing listens there
    event = emit_one()
    result = relay(respect_backoff=False)
    assert result.delivered == 0 and "6399" in result.error
    event.refresh_from_db()
    assert event.attempts == 1 and event.delivered_at is None and "6399" in event.last_error
    first_wait = event.next_attempt_at - timezone.now()
    relay(respect_backoff=False)
    event.refresh_from_db()
    assert event.attempts == 2 and event.next_attempt_at - timezone.now() > first_wait
    assert relay(respect_backoff=True).delivered == 0  # not due yet


def test_unknown_domains_are_refused():
    with pytest.raises(ValueError, match="unknown event domain"):
        emit_one(domain="weather")
    assert uuid.UUID(str(OutboxEvent().event_id))
