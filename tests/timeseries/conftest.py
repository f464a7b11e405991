"""Fixtures of the time-series tests: the API clients and the resource catalogue of tests/api."""

from tests.api.conftest import (  # noqa: F401  (fixtures, re-exported for this package)
    RESOURCES,
    admin_client_,
    admin_user_,
    auditor,
    auditor_client,
    resource_params,
    service,
    service_client,
)

SERIES = [resource for resource in RESOURCES if resource.is_time_series]


def series(table):
    return next(resource for resource in SERIES if resource.model._meta.db_table == table)
