"""The platform's declarative lifecycle (airport_platform/lifecycle.py), without a domain."""

import datetime as dt
from types import SimpleNamespace

import pytest

from airport_platform.exceptions import InvalidTransition
from airport_platform.lifecycle import Lifecycle

DOOR = Lifecycle(
    label="door",
    argument="door",
    transitions={"open": {"closed"}, "closed": {"open", "locked"}, "locked": {"closed"}, "gone": set()},
    initial=("closed", "open"),
    on_enter={"open": "opened_at", "locked": ("locked_at", "checked_at")},
    service_fields=("locked_by",),
    null_state="closed",
)


def test_a_declaration_naming_an_unknown_state_is_refused():
    with pytest.raises(ValueError, match="ajar"):
        Lifecycle(label="door", argument="door", transitions={"open": {"ajar"}}, initial=("open",))
    with pytest.raises(ValueError, match="ajar"):
        Lifecycle(label="door", argument="door", transitions={"open": set()}, initial=("ajar",))


def test_the_vocabulary_derives_from_the_map():
    assert DOOR.default == "closed"
    assert DOOR.final_states == {"gone"}
    assert DOOR.open_states == {"open", "closed", "locked"}
    assert DOOR.allowed("closed") == ("open", "locked")  # declaration order
    assert DOOR.allowed(None) == DOOR.allowed("closed")
    assert DOOR.read_only_fields == ("opened_at", "locked_at", "checked_at", "locked_by")


def test_an_illegal_move_names_current_target_and_allowed_targets():
    with pytest.raises(
        InvalidTransition, match="a door cannot go from open to locked; allowed from open: closed"
    ):
        DOOR.check("open", "locked")
    with pytest.raises(InvalidTransition, match="allowed from gone: none \\(final state\\)"):
        DOOR.check("gone", "open")
    DOOR.check("closed", "locked")


def test_only_initial_states_start_a_row():
    assert DOOR.initial_problem("open") is None
    assert "starts in one of: closed, open (got locked)" in DOOR.initial_problem("locked")


def test_stamping_fills_empty_timestamps_only():
    first = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    door = SimpleNamespace(locked_at=first, checked_at=None)
    later = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    assert DOOR.stamp(door, "locked", now=later) == ["checked_at"]
    assert door.locked_at == first and door.checked_at == later
    assert DOOR.stamp_values("open", {"opened_at": None}, now=later) == {"opened_at": later}
    assert DOOR.stamp_values("open", {"opened_at": first}, now=later) == {"opened_at": first}
