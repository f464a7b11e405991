"""Hot reads cached in Redis (django-redis), invalidated on write, never trusted blindly.

`cached(name, compute, timeout)` stores the value together with the *generation* of `name`,
which lives in PostgreSQL (`cache_generations`, airport_platform/tasks/models.py), not in
Redis. `invalidate(name)` gives `name` a new generation in the writer's transaction: the
invalidation commits with the change or not at all, and no Redis outage, flush or restart
from an old snapshot can lose it, since a value stored under another generation is
recomputed. Generations come from a sequence, so a number handed out by a transaction that
rolled back is never reused.

- A value computed before a change that committed later carries an old generation and is
  recomputed: no stale value survives a write, even when a reader races the writer.
- Each process re-reads a name's generation at most every `CACHE_GENERATION_CHECK_SECONDS`
  (setting, default 1 s) and right after its own invalidations: another web server serves a
  replaced value for at most that long; a cached read costs no query in between.
- Keys include the database name, so two databases (e.g. parallel test runs) sharing one
  Redis never read each other's values. When Redis is down, django-redis ignores the errors
  (`IGNORE_EXCEPTIONS`): every read computes from the database, slower, and nothing fails.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction

_MISSING = object()
# (database name, cache name) -> (generation, time.monotonic() when read from PostgreSQL)
_generations: dict[tuple[str, str], tuple[int, float]] = {}

BUMP_SQL = (
    "INSERT INTO cache_generations (name, generation) VALUES (%s, nextval('cache_generations_seq')) "
    "ON CONFLICT (name) DO UPDATE SET generation = EXCLUDED.generation"
)


def _database(using: str) -> str:
    return connections[using].settings_dict["NAME"]


def _key(name: str, part: str, using: str) -> str:
    return f"hot:{_database(using)}:{name}:{part}"


def generation(name: str, *, using: str = DEFAULT_DB_ALIAS) -> int:
    """The current generation of `name` (0 before its first invalidation)."""
    memo_key = (_database(using), name)
    memo = _generations.get(memo_key)
    now = time.monotonic()
    if memo is not None and now - memo[1] < getattr(settings, "CACHE_GENERATION_CHECK_SECONDS", 1.0):
        return memo[0]
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT generation FROM cache_generations WHERE name = %s", [name])
        row = cursor.fetchone()
    current = row[0] if row else 0
    _generations[memo_key] = (current, now)
    return current


def cached(name: str, compute, *, timeout: int = 60, using: str = DEFAULT_DB_ALIAS):
    """`compute()`'s value, from the cache when it is current. None is a value too."""
    value_key = _key(name, "value", using)
    current = generation(name, using=using)
    entry = cache.get(value_key, _MISSING)
    if entry is not _MISSING and isinstance(entry, tuple) and entry[0] == current:
        return entry[1]
    value = compute()
    cache.set(value_key, (current, value), timeout)
    return value


def _forget(name: str, using: str) -> None:
    _generations.pop((_database(using), name), None)
    cache.delete(_key(name, "value", using))  # frees memory; correctness rests on the generation


def invalidate(*names: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Give `names` a new generation in the current transaction (committed with the change)."""
    with connections[using].cursor() as cursor:
        for name in names:
            cursor.execute(BUMP_SQL, [name])
    for name in names:
        _forget(name, using)
        transaction.on_commit(lambda name=name: _forget(name, using), using=using, robust=True)


def hot_read(name: str, *, depends_on: tuple, timeout: int = 60):
    """Decorator for a selector without arguments whose value is cached under `name` and
    invalidated whenever a row of a `depends_on` model is saved, deleted, soft-deleted or
    restored (admin, API, services alike). `selector.invalidate()` forgets it explicitly;
    `selector.uncached()` reads the database."""
    from django.db.models.signals import post_delete, post_save

    from airport_platform.models.managers import restored, soft_deleted

    def decorate(function):
        def selector():
            return cached(name, function, timeout=timeout)

        def on_write(sender, using=DEFAULT_DB_ALIAS, **kwargs):
            invalidate(name, using=using)

        for model in depends_on:
            for signal in (post_save, post_delete, soft_deleted, restored):
                signal.connect(
                    on_write, sender=model, weak=False, dispatch_uid=f"hot-read:{name}:{model._meta.label}"
                )
        selector.__name__, selector.__doc__ = function.__name__, function.__doc__
        selector.invalidate = lambda using=DEFAULT_DB_ALIAS: invalidate(name, using=using)
        selector.uncached = function
        selector.cache_name = name
        return selector

    return decorate
