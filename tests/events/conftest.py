"""Events fixtures: the real Redis, on a database number of its own (other test runs share
database 0 and flush it), and real users and tokens."""

import json
import subprocess
import time

import pytest
import redis

from airport_platform.events import conf, relay
from tests.history.conftest import client_for, make_decision, make_mode, make_scenario, make_user  # noqa: F401

EVENTS_REDIS_DB = 13
REDIS_PORT = 6379


@pytest.fixture
def events_redis(settings):
    settings.EVENTS_REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/{EVENTS_REDIS_DB}"
    client = relay.events_redis()
    client.flushdb()
    relay.breaker.succeeded()
    yield client
    relay.breaker.succeeded()


def stream(client, domain) -> list[dict]:
    """The stream's entries as dicts (payload decoded), oldest first."""
    entries = []
    for entry_id, fields in client.xrange(conf.stream_name(domain)):
        entry = {key.decode(): value.decode() for key, value in fields.items()}
        entry["payload"] = json.loads(entry["payload"])
        entry["stream_id"] = entry_id.decode()
        entries.append(entry)
    return entries


def stop_redis():
    subprocess.run(
        ["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], capture_output=True, timeout=10
    )
    for _ in range(50):
        if not _pings():
            return
        time.sleep(0.05)
    raise RuntimeError("Redis did not stop")


def start_redis():
    """Start Redis exactly as scripts/bootstrap does, and wait until it answers PING."""
    if not _pings():
        subprocess.run(
            [
                "redis-server",
                "--daemonize",
                "yes",
                "--bind",
                "127.0.0.1",
                "--port",
                str(REDIS_PORT),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            capture_output=True,
            timeout=10,
        )
    for _ in range(200):
        if _pings():
            return
        time.sleep(0.05)
    raise RuntimeError("Redis did not come back")


def _pings() -> bool:
    try:
        return redis.Redis(port=REDIS_PORT, socket_connect_timeout=0.2).ping()
    except redis.RedisError:
        return False
