"""The demo day's building blocks: recognisable demo ids, the clock and the airport's rhythm.

Demo rows are recognised by their primary key: every id is a UUIDv8 (RFC 9562, custom layout)
whose first 52 bits are `DEMO_ID_PREFIX` and version 8. Ordinary rows get version-4 ids
(`uuid4()` / `gen_random_uuid()`), which can never fall in that range, so
`id BETWEEN DEMO_ID_MIN AND DEMO_ID_MAX` selects exactly the demo rows of any table,
hypertables included, without a marker column.

The day is the 24 hours before its `end`. A thunderstorm seven hours before the end drives the
afternoon's disruption; `airport_load()` gives the hub's rhythm of arrival and departure banks.
"""

import datetime as dt
import math
import random
import uuid
import zoneinfo
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice

import factory.random

from airport_platform.models import SoftDeletable
from demo.numbers import dec

DEMO_ID_PREFIX = 0xDE3D0000DA7A  # 48 bits: demo ids read "de3d0000-da7a-8..."
_DEMO_ID_BASE = (DEMO_ID_PREFIX << 80) | (0x8 << 76)
DEMO_ID_MIN = uuid.UUID(int=_DEMO_ID_BASE)
DEMO_ID_MAX = uuid.UUID(int=_DEMO_ID_BASE | ((1 << 76) - 1))


def demo_id(rng: random.Random) -> uuid.UUID:
    """A UUIDv8 in the demo range: prefix, version 8, RFC 4122 variant, 74 random bits."""
    bits = rng.getrandbits(74)
    return uuid.UUID(int=_DEMO_ID_BASE | ((bits >> 62) << 64) | (0b10 << 62) | (bits & ((1 << 62) - 1)))


def is_demo_id(value: uuid.UUID) -> bool:
    return DEMO_ID_MIN <= value <= DEMO_ID_MAX


def demo_rows(model):
    """Every demo row of `model`, soft-deleted ones included."""
    manager = model.all_objects if issubclass(model, SoftDeletable) else model._default_manager
    return manager.filter(id__gte=DEMO_ID_MIN, id__lte=DEMO_ID_MAX)


LOCAL = zoneinfo.ZoneInfo("Europe/Amsterdam")
DAY = dt.timedelta(hours=24)
BATCH_SIZE = 5000
STORM_BEFORE_END = dt.timedelta(hours=7)
STORM_DURATION = dt.timedelta(minutes=100)
IRREGULAR_AFTER_STORM = dt.timedelta(minutes=20)
SYSTEM_STATE_EVERY_MIN = 5
DUTY_MANAGERS = ("m.jansen", "s.bakker", "p.devries", "a.elamrani", "l.visser")
# (centre hour local time, height, width in hours) of the hub's arrival/departure banks
BANKS = (
    (7.2, 0.95, 1.0),
    (9.6, 0.7, 0.9),
    (12.4, 0.75, 1.0),
    (15.3, 0.65, 1.0),
    (18.0, 1.0, 1.2),
    (21.0, 0.55, 0.9),
)


def airport_load(moment: dt.datetime) -> float:
    """How busy the airport is, 0 (night) to 1 (peak bank), at a moment."""
    local = moment.astimezone(LOCAL)
    hour = local.hour + local.minute / 60
    if hour < 5.5 or hour > 23.5:
        return 0.04
    value = 0.08 + sum(
        height * math.exp(-(((hour - centre) / width) ** 2) / 2) for centre, height, width in BANKS
    )
    return min(1.0, value)


@dataclass
class DemoDay:
    end: dt.datetime
    scale: int
    seed: int
    # progress(description, total) -> a context manager with update(n), e.g. a tqdm bar
    progress: Callable[[str, int], AbstractContextManager]
    rng: random.Random = field(default_factory=random.Random)
    # entity rows built by `make`, inserted by `flush` (model -> rows, parents first)
    pending: dict = field(default_factory=dict)

    @property
    def start(self) -> dt.datetime:
        return self.end - DAY

    @property
    def storm_start(self) -> dt.datetime:
        return self.end - STORM_BEFORE_END

    @property
    def storm_end(self) -> dt.datetime:
        return self.storm_start + STORM_DURATION

    def in_storm(self, moment: dt.datetime) -> bool:
        return self.storm_start <= moment < self.storm_end

    def reseed(self, section: str) -> None:
        """Each section draws from its own stream, so it comes out the same seeded alone or with others."""
        key = f"{self.seed}:{section}"
        self.rng = random.Random(key)
        factory.random.reseed_random(key)

    def new_id(self) -> uuid.UUID:
        return demo_id(self.rng)

    def make(self, factory_class, **fields):
        """One entity row built by its factory, with a demo id; `flush()` inserts it.

        `updated_at` defaults to `created_at`: the row was last changed when the story made it.
        """
        model = factory_class._meta.model
        if "created_at" in fields and "updated_at" in {f.name for f in model._meta.concrete_fields}:
            fields.setdefault("updated_at", fields["created_at"])
        row = factory_class.build(id=self.new_id(), **fields)
        self.pending.setdefault(model, []).append(row)
        return row

    def flush(self) -> None:
        """Insert the rows `make` built, one `bulk_create` per model, parents first."""
        for model, rows in self.pending.items():
            model._base_manager.bulk_create(rows, batch_size=BATCH_SIZE)
        self.pending = {}

    def times(self, every_minutes: float, start=None, end=None) -> list[dt.datetime]:
        """Sample times of a series, `scale` times denser than every `every_minutes`."""
        start, end = start or self.start, end or self.end
        step = dt.timedelta(minutes=every_minutes) / self.scale
        count = int((end - start) / step)
        return [start + i * step for i in range(count)]

    def moment_weighted_by_load(self, start=None, end=None) -> dt.datetime:
        start, end = start or self.start, end or self.end
        while True:
            moment = start + (end - start) * self.rng.random()
            if self.rng.random() < airport_load(moment):
                return moment.replace(microsecond=0)

    def bulk_insert(self, model, rows: Iterable, total: int) -> int:
        """Insert `rows` (a generator is fine) in batches, with a progress bar."""
        inserted = 0
        iterator = iter(rows)
        with self.progress(model._meta.db_table, total) as bar:
            while batch := list(islice(iterator, BATCH_SIZE)):
                model._default_manager.bulk_create(batch, batch_size=BATCH_SIZE)
                inserted += len(batch)
                bar.update(len(batch))
        return inserted


def minutes(value: float) -> dt.timedelta:
    return dt.timedelta(minutes=value)


def unit(value: float) -> Decimal:
    """A NUMERIC(5,4) in [0, 1]."""
    return dec(min(1.0, max(0.0, value)), 4)


def weighted(rng: random.Random, choices):
    """One of (value, weight) pairs, drawn by weight."""
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def demo_decisions():
    """The demo's decisions, oldest first (sections after orchestration build on them)."""
    from orchestration.models import Decision

    return list(demo_rows(Decision).order_by("initiated_at"))
