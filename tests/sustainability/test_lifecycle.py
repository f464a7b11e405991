"""Optimizations move only along their lifecycle, the same way through the service, the API
and the admin (tests/lifecycle_contract.py)."""

import pytest

from sustainability import lifecycle, services
from tests.lifecycle_contract import Case, LifecycleContract
from tests.sustainability.factories import SustainabilityOptimizationFactory

pytestmark = pytest.mark.django_db


class TestSustainabilityLifecycles(LifecycleContract):
    cases = [
        Case(
            "optimization",
            lifecycle.OPTIMIZATION,
            services.sustainability_optimization_transition,
            SustainabilityOptimizationFactory,
            "/api/v1/sustainability/sustainability-optimizations/",
            defaults={"actual_impact": {"energy_kwh_saved": 1200}},
        ),
    ]
