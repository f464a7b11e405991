"""Domain errors shared by services, the admin and the API (mapped to HTTP in api/exceptions)."""


class PlatformError(Exception):
    """Base class: a rule of the platform refused an operation; the message says why."""


class ConcurrentModification(PlatformError):
    """The row changed since the caller read it (optimistic concurrency on `version`)."""


class InvalidTransition(PlatformError):
    """A state machine refused a transition; nothing was changed."""


class Conflict(PlatformError):
    """The operation conflicts with the current state (e.g. a second approval)."""
