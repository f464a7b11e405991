"""Orchestration's periodic jobs (run by the Celery workers, scheduled by beat)."""

from airport_platform.tasks import periodic_task

from .services import approvals_expire

# Every 30 s: an approval is expired at most ~30 s (plus queueing) after its deadline, well
# within the 60 s the console promises.
EXPIRY_EVERY_SECONDS = 30


@periodic_task(
    "orchestration.expire_approvals",
    every=EXPIRY_EVERY_SECONDS,
    time_limit=120,
    # No job lock: approvals_expire locks the rows it expires (FOR UPDATE SKIP LOCKED), so two
    # concurrent runs share the work and never expire one approval twice.
    lock=False,
)
def expire_approvals() -> dict:
    """Expire pending approvals past their deadline, and their decisions."""
    return {"expired": approvals_expire()}
