"""Request ids: every response carries `X-Request-ID`, and the same id is in the log lines, the
change history (`pgh_context.request_id`) and the real-time events (`request_id`) the request
produced.

A caller's own `X-Request-ID` is kept when it is a sane token (letters, digits, `.-_:`, at most
128 characters); otherwise, or when it is missing, a new UUID is issued.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
_ACCEPTED = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


def new_request_id() -> str:
    return uuid.uuid4().hex


def current_request_id() -> str | None:
    """The id of the request (or management command) being handled, if any."""
    return _request_id.get()


class request_id_scope:
    """Make `request_id` current for the block (requests, management commands, workers)."""

    def __init__(self, request_id: str):
        self.request_id = request_id
        self._token = None

    def __enter__(self):
        self._token = _request_id.set(self.request_id)
        return self.request_id

    def __exit__(self, *exc):
        _request_id.reset(self._token)


def accepted_request_id(value: str | None) -> str:
    value = (value or "").strip()
    return value if _ACCEPTED.match(value) else new_request_id()


class RequestIdMiddleware:
    """First middleware: sets `request.id`, answers with `X-Request-ID`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = accepted_request_id(request.headers.get(HEADER))
        with request_id_scope(request.id):
            response = self.get_response(request)
        response[HEADER] = request.id
        return response


class RequestIdLogFilter(logging.Filter):
    """Adds `record.request_id` ("-" outside a request) for the log format."""

    def filter(self, record):
        record.request_id = _request_id.get() or "-"
        return True
