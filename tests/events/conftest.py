"""Events fixtures: the real Redis, on a database number of its own (other test runs share
database 0 and flush it), and real users and tokens."""

import contextlib
import json
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis

from airport_platform.events import conf, relay
from tests.history.conftest import client_for, make_decision, make_mode, make_scenario, make_user  # noqa: F401

EVENTS_REDIS_DB = 13
REDIS_PORT = 6379  # the machine's shared Redis: never stopped by a test (see RedisServer)


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


class RedisServer:
    """A redis-server of the test's own, on a free port, for tests that stop or restart Redis:
    the machine's shared Redis (6379: dev servers, other test runs) is never touched.

    `stop(save=True)` writes its data to disk first (`SHUTDOWN SAVE`), so `start()` brings it
    back with that data, as a production Redis with persistence restarts."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--dbfilename",
                "dump.rdb",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            if self.pings():
                return self
            time.sleep(0.05)
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self, *, save: bool = False):
        if self.process is None:
            return
        with contextlib.suppress(redis.RedisError):  # SHUTDOWN drops the connection: expected
            redis.Redis(port=self.port, socket_connect_timeout=1).shutdown(save=save, nosave=not save)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def pings(self) -> bool:
        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.2).ping()
        except redis.RedisError:
            return False


@pytest.fixture
def own_redis(tmp_path):
    """A private Redis server, stopped (and its process reaped) after the test."""
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()
