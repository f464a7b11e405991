"""Dependency graphs stay acyclic; exactly one operating mode is active."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from airport_platform.exceptions import Conflict
from orchestration import selectors, services
from orchestration.models import OperatingMode, OrchestrationEvent, SystemState
from tests.orchestration.factories import ActionFactory, OperatingModeFactory

from .conftest import propose

pytestmark = pytest.mark.django_db


def depend(dependent, dependency, kind="finish_to_start"):
    return services.decision_dependency_add(
        dependent_decision=dependent, dependency_decision=dependency, dependency_type=kind
    )


class TestDependencies:
    def test_an_edge_closing_a_cycle_is_refused(self, normal_mode):
        a, b, c = propose(), propose(), propose()
        depend(a, b)
        depend(b, c)
        with pytest.raises(ValidationError, match="would close a cycle"), transaction.atomic():
            depend(c, a)

    def test_self_dependency_is_refused(self, normal_mode):
        a = propose()
        with pytest.raises(ValidationError, match="cannot depend on itself"):
            depend(a, a)

    def test_action_cycles_are_refused_too(self, normal_mode):
        decision = propose()
        x, y = ActionFactory(decision=decision), ActionFactory(decision=decision)
        services.action_dependency_add(
            dependent_action=x, dependency_action=y, dependency_type="finish_to_start"
        )
        with pytest.raises(ValidationError, match="would close a cycle"):
            services.action_dependency_add(
                dependent_action=y, dependency_action=x, dependency_type="finish_to_start"
            )

    def test_a_deleted_edge_does_not_count_and_can_be_added_again(self, normal_mode):
        a, b = propose(), propose()
        edge = depend(a, b)
        edge.delete()
        depend(b, a)  # no cycle: a -> b is deleted
        with pytest.raises(ValidationError, match="would close a cycle"), transaction.atomic():
            depend(a, b)

    def test_re_adding_a_deleted_edge_restores_it(self, normal_mode):
        a, b = propose(), propose()
        edge = depend(a, b)
        edge.delete()
        restored = depend(a, b, "informs")
        assert (
            restored.pk == edge.pk and restored.deleted_at is None and restored.dependency_type == "informs"
        )

    def test_graph_selector_returns_the_whole_connected_graph(self, normal_mode):
        a, b, c, unrelated = propose(), propose(), propose(), propose()
        depend(a, b)
        depend(b, c)
        graph = selectors.decision_dependency_graph(decision=b)
        assert {n["id"] for n in graph["nodes"]} == {str(a.pk), str(b.pk), str(c.pk)}
        assert {(e["from"], e["to"]) for e in graph["edges"]} == {
            (str(a.pk), str(b.pk)),
            (str(b.pk), str(c.pk)),
        }
        assert str(unrelated.pk) not in {n["id"] for n in graph["nodes"]}


class TestOperatingModes:
    def test_activation_switches_atomically_and_records_a_system_state(self, normal_mode, operator):
        winter = OperatingModeFactory(name="Winter operations")
        services.operating_mode_activate(mode=winter, user=operator, reason="snow forecast")
        assert list(OperatingMode.objects.filter(is_active=True)) == [winter]
        state = SystemState.objects.latest("timestamp")
        assert state.operating_mode == winter
        assert state.situational_assessment["from"] == ["Normal operations"]
        assert state.situational_assessment["reason"] == "snow forecast"
        event = OrchestrationEvent.objects.get(event_type="mode_activated")
        assert event.related_entity_id == winter.pk and event.source == "duty-manager"
        normal_mode.refresh_from_db()
        assert normal_mode.version == 2 and normal_mode.updated_by == "duty-manager"

    def test_activating_the_active_mode_is_a_conflict(self, normal_mode):
        with pytest.raises(Conflict, match="already the active"):
            services.operating_mode_activate(mode=normal_mode)

    def test_the_database_refuses_two_active_modes(self, normal_mode):
        with pytest.raises(IntegrityError, match="operating_modes_single_active"), transaction.atomic():
            OperatingMode.objects.filter(pk=OperatingModeFactory().pk).update(is_active=True)
