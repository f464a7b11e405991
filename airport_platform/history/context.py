"""Who changed a row, and through what: the context attached to every history event.

The triggers copy the transaction's `pghistory.context_metadata` setting into `pgh_context`;
django-pghistory's `pghistory.context()` sets it before each write statement. Two places
open such a context:

- `HistoryContextMiddleware` for web requests: `via` is `api` or `admin` (from the path),
  plus `path`, `method`, `request_id` and the authenticated user (`user` id, `username`,
  `actor`: `user` or `service` for service accounts). DRF authenticates tokens inside the
  view, after the middleware ran; the request's class is swapped so that assigning
  `request.user` updates the context (django-pghistory's own middleware does the same).
- `record_management_commands()` wraps every management command (`manage.py ...` and
  `call_command`): `via` is `command`, with the command's name, the OS user and a request id.

Anything else, e.g. SQL typed into psql, has no context: its events read `via = "sql"`.
"""

import functools
import getpass

import pghistory
from django.core.handlers.wsgi import WSGIRequest
from django.core.management.base import BaseCommand

from airport_platform.middleware import current_request_id, new_request_id, request_id_scope

SERVICE_GROUP = "services"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
# Commands that serve or test rather than change data: no context of their own.
UNRECORDED_COMMANDS = {"runserver", "test", "testserver"}


def via_for_path(path: str) -> str:
    if path.startswith("/admin/"):
        return "admin"
    if path.startswith("/api/"):
        return "api"
    return "web"


def actor_context(user) -> dict:
    if user is None or not getattr(user, "is_authenticated", False):
        return {"user": None, "username": None, "actor": None}
    is_service = user.groups.filter(name=SERVICE_GROUP).exists()
    return {"user": user.pk, "username": user.get_username(), "actor": "service" if is_service else "user"}


class _ContextTrackingRequest(WSGIRequest):
    """A request whose `user` assignments (DRF authentication) update the history context."""

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        if name == "user" and hasattr(value, "is_authenticated"):
            pghistory.context(**actor_context(value))


class HistoryContextMiddleware:
    """Attach who/through what/request id to every change a request makes (after auth)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        metadata = {
            "via": via_for_path(request.path),
            "path": request.path,
            "method": request.method,
            "request_id": getattr(request, "id", None) or current_request_id(),
            "user": None,
            "username": None,
            "actor": None,
        }
        with pghistory.context(**metadata):
            if request.method not in SAFE_METHODS and hasattr(request, "user"):
                pghistory.context(**actor_context(request.user))
            if type(request) is WSGIRequest:
                request.__class__ = _ContextTrackingRequest
            return self.get_response(request)


def _command_name(command: BaseCommand) -> str:
    return type(command).__module__.rsplit(".", 1)[-1]


def record_management_commands() -> None:
    """Wrap `BaseCommand.execute` (once) so that every command runs in a history context."""
    if getattr(BaseCommand.execute, "records_history", False):
        return
    execute = BaseCommand.execute

    @functools.wraps(execute)
    def execute_in_context(self, *args, **options):
        name = _command_name(self)
        if name in UNRECORDED_COMMANDS:
            return execute(self, *args, **options)
        request_id = current_request_id() or new_request_id()
        try:
            os_user = getpass.getuser()
        except Exception:  # no login name (containers with arbitrary uids)
            os_user = None
        metadata = {
            "via": "command",
            "command": name,
            "os_user": os_user,
            "request_id": request_id,
            "user": None,
            "username": None,
            "actor": None,
        }
        with request_id_scope(request_id), pghistory.context(**metadata):
            return execute(self, *args, **options)

    execute_in_context.records_history = True
    BaseCommand.execute = execute_in_context
