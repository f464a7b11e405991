"""The relay killed with SIGKILL in the middle of a batch (after Redis took the events, before
the outbox rows were marked) loses no event and appends none twice once it restarts."""

import sys

import pytest
import redis
from django.db import connection

from airport_platform.events.models import OutboxEvent

from .conftest import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

EVENTS = 2000
# Marking a batch of 200 delivered takes a second (5 ms per row), sending it a few ms: the
# test kills the relay once Redis has a batch whose rows are not marked yet.
SLOW_MARKING = """
CREATE FUNCTION test_slow_marking() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_sleep(0.005); RETURN NEW; END $$;
CREATE TRIGGER test_slow_marking BEFORE UPDATE ON event_outbox FOR EACH ROW EXECUTE FUNCTION test_slow_marking();
"""
DROP_SLOW_MARKING = """
DROP TRIGGER IF EXISTS test_slow_marking ON event_outbox;
DROP FUNCTION IF EXISTS test_slow_marking();
"""


def stream_ids(client) -> list[str]:
    return [fields[b"event_id"].decode() for _, fields in client.xrange("airport:events:orchestration")]


def test_a_relay_killed_mid_batch_loses_and_duplicates_no_event(processes):
    OutboxEvent.objects.bulk_create(
        OutboxEvent(
            domain="orchestration",
            event_type="decision_transitioned",
            aggregate_type="decision",
            aggregate_id=f"aggregate-{number % 1000}",  # batches of 200 (one head per aggregate)
            payload={"number": number},
        )
        for number in range(EVENTS)
    )
    expected = sorted(str(event_id) for event_id in OutboxEvent.objects.values_list("event_id", flat=True))
    client = redis.Redis.from_url(processes.redis.url(2))
    relay_command = [sys.executable, "manage.py", "relay_events", "--forever", "--interval", "0.2"]
    with connection.cursor() as cursor:
        cursor.execute(SLOW_MARKING)
    try:
        relay, log = processes.start("relay", relay_command)
        wait_for(
            lambda: OutboxEvent.objects.filter(delivered_at__isnull=False).count() >= 400,
            timeout=120,
            what="a few batches delivered",
            log=log,
        )
        delivered = lambda: OutboxEvent.objects.filter(delivered_at__isnull=False).count()  # noqa: E731
        wait_for(
            lambda: len(stream_ids(client)) > delivered(), timeout=60, what="a batch sent, not yet marked"
        )
        processes.kill(relay)
        marked = OutboxEvent.objects.filter(delivered_at__isnull=False).count()
        in_stream = len(stream_ids(client))
    finally:
        with connection.cursor() as cursor:
            cursor.execute(DROP_SLOW_MARKING)
    assert marked < EVENTS, "the relay finished before it was killed"
    assert in_stream > marked, "the kill did not land between XADD and marking the rows"

    relay, log = processes.start("relay-again", relay_command)
    wait_for(
        lambda: not OutboxEvent.objects.filter(delivered_at__isnull=True).exists(),
        timeout=120,
        what="the restarted relay to deliver the rest",
        log=log,
    )
    ids = stream_ids(client)
    assert len(ids) == EVENTS and sorted(ids) == expected  # every event once
    assert "already in the stream" in log.read_text()
    duplicates = sum(
        int(line.split("already in the stream: ")[1].split(")")[0])
        for line in log.read_text().splitlines()
        if "already in the stream: " in line
    )
    assert duplicates == in_stream - marked  # the killed batch, recognised by event id
