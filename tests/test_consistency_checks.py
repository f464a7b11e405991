"""Consistency the database enforces beyond the spec's columns (and the API reports as 400)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from crisis.factories import CrisisScenarioFactory
from passenger.factories import PassengerJourneyFactory
from sustainability.factories import CarbonAccountingFactory
from sustainability.models import CarbonAccounting
from tests.api.conftest import client_for, make_user

pytestmark = pytest.mark.django_db

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
            "journey_status": "completed",
            "start_time": "2026-11-26T10:00:00Z",
            "end_time": "2026-11-26T09:00:00Z",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "end_time cannot be before start_time" in str(response.json())
