#!/usr/bin/env python3
"""A small consumer of the platform's real-time events that resumes where it stopped.

Reads one domain's Redis stream (`airport:events:<domain>`) with XREAD, handles each message,
and saves the last stream id it handled in a file after each one; restarted, it continues from
that id, so it neither misses nor repeats an event. Needs only `redis` (pip install redis).

    python examples/consume_events.py --domain orchestration --redis redis://127.0.0.1:6379/0 \
        --state /var/lib/gate-display/orchestration.last-id

With no state file it starts at the beginning of the stream (`--from-now` starts at new events).
Several instances that must share the work use a consumer group instead (XREADGROUP/XACK).
"""

import argparse
import json
import os
import signal
import time
from pathlib import Path

import redis


def handle(message: dict) -> None:
    """Replace with the consumer's own work; must be idempotent by `event_id` if the consumer
    can crash between handling a message and saving its id."""
    payload = message["payload"]
    print(
        f"{message['occurred_at']} {message['type']:<28} {message['aggregate_type']}:{message['aggregate_id']}"
        f" request={message['request_id'] or '-'} {json.dumps(payload)[:120]}"
    )


def decode(fields: dict) -> dict:
    message = {key.decode(): value.decode() for key, value in fields.items()}
    message["payload"] = json.loads(message["payload"])
    return message


def save_last_id(state: Path, last_id: str) -> None:
    tmp = state.with_suffix(".tmp")
    tmp.write_text(last_id)
    os.replace(tmp, state)  # atomic: a crash leaves the old id or the new one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", default="orchestration", choices=["orchestration", "crisis", "passenger"])
    parser.add_argument("--redis", default=os.environ.get("EVENTS_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--prefix", default="airport:events")
    parser.add_argument("--state", type=Path, default=None, help="file keeping the last handled id")
    parser.add_argument("--from-now", action="store_true", help="without a saved id, skip older events")
    args = parser.parse_args()

    stream = f"{args.prefix}:{args.domain}"
    state = args.state or Path(f".{args.domain}.last-id")
    last_id = state.read_text().strip() if state.exists() else ("$" if args.from_now else "0-0")
    client = redis.Redis.from_url(args.redis, socket_timeout=10)
    running = True

    def stop(*_):
        nonlocal running
        running = False

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    print(f"reading {stream} after {last_id}")
    while running:
        try:
            batches = client.xread({stream: last_id}, count=100, block=5000)
        except redis.ConnectionError as exc:  # Redis restarting: try again, nothing is lost
            print(f"redis unavailable ({exc}); retrying")
            time.sleep(2)
            continue
        for _, entries in batches:
            for entry_id, fields in entries:
                handle(decode(fields))
                last_id = entry_id.decode()
                save_last_id(state, last_id)


if __name__ == "__main__":
    main()
