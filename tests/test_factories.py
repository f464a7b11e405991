"""Every model's factory (`tests/<app>/factories.py`) builds rows that the model and the database accept.

App-specific properties of the generated data are tested in `tests/<app>/test_factories.py`.
"""

from importlib import import_module

import pytest
from django.apps import apps
from django.conf import settings

from airport_platform.models import PlatformModel

# The spec's tables (not the history event models the apps also hold: tests/history/).
MODELS = [
    model
    for app in settings.DOMAIN_APPS
    for model in apps.get_app_config(app).get_models()
    if issubclass(model, PlatformModel)
]


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_factory_saves_rows_that_pass_full_clean(model):
    factory = getattr(import_module(f"tests.{model._meta.app_label}.factories"), f"{model.__name__}Factory")
    rows = factory.create_batch(3)
    stored = model._base_manager.filter(pk__in=[row.pk for row in rows])
    assert stored.count() == 3
    for row in stored:
        row.full_clean()


def test_every_domain_model_is_covered():
    assert len(MODELS) == 39
