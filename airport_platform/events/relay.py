"""Relay outbox events to Redis: a stream per domain (durable, for consumers that must not miss
anything) and a pub/sub channel per domain (live screens).

Guarantees:

- **Per aggregate, in order.** An event is sent only when no earlier event of its aggregate is
  still undelivered; the outbox rows being sent are locked (`FOR UPDATE SKIP LOCKED`), so
  several relays (after-commit hooks in web workers, the `relay_events` worker) can run at once.
- **Never twice in a stream.** One Lua script, atomic in Redis, remembers the event id
  (`SET <prefix>:delivered:<event id>`) and appends to the stream only if the id is new. If the
  relay dies between the XADD and marking the row delivered, the next attempt finds the id
  and only marks the row.
- **Retries with backoff.** The Redis client retries a failed connection twice (20 ms, 40 ms);
  a batch that still fails is kept with `attempts + 1` and `next_attempt_at` growing
  exponentially (1 s to 5 min) for the sweep. After a failure the after-commit relay of this
  process stands back for a while (circuit breaker), so requests do not wait on a dead Redis.
"""

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass

import redis
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, models, transaction
from django.utils import timezone
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from . import conf
from .models import OutboxEvent

logger = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 1
BACKOFF_CAP_SECONDS = 300
BATCH_SIZE = 200

# KEYS: dedupe key, stream. ARGV: dedupe ttl, maxlen, channel, message JSON, field/value pairs.
# Returns {stream entry id, 1 if appended now / 0 if it was already there}.
DELIVER_SCRIPT = """
local seen = redis.call('GET', KEYS[1])
if seen then
  return {seen, 0}
end
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, 5))
redis.call('SET', KEYS[1], id, 'EX', ARGV[1])
redis.call('PUBLISH', ARGV[3], '{"stream_id":"' .. id .. '",' .. string.sub(ARGV[4], 2))
return {id, 1}
"""

HEADS_SQL = """
SELECT o.seq FROM event_outbox o
WHERE o.delivered_at IS NULL
  {aggregate_filter}
  {backoff_filter}
  AND NOT EXISTS (
      SELECT 1 FROM event_outbox p
      WHERE p.delivered_at IS NULL AND p.aggregate_type = o.aggregate_type
        AND p.aggregate_id = o.aggregate_id AND p.seq < o.seq
  )
ORDER BY o.seq
LIMIT %(limit)s
FOR UPDATE OF o SKIP LOCKED
"""

_clients: dict[str, redis.Redis] = {}
_clients_lock = threading.Lock()


def events_redis() -> redis.Redis:
    """The Redis client of the events (one per URL and process; connections are pooled)."""
    url = conf.redis_url()
    client = _clients.get(url)
    if client is None:
        with _clients_lock:
            client = _clients.get(url)
            if client is None:
                client = redis.Redis.from_url(
                    url,
                    socket_connect_timeout=1,
                    socket_timeout=2,
                    retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 2),
                    health_check_interval=30,
                )
                _clients[url] = client
    return client


@dataclass
class RelayResult:
    delivered: int = 0
    duplicates: int = 0  # already in the stream (a previous attempt died before marking the row)
    error: str | None = None


class _Breaker:
    """After a failed delivery, the after-commit relay skips Redis for a growing while."""

    def __init__(self):
        self.failures = 0
        self.open_until = 0.0

    def allows(self) -> bool:
        return time.monotonic() >= self.open_until

    def failed(self):
        self.failures += 1
        self.open_until = time.monotonic() + min(2 ** (self.failures - 1), 30)

    def succeeded(self):
        self.failures, self.open_until = 0, 0.0


breaker = _Breaker()


def backoff_delay(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_CAP_SECONDS))


def _encode(value) -> str:
    return DjangoJSONEncoder().encode(value)


def _publish(client: redis.Redis, events: list[OutboxEvent]) -> list[tuple[str, bool]]:
    script = client.register_script(DELIVER_SCRIPT)
    pipe = client.pipeline(transaction=False)
    for event in events:
        message = event.message()
        fields = []
        for name, value in message.items():
            fields += [name, _encode(value) if name == "payload" else ("" if value is None else str(value))]
        script(
            keys=[conf.dedupe_key(event.event_id), conf.stream_name(event.domain)],
            args=[conf.dedupe_ttl(), conf.stream_maxlen(), conf.channel_name(event.domain), _encode(message)]
            + fields,
            client=pipe,
        )
    results = pipe.execute()
    return [
        (entry_id.decode() if isinstance(entry_id, bytes) else entry_id, bool(new))
        for entry_id, new in results
    ]


def _deliver_batch(*, using, aggregates, respect_backoff, limit) -> tuple[int, int]:
    """Deliver the oldest undelivered event of up to `limit` aggregates; (delivered, duplicates).
    Raises redis.RedisError after recording the failure on the rows."""
    params = {"limit": limit}
    aggregate_filter = backoff_filter = ""
    if aggregates is not None:
        aggregate_filter = (
            "AND (o.aggregate_type, o.aggregate_id) IN "
            "(SELECT * FROM unnest(%(aggregate_types)s::text[], %(aggregate_ids)s::text[]))"
        )
        params["aggregate_types"] = [kind for kind, _ in aggregates]
        params["aggregate_ids"] = [str(ident) for _, ident in aggregates]
    if respect_backoff:
        backoff_filter = "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= NOW())"
    with transaction.atomic(using=using):
        with connections[using].cursor() as cursor:
            cursor.execute(
                HEADS_SQL.format(aggregate_filter=aggregate_filter, backoff_filter=backoff_filter), params
            )
            seqs = [row[0] for row in cursor.fetchall()]
        if not seqs:
            return 0, 0
        events = list(OutboxEvent.objects.using(using).filter(seq__in=seqs).order_by("seq"))
        try:
            outcomes = _publish(events_redis(), events)
        except redis.RedisError as exc:
            failure = exc
            now = timezone.now()
            for event in events:
                event.attempts += 1
                event.next_attempt_at = now + backoff_delay(event.attempts)
                event.last_error = f"{exc.__class__.__name__}: {exc}"[:1000]
            OutboxEvent.objects.using(using).bulk_update(
                events, ["attempts", "next_attempt_at", "last_error"]
            )
        else:
            failure = None
            now = timezone.now()
            for event, (entry_id, _) in zip(events, outcomes, strict=True):
                event.delivered_at, event.stream_entry_id = now, entry_id
                event.last_error = None
            OutboxEvent.objects.using(using).bulk_update(
                events, ["delivered_at", "stream_entry_id", "last_error"]
            )
    if failure is not None:  # raised once the attempt is recorded (committed), not rolled back
        raise failure
    return len(events), sum(1 for _, new in outcomes if not new)


