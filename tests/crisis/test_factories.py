"""The crisis factories build rows that the model and the database both accept."""

import pytest
from django.contrib.gis.measure import D

from crisis.choices import AffectedSystem
from crisis.models import CrisisResource
from tests.crisis.factories import (
    CrisisResourceFactory,
    CrisisScenarioFactory,
)

pytestmark = pytest.mark.django_db


def test_resources_are_positioned_around_the_incident():
    incident = CrisisScenarioFactory()
    CrisisResourceFactory.create_batch(8)
    nearby = CrisisResource.objects.filter(position__distance_lte=(incident.incident_position, D(m=1000)))
    assert nearby.count() == 8


def test_affected_systems_come_from_the_vocabulary():
    for scenario in CrisisScenarioFactory.create_batch(5):
        assert set(scenario.affected_systems) <= set(AffectedSystem.values)


def test_resource_names_are_unique_call_signs():
    names = [r.name for r in CrisisResourceFactory.create_batch(10, resource_type="fire_tender")]
    assert len(set(names)) == 10 and all(name.startswith("Fire tender FT-") for name in names)
