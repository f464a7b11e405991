"""Declarative state machines for status columns (STYLE.md §9), one shape for every domain.

A domain declares each status column once, in its `lifecycle.py`:

    SCENARIO = Lifecycle(
        label="crisis scenario",
        argument="scenario",                 # keyword its transition service takes the row by
        transitions={MONITORING: {ACTIVE, RESOLVED}, ACTIVE: {...}, ..., CLOSED: set()},
        initial={MONITORING, ACTIVE},        # states a new row may be created in
        on_enter={ACTIVE: "started_at", RESOLVED: "ended_at"},   # stamped on first entry
    )

and the platform derives the rest: the serializer accepts the field on create (an initial
state only) and never on update, the timestamps it stamps are read-only, the viewset gets
`POST {id}/transition/`, the admin shows one button per allowed target. The domain's service
(`<entity>_transition(*, <argument>, to, user, reason)`) locks the row, applies its own rules
and calls `Lifecycle.apply()`; an illegal move raises `InvalidTransition` (HTTP 409).
"""

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pghistory
from django.utils import timezone

from airport_platform.exceptions import InvalidTransition


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class Lifecycle:
    label: str
    argument: str
    transitions: Mapping[str, Iterable[str]]
    initial: Iterable[str]
    field: str = "status"
    #: state -> timestamp field(s) set to now when the row first enters that state (kept if set).
    on_enter: Mapping[str, str | Iterable[str]] = dataclasses.field(default_factory=dict)
    #: Other columns only the transition services write (e.g. `sent_by`): read-only elsewhere.
    service_fields: Iterable[str] = ()
    #: The state a NULL column counts as (nullable status columns of the spec).
    null_state: str | None = None

    def __post_init__(self):
        transitions = {
            str(state): frozenset(map(str, targets)) for state, targets in self.transitions.items()
        }
        unknown = {t for targets in transitions.values() for t in targets} - set(transitions)
        initial = tuple(dict.fromkeys(map(str, self.initial)))
        if unknown or not initial or set(initial) - set(transitions):
            raise ValueError(
                f"{self.label} lifecycle: unknown states {unknown or set(initial) - set(transitions)}"
            )
        object.__setattr__(self, "transitions", transitions)
        object.__setattr__(self, "initial", initial)
        object.__setattr__(self, "on_enter", {str(s): _as_tuple(f) for s, f in self.on_enter.items()})
        object.__setattr__(self, "service_fields", _as_tuple(self.service_fields))

    # --- the vocabulary ------------------------------------------------------------------------

    @property
    def states(self) -> tuple[str, ...]:
        return tuple(self.transitions)

    @property
    def default(self) -> str:
        """The state a new row gets when it names none: the first initial state."""
        return self.initial[0]

    @property
    def final_states(self) -> frozenset[str]:
        return frozenset(state for state, targets in self.transitions.items() if not targets)

    @property
    def open_states(self) -> frozenset[str]:
        return frozenset(self.transitions) - self.final_states

    @property
    def stamped_fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for names in self.on_enter.values() for name in names))

    @property
    def read_only_fields(self) -> tuple[str, ...]:
        """What clients and the admin never edit: the timestamps and service-written columns
        (the status itself is settable on create, see `check_initial`)."""
        return tuple(dict.fromkeys((*self.stamped_fields, *self.service_fields)))

    def current(self, instance) -> str | None:
        value = getattr(instance, self.field)
        return self.null_state if value is None else value

    def allowed(self, current: str | None) -> tuple[str, ...]:
        """The targets allowed from `current`, in vocabulary order."""
        if current is None:
            current = self.null_state
        targets = self.transitions.get(current, frozenset())
        return tuple(state for state in self.transitions if state in targets)

    # --- rules ---------------------------------------------------------------------------------

    def describe_allowed(self, current: str | None) -> str:
        return ", ".join(self.allowed(current)) or "none (final state)"

    def check(self, current: str | None, target: str) -> None:
        """Raise InvalidTransition unless `current -> target` is allowed; the message names the
        current state, the target and the allowed targets."""
        if target not in self.allowed(current):
            raise InvalidTransition(
                f"a {self.label} cannot go from {current} to {target}; "
                f"allowed from {current}: {self.describe_allowed(current)}"
            )

    def initial_problem(self, state: str) -> str | None:
        """Why a new row may not start in `state`, or None."""
        if state in self.initial:
            return None
        return (
            f"a new {self.label} starts in one of: {', '.join(self.initial)} "
            f"(got {state}); later states are reached through POST .../transition/"
        )

    # --- changing a row ------------------------------------------------------------------------

    def stamp(self, instance, state: str, *, now=None) -> list[str]:
        """Set the timestamps `state` stamps on `instance` (those still empty); their names."""
        now = now or timezone.now()
        stamped = []
        for name in self.on_enter.get(state, ()):
            if getattr(instance, name) is None:
                setattr(instance, name, now)
                stamped.append(name)
        return stamped

    def stamp_values(self, state: str, values: dict, *, now=None) -> dict:
        """`values` (a row's fields about to be created) plus the timestamps `state` stamps."""
        now = now or timezone.now()
        stamps = {name: now for name in self.on_enter.get(state, ()) if values.get(name) is None}
        return {**values, **stamps}

    def lock(self, instance):
        """Re-read the row with a row lock (inside the caller's transaction): concurrent
        transitions of the same row queue up, and the check sees the committed state."""
        model = type(instance)
        return model._default_manager.select_for_update(of=("self",)).get(pk=instance.pk)

    def apply(self, instance, *, to: str, user=None, reason: str = "", changes: dict | None = None):
        """Move a locked row to `to`: check, stamp, save. `changes` are other columns the
        service sets in the same write. The reason goes into the change history's context."""
        previous = self.current(instance)
        self.check(previous, to)
        setattr(instance, self.field, to)
        update_fields = [self.field, *self.stamp(instance, to)]
        for name, value in (changes or {}).items():
            setattr(instance, name, value)
            update_fields.append(name)
        model = type(instance)
        names = {f.name for f in model._meta.concrete_fields}
        if user is not None:
            for name in model.update_author_fields():
                setattr(instance, name, user.get_username())
                update_fields.append(name)
        if "updated_at" in names:
            update_fields.append("updated_at")
        # Inside a request this adds to the request's history context; elsewhere it opens one.
        with pghistory.context(
            transition={"field": self.field, "from": previous, "to": to, "reason": reason}
        ):
            instance.save(update_fields=list(dict.fromkeys(update_fields)))
        return instance

    def diagram_rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """(state, allowed targets) for every state, for docs and the admin."""
        return [(state, self.allowed(state)) for state in self.transitions]


PLATFORM_ACTOR = "platform"  # who acts when no user does (scheduled jobs, automatic rules)


def actor_name(user) -> str:
    return user.get_username() if user is not None else PLATFORM_ACTOR