def relay(
    *, using: str = "default", aggregates=None, respect_backoff: bool = True, max_events: int = 10_000
) -> RelayResult:
    """Deliver undelivered events (of `aggregates`, [(type, id)], or all), oldest first per
    aggregate, until none is left or `max_events` were sent. Never raises for Redis errors:
    the result says what happened."""
    result = RelayResult()
    while result.delivered < max_events:
        try:
            delivered, duplicates = _deliver_batch(
                using=using,
                aggregates=aggregates,
                respect_backoff=respect_backoff,
                limit=min(BATCH_SIZE, max_events - result.delivered),
            )
        except redis.RedisError as exc:
            result.error = f"{exc.__class__.__name__}: {exc}"
            breaker.failed()
            logger.warning("event relay: Redis unavailable, events stay in the outbox: %s", exc)
            return result
        if not delivered:
            break
        result.delivered += delivered
        result.duplicates += duplicates
    breaker.succeeded()
    return result


def relay_after_commit(seqs: list[int], *, using: str = "default") -> RelayResult | None:
    """`transaction.on_commit` hook of `emit()`: deliver these events, and whatever waits before
    them in their aggregates. A failure leaves them to the sweep; it never reaches the caller."""
    if not breaker.allows():
        return None
    try:
        aggregates = list(
            OutboxEvent.objects.using(using)
            .filter(seq__in=seqs, delivered_at__isnull=True)
            .values_list("aggregate_type", "aggregate_id")
            .distinct()
        )
        if not aggregates:
            return RelayResult()
        return relay(using=using, aggregates=aggregates, respect_backoff=False, max_events=1000)
    except Exception:  # the change is committed: a relay problem must not turn it into an error
        logger.exception("event relay after commit failed; the relay_events sweep will deliver")
        return None


def replay(*, since: dt.datetime, using: str = "default", batch_size: int = BATCH_SIZE) -> RelayResult:
    """Send again every event delivered at or after `since`, oldest first (so in order per
    aggregate), after Redis lost data (a restart without persistence, a failover). An event
    whose id Redis still remembers is not appended twice; consumers dedupe by event id anyway.
    `delivered` counts the events appended again, `duplicates` those Redis still had."""
    result = RelayResult()
    last_seq = 0
    while True:
        events = list(
            OutboxEvent.objects.using(using)
            .filter(delivered_at__gte=since, seq__gt=last_seq)
            .order_by("seq")[:batch_size]
        )
        if not events:
            return result
        try:
            outcomes = _publish(events_redis(), events)
        except redis.RedisError as exc:
            result.error = f"{exc.__class__.__name__}: {exc}"
            return result
        again = []
        for event, (entry_id, new) in zip(events, outcomes, strict=True):
            if new:
                event.stream_entry_id = entry_id
                again.append(event)
        OutboxEvent.objects.using(using).bulk_update(again, ["stream_entry_id"])
        result.delivered += len(again)
        result.duplicates += len(events) - len(again)
        last_seq = events[-1].seq


def waiting_after_connection_failure(using: str = "default") -> bool:
    """Are events held back by a backoff that a connection failure caused? Once Redis answers
    again, waiting longer for those is pointless."""
    return (
        OutboxEvent.objects.using(using)
        .filter(delivered_at__isnull=True, next_attempt_at__gt=timezone.now())
        .filter(
            models.Q(last_error__startswith="ConnectionError")
            | models.Q(last_error__startswith="TimeoutError")
        )
        .exists()
    )


def backlog(using: str = "default") -> dict:
    """How many events wait for delivery, and the age of the oldest (health report)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT count(*), EXTRACT(EPOCH FROM NOW() - min(occurred_at)) FROM event_outbox "
            "WHERE delivered_at IS NULL"
        )
        count, age = cursor.fetchone()
    return {
        "undelivered": count,
        "oldest_undelivered_seconds": round(float(age), 1) if age is not None else None,
    }


def delivery_lag(*, window_seconds: int = 60, using: str = "default") -> dict:
    """How long events delivered in the last `window_seconds` waited between being written
    and reaching Redis (median and maximum, seconds)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY lag), max(lag) FROM ("
            " SELECT EXTRACT(EPOCH FROM delivered_at - occurred_at) AS lag FROM event_outbox"
            " WHERE delivered_at >= NOW() - make_interval(secs => %s)) recent",
            [window_seconds],
        )
        count, median, worst = cursor.fetchone()
    return {
        "window_seconds": window_seconds,
        "delivered": count,
        "p50_seconds": round(float(median), 3) if median is not None else None,
        "max_seconds": round(float(worst), 3) if worst is not None else None,
    }
