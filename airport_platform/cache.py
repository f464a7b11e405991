"""Hot reads cached in Redis (django-redis), invalidated on write, never trusted blindly.

`cached(name, compute, timeout)` stores the value together with the *generation* of `name`;
`invalidate(name)` bumps the generation, at once and again after the transaction commits. A
value computed before a change that committed later therefore carries an old generation and
is recomputed: no stale value survives a write, even when a reader races the writer.

Keys include the database name, so two databases (e.g. parallel test runs) sharing one Redis
never read each other's values. When Redis is down, django-redis ignores the errors
(`IGNORE_EXCEPTIONS`): every read computes from the database, slower, and nothing fails.
"""

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction

_MISSING = object()
_GENERATION_TIMEOUT = None  # generations never expire (a lost one just means one recomputation)


def _key(name: str, part: str, using: str) -> str:
    return f"hot:{connections[using].settings_dict['NAME']}:{name}:{part}"


def cached(name: str, compute, *, timeout: int = 60, using: str = DEFAULT_DB_ALIAS):
    """`compute()`'s value, from the cache when it is current. None is a value too."""
    value_key, generation_key = _key(name, "value", using), _key(name, "generation", using)
    found = cache.get_many([value_key, generation_key])
    generation = found.get(generation_key, 0)
    entry = found.get(value_key, _MISSING)
    if entry is not _MISSING and isinstance(entry, tuple) and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(value_key, (generation, value), timeout)
    return value


def _bump(name: str, using: str) -> None:
    generation_key = _key(name, "generation", using)
    try:
        cache.incr(generation_key)
    except ValueError:  # no generation yet
        cache.set(generation_key, 1, _GENERATION_TIMEOUT)
    cache.delete(_key(name, "value", using))


def invalidate(*names: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Forget `names` now and once more when the current transaction commits."""
    for name in names:
        _bump(name, using)
        transaction.on_commit(lambda name=name: _bump(name, using), using=using, robust=True)


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
