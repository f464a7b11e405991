"""Property-based fuzzing of the live OpenAPI schema (schemathesis): no input gives a 500.

Every operation of the published schema is called in-process (WSGI) with generated valid and
invalid data, as a superuser with a real token, against the real database. The number of
examples per operation is bounded (FUZZ_EXAMPLES, default 8) so CI stays within minutes.
"""

import json
import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

from tests.orchestration.factories import ActionFactory, ApprovalFactory

from .conftest import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    """Time-series streams (NDJSON): one JSON document per line; anything else as generated."""
    if isinstance(value, list):
        return "\n".join(json.dumps(item, default=str) for item in value).encode()
    return json.dumps(value, default=str).encode() if not isinstance(value, bytes) else value


@pytest.fixture
def api_schema():
    # As Django's test client does: requests run inside the test's transaction, so the
    # handler must not close the connection between them.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
        # The exhaustive "coverage" phase takes ~15 minutes over ~250 operations; CI runs the
        # bounded random phase (valid and invalid data). Set FUZZ_COVERAGE=1 for the full run.
        schema.config.phases.coverage.enabled = os.environ.get("FUZZ_COVERAGE") == "1"
        yield schema
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def superuser_headers():
    # Some rows to find, so detail, filter and restore paths do real work too.
    ApprovalFactory.create_batch(2)
    ActionFactory.create_batch(2)
    user = make_user(None, is_superuser=True, is_staff=True)
    return {"Authorization": f"Token {Token.objects.create(user=user).key}"}


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_no_input_gives_a_server_error(case, superuser_headers):
    case.call_and_validate(headers=superuser_headers, checks=[not_a_server_error])
