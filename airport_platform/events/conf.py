"""Event settings, with defaults (override any in settings.py or through the environment there).

- EVENTS_REDIS_URL: where streams and channels live (default: REDIS_URL). Give it its own
  database number in production so flushing the cache can never drop a stream.
- EVENTS_STREAM_PREFIX: streams are `<prefix>:<domain>` (default `airport:events`).
- EVENTS_CHANNEL_PREFIX: pub/sub channels are `<prefix>:<domain>` (default `airport:live`).
- EVENTS_STREAM_MAXLEN: approximate length each stream is trimmed to (default 100000).
- EVENTS_DEDUPE_TTL: seconds an event id is remembered as delivered (default 7 days).
"""

from django.conf import settings

# The domains with a stream and a channel: each domain registers itself at ready()
# (`registry.register_domain`, or `registry.publish_model`); `emit()` refuses any other.
DOMAINS: set[str] = set()


def redis_url() -> str:
    return getattr(settings, "EVENTS_REDIS_URL", None) or settings.REDIS_URL


def stream_name(domain: str) -> str:
    return f"{getattr(settings, 'EVENTS_STREAM_PREFIX', 'airport:events')}:{domain}"


def channel_name(domain: str) -> str:
    return f"{getattr(settings, 'EVENTS_CHANNEL_PREFIX', 'airport:live')}:{domain}"


def dedupe_key(event_id) -> str:
    return f"{getattr(settings, 'EVENTS_STREAM_PREFIX', 'airport:events')}:delivered:{event_id}"


def stream_maxlen() -> int:
    return int(getattr(settings, "EVENTS_STREAM_MAXLEN", 100_000))


def dedupe_ttl() -> int:
    return int(getattr(settings, "EVENTS_DEDUPE_TTL", 7 * 24 * 3600))
