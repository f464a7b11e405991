"""Real-time events: a transactional outbox relayed to Redis streams and pub/sub channels.

See docs/events.md.
"""
