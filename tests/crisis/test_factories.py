"""The crisis factories build rows that the model and the database both accept."""

import pytest
from django.contrib.gis.measure import D

from crisis.choices import AffectedSystem
from crisis.factories import (
    CrisisActionFactory,
    CrisisCommunicationFactory,
    CrisisResourceFactory,
    CrisisScenarioFactory,
)
from crisis.models import CrisisResource

pytestmark = pytest.mark.django_db

FACTORIES = [
    CrisisScenarioFactory,
    CrisisActionFactory,
    CrisisCommunicationFactory,
    CrisisResourceFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_factory_saves_rows_that_pass_full_clean(factory_class):
    rows = factory_class.create_batch(3)
    model = factory_class._meta.model
    stored = model._base_manager.filter(pk__in=[row.pk for row in rows])
    assert stored.count() == 3
    for row in stored:
        row.full_clean()


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
