"""Every failure becomes a clear 4xx naming the field and the reason, never a 500.

Domain errors (airport_platform.exceptions), Django validation errors raised by services, and
database integrity errors that slip past validation (a concurrent request won a race) are
mapped here; DRF then marks the request's transaction for rollback, so nothing is half-written.
"""

import re

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError
from django.db.models import ProtectedError, RestrictedError
from psycopg import errors as pg
from rest_framework import exceptions, status
from rest_framework.fields import get_error_detail
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from airport_platform.exceptions import ConcurrentModification, Conflict, InvalidTransition, PlatformError


class ConflictError(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state of the resource."
    default_code = "conflict"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The resource changed since you read it (If-Match does not match its ETag)."
    default_code = "precondition_failed"


CONFLICTS = (ConcurrentModification, InvalidTransition, Conflict)  # answered 409

DERIVED_CHECK = re.compile(r"^(?P<table>\w+?)_(?P<column>[a-z0-9_]+)_(?P<kind>valid|range)$")


def integrity_error_to_api(exc: IntegrityError) -> exceptions.APIException:
    cause = exc.__cause__
    diag = getattr(cause, "diag", None)
    constraint = getattr(diag, "constraint_name", None) or ""
    column = getattr(diag, "column_name", None)
    if isinstance(cause, pg.UniqueViolation):
        return ConflictError(f"another record already has these values (constraint {constraint})")
    if isinstance(cause, pg.NotNullViolation) and column:
        return exceptions.ValidationError({column: ["This field may not be null."]})
    if isinstance(cause, pg.ForeignKeyViolation):
        return exceptions.ValidationError(
            {"non_field_errors": [f"refers to a record that does not exist ({constraint})"]}
        )
    if isinstance(cause, pg.CheckViolation):
        match = DERIVED_CHECK.match(constraint)
        if match:
            kind = "is not an allowed value" if match["kind"] == "valid" else "is out of range"
            return exceptions.ValidationError({match["column"]: [f"value {kind} (constraint {constraint})"]})
        return exceptions.ValidationError({"non_field_errors": [f"violates constraint {constraint}"]})
    # A trigger refusing the change (e.g. a frozen row) says why in its message.
    message = getattr(diag, "message_primary", None)
    return ConflictError(f"the change conflicts with data already stored{f': {message}' if message else ''}")


def to_api_exception(exc):
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(get_error_detail(exc))
    if isinstance(exc, CONFLICTS):
        return ConflictError(str(exc))
    if isinstance(exc, PlatformError):
        return exceptions.ValidationError({"non_field_errors": [str(exc)]})
    if isinstance(exc, IntegrityError):
        return integrity_error_to_api(exc)
    if isinstance(exc, DataError):
        # A value the database cannot represent (out-of-range number or date, bad encoding).
        message = str(exc.__cause__ or exc).splitlines()[0]
        return exceptions.ValidationError(
            {"non_field_errors": [f"a value is not accepted by the database: {message}"]}
        )
    if isinstance(exc, ProtectedError):
        return ConflictError(f"still referenced by {len(exc.protected_objects)} record(s)")
    if isinstance(exc, RestrictedError):
        return ConflictError(f"still referenced by {len(exc.restricted_objects)} record(s)")
    return exc


def structured_error_response(exc) -> Response | None:
    """A domain error that describes itself (`as_dict()`: at least `detail`, plus what a client
    needs to react, e.g. the policies that refused it) is returned as that body: 409 for a
    conflict, 400 otherwise. The request's transaction is rolled back as for any error."""
    as_dict = getattr(exc, "as_dict", None)
    if not isinstance(exc, PlatformError) or not callable(as_dict):
        return None
    set_rollback()
    status_code = status.HTTP_409_CONFLICT if isinstance(exc, CONFLICTS) else status.HTTP_400_BAD_REQUEST
    return Response(as_dict(), status=status_code)


def exception_handler(exc, context):
    return structured_error_response(exc) or drf_exception_handler(to_api_exception(exc), context)
