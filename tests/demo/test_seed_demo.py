"""`manage.py seed_demo` builds a coherent demo day in all 37 tables, once, and can rebuild it."""

import datetime as dt
from io import StringIO

import pytest
from django.contrib.gis.measure import D
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone

from airport_platform.choices import EntityType
from collaboration.models import AIExplanation, HumanFeedback
from crisis.models import CrisisResource, CrisisScenario
from demo.seed import (
    DEMO_MODELS,
    SECTIONS,
    TIME_SERIES_MODELS,
    demo_rows,
    is_demo_id,
)
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy
from orchestration.choices import ActionStatus, ApprovalStatus, DecisionStatus
from orchestration.models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
)
from passenger.models import JourneyTouchpoint, PassengerJourney
from tests.orchestration.factories import DecisionFactory

pytestmark = pytest.mark.django_db

AT = "2025-06-14T16:00:00Z"


def seed(*args, **options):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out, verbosity=options.pop("verbosity", 1), **options)
    return out.getvalue()


def table_counts():
    return {model._meta.db_table: model._base_manager.count() for model in DEMO_MODELS}


def time_series_rows():
    return sum(model._base_manager.count() for model in TIME_SERIES_MODELS)


@pytest.fixture
def seeded():
    seed()
    return table_counts()


@pytest.fixture(scope="class")
def demo_day(django_db_setup, django_db_blocker):
    """One demo day shared by a class of read-only tests (seeding takes a couple of seconds).

    It lives in a transaction around the class's tests (each test adds its own savepoint) and
    is rolled back afterwards, so nothing (history rows included) outlives the class.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        seed(verbosity=0)
        yield table_counts()
        transaction.set_rollback(True)


def test_a_second_run_adds_nothing_and_says_the_demo_is_there(seeded):
    output = seed()
    assert "already present" in output
    assert table_counts() == seeded


def test_reset_throws_away_changes_and_rebuilds_the_same_demo():
    seed("--seed", "7", "--at", AT)
    before = table_counts()
    normal = OperatingMode.objects.get(name="Normal operations")
    OperatingMode.objects.filter(pk=normal.pk).update(description="edited by hand")
    # soft delete (a pending one: approved and finished decisions cannot be deleted)
    Decision.objects.filter(status=DecisionStatus.PENDING_APPROVAL).first().delete()
    PassengerJourney.objects.create(journey_status="planned")  # not demo data: survives

    output = seed("--reset", "--seed", "7", "--at", AT)

    assert "Deleted" in output
    assert OperatingMode.objects.get(pk=normal.pk).description != "edited by hand"
    assert not Decision.all_objects.filter(deleted_at__isnull=False).exists()
    after = table_counts()
    assert after.pop("passenger_journeys") == before.pop("passenger_journeys") + 1
    assert after == before


def test_reset_with_another_seed_leaves_no_old_demo_row_behind():
    def ids():
        return {pk for model in DEMO_MODELS for pk in model._base_manager.values_list("id", flat=True)}

    seed("--seed", "1", "--at", AT)
    old = ids()
    seed("--reset", "--seed", "2", "--at", AT)
    new = ids()
    assert new and not old & new
    assert len(new) == pytest.approx(len(old), rel=0.05)  # the same day, told with other dice


def test_same_seed_and_day_give_identical_data():
    def snapshot():
        return (
            list(Decision.objects.order_by("id").values_list("id", "type", "status", "risk", "initiated_at")),
            list(JourneyTouchpoint.objects.order_by("id").values_list("id", "location", "timestamp")),
            list(FairnessMetric.objects.order_by("id").values_list("id", "value", "threshold_status")),
        )

    seed("--seed", "11", "--at", AT)
    first = snapshot()
    seed("--reset", "--seed", "11", "--at", AT)
    assert snapshot() == first


def test_scale_multiplies_the_time_series_but_not_the_entities():
    seed("--at", AT)
    single, decisions = time_series_rows(), Decision.objects.count()
    seed("--reset", "--scale", "2", "--at", AT)
    assert 1.85 <= time_series_rows() / single <= 2.1
    assert Decision.objects.count() == decisions


def test_an_interrupted_run_is_completed_by_the_next_one(seeded):
    # A run stopped before the governance section committed leaves none of its rows.
    for model in (FairnessMetric, DecisionAudit, GovernancePolicy, EthicalPrinciple):
        demo_rows(model).delete() if model in TIME_SERIES_MODELS else demo_rows(model).hard_delete()

    output = seed()

    assert "completing" in output
    assert table_counts() == seeded


def test_reset_refuses_while_other_data_depends_on_the_demo(seeded):
    DecisionFactory(operating_mode=OperatingMode.objects.get(is_active=True))
    with pytest.raises(CommandError, match="still refer to it"):
        seed("--reset")
    assert demo_rows(OperatingMode).count() == 3  # nothing was deleted


def test_scale_below_one_is_refused():
    with pytest.raises(CommandError, match="at least 1"):
        seed("--scale", "0")


@pytest.mark.usefixtures("demo_day")
class TestTheDemoDay:
    def test_it_fills_all_39_tables_with_demo_rows_only(self, demo_day):
        assert len(demo_day) == 39
        assert all(count > 0 for count in demo_day.values()), [t for t, c in demo_day.items() if not c]
        for model in DEMO_MODELS:
            assert demo_rows(model).count() == model._base_manager.count(), model._meta.db_table
        assert demo_day["orchestration_events"] > demo_day["decisions"]
        assert demo_day["sustainability_metrics"] >= 96 * 8  # every 15 minutes over 24 h, 8 meters

    def test_exactly_one_operating_mode_is_active_and_it_is_normal_operations(self, demo_day):
        assert set(OperatingMode.objects.values_list("name", flat=True)) == {
            "Normal operations",
            "Winter operations",
            "Irregular operations",
        }
        assert list(OperatingMode.objects.filter(is_active=True).values_list("name", flat=True)) == [
            "Normal operations"
        ]
        for mode in OperatingMode.objects.all():
            mode.full_clean()  # priority weights and thresholds satisfy their schemas

    def test_decisions_cover_the_lifecycle(self):
        statuses = set(Decision.objects.values_list("status", flat=True))
        assert statuses == set(DecisionStatus.values)
        finished = Decision.objects.filter(
            status__in=["completed", "failed", "rejected", "expired", "cancelled"]
        )
        assert not finished.filter(completed_at__isnull=True).exists()
        assert not finished.filter(completed_at__lt=F("initiated_at")).exists()

    def test_pending_approvals_expire_in_the_future_and_decided_ones_say_who_and_when(self):
        pending = Approval.objects.filter(status=ApprovalStatus.PENDING)
        assert pending.count() >= 2
        assert all(approval.expires_at > timezone.now() for approval in pending)
        assert set(pending.values_list("decision__status", flat=True)) == {DecisionStatus.PENDING_APPROVAL}
        approved = Approval.objects.filter(status=ApprovalStatus.APPROVED)
        assert approved.exists()
        assert not approved.filter(approved_by__isnull=True).exists()
        assert not approved.filter(approved_at__isnull=True).exists()

    def test_actions_run_in_execution_order(self):
        for decision in Decision.objects.annotate(n=Count("actions")).filter(n__gt=0):
            actions = list(decision.actions.order_by("execution_order"))
            assert [a.execution_order for a in actions] == list(range(len(actions)))
            started = [a.started_at for a in actions if a.started_at]
            assert started == sorted(started)
        executing = Action.objects.filter(decision__status=DecisionStatus.EXECUTING)
        assert executing.filter(status=ActionStatus.RUNNING).exists()

    def test_dependency_graphs_only_point_forward_so_they_are_acyclic(self):
        edges = DecisionDependency.objects.select_related("dependent_decision", "dependency_decision")
        assert edges.exists()
        for edge in edges:
            assert edge.dependency_decision.initiated_at < edge.dependent_decision.initiated_at
        steps = ActionDependency.objects.select_related("dependent_action", "dependency_action")
        assert steps.exists()
        for step in steps:
            assert step.dependency_action.decision_id == step.dependent_action.decision_id
            assert step.dependency_action.execution_order < step.dependent_action.execution_order

    def test_touchpoints_are_time_ordered_inside_their_journey(self):
        journeys = PassengerJourney.objects.annotate(n=Count("touchpoints")).filter(n__gt=1)
        assert journeys.count() > 100
        for journey in journeys:
            times = list(journey.touchpoints.order_by("timestamp").values_list("timestamp", flat=True))
            assert len(set(times)) == len(times)
            assert journey.start_time <= times[0]
            assert journey.end_time is None or times[-1] <= journey.end_time
        assert not PassengerJourney.objects.filter(
            journey_status="planned", start_time__lte=timezone.now() - dt.timedelta(minutes=15)
        ).exists()

    def test_explanations_feedback_and_audits_refer_to_real_decisions(self):
        decision_ids = set(Decision.objects.values_list("id", flat=True))
        explained = set(AIExplanation.objects.values_list("entity_id", flat=True))
        assert explained == decision_ids
        assert set(AIExplanation.objects.values_list("entity_type", flat=True)) == {EntityType.DECISION}
        assert set(HumanFeedback.objects.values_list("entity_id", flat=True)) <= decision_ids
        assert set(DecisionAudit.objects.values_list("decision_id", flat=True)) <= decision_ids

    def test_crisis_resources_are_positioned_around_the_incident(self):
        incident = CrisisScenario.objects.get().incident_position
        near = CrisisResource.objects.filter(position__distance_lte=(incident, D(m=500)))
        assert near.count() >= 6
        assert CrisisResource.objects.filter(position__distance_lte=(incident, D(km=5))).count() == 12

    def test_every_demo_id_is_recognisable(self):
        assert all(is_demo_id(pk) for pk in Decision.all_objects.values_list("id", flat=True))
        assert not is_demo_id(DecisionFactory().id)  # ordinary rows never fall in the demo range


def test_sections_cover_every_model():
    anchors = {section.anchor for section in SECTIONS}
    assert len(SECTIONS) == 8 and anchors <= set(DEMO_MODELS)
