"""Governance's periodic jobs (run by the Celery workers, scheduled by beat)."""

from airport_platform.tasks import periodic_task

from .escalation import approvals_escalate


@periodic_task("governance.escalate_approvals", every=60, time_limit=120)
def escalate_approvals() -> dict:
    """Escalate pending approvals per the active policies' `escalate` rules (once per approval and rule)."""
    return {"escalated": approvals_escalate()}
