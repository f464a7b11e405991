"""Consistency the database enforces beyond the spec's columns (and the API reports as 400)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.apps import apps
from django.db import IntegrityError, transaction
from django.utils import timezone

from airport_platform.models import PlatformModel
from orchestration.models import DecisionDependency
from sustainability.models import CarbonAccounting
from tests.admin_support import make_row
from tests.api.conftest import client_for, make_user
from tests.crisis.factories import CrisisScenarioFactory
from tests.orchestration.factories import DecisionFactory
from tests.passenger.factories import PassengerJourneyFactory
from tests.sustainability.factories import CarbonAccountingFactory

pytestmark = pytest.mark.django_db

PLATFORM_MODELS = [model for model in apps.get_models() if issubclass(model, PlatformModel)]

NOW = timezone.now()


@pytest.mark.parametrize(
    ("factory", "fields", "constraint"),
    [
        (
            PassengerJourneyFactory,
            {"start_time": NOW, "end_time": NOW - dt.timedelta(hours=1)},
            "passenger_journeys_end_time_after_start_time",
        ),
        (
            CrisisScenarioFactory,
            {"started_at": NOW, "ended_at": NOW - dt.timedelta(minutes=5)},
            "crisis_scenarios_ended_at_after_started_at",
        ),
        (
            CarbonAccountingFactory,
            {"emissions_value": Decimal("10"), "offset_amount": Decimal("2"), "net_emissions": Decimal("9")},
            "carbon_accounting_net_is_emissions_minus_offset",
        ),
    ],
)
def test_the_database_refuses_inconsistent_rows(factory, fields, constraint):
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        factory(**fields)


ORDERED_TIMES = [(model, start, end) for model in PLATFORM_MODELS for start, end in model.ordered_times]


def test_seven_tables_declare_that_an_end_is_not_before_its_start():
    assert len(ORDERED_TIMES) == 7


@pytest.mark.parametrize(
    ("model", "start", "end"), ORDERED_TIMES, ids=lambda value: getattr(value, "__name__", value)
)
def test_the_database_refuses_an_end_before_its_start(model, start, end):
    row = make_row(model)
    table = model._meta.db_table
    type(row).all_objects.filter(pk=row.pk).update(**{start: NOW, end: NOW + dt.timedelta(seconds=1)})
    with pytest.raises(IntegrityError, match=f"{table}_{end}_after_{start}"), transaction.atomic():
        type(row).all_objects.filter(pk=row.pk).update(**{end: NOW - dt.timedelta(seconds=1)})
    # Either end unknown is fine.
    type(row).all_objects.filter(pk=row.pk).update(**{start: None, end: NOW - dt.timedelta(days=1)})


def test_a_dependency_edge_is_unique_and_never_points_at_itself():
    decision, other = DecisionFactory(), DecisionFactory()
    DecisionDependency.objects.create(
        dependent_decision=decision, dependency_decision=other, dependency_type="informs"
    )
    with pytest.raises(IntegrityError, match="decision_dependencies_not_self"), transaction.atomic():
        DecisionDependency.objects.create(
            dependent_decision=decision, dependency_decision=decision, dependency_type="informs"
        )
    with pytest.raises(IntegrityError, match="dependency_deci_key"), transaction.atomic():
        DecisionDependency.objects.create(
            dependent_decision=decision, dependency_decision=other, dependency_type="informs"
        )


def test_net_emissions_without_offset_equal_emissions():
    row = CarbonAccountingFactory(
        emissions_value=Decimal("4.5"), offset_amount=None, net_emissions=Decimal("4.5")
    )
    assert CarbonAccounting.objects.filter(pk=row.pk).exists()


def test_the_api_reports_an_end_before_its_start_as_400():
    client = client_for(make_user(None, is_superuser=True))
    response = client.post(
        "/api/v1/passenger/passenger-journeys/",
        {
            "journey_status": "in_progress",
            "start_time": "2026-11-26T10:00:00Z",
            "end_time": "2026-11-26T09:00:00Z",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "end_time cannot be before start_time" in str(response.json())
