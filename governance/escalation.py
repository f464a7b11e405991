"""Escalation of unresolved approvals per the active `escalation` governance policies.

A policy's `policy_rules` say after how long a pending approval is escalated and to whom:
`{"after_minutes": 10, "escalate_to": "operations_director"}`
(an optional `"decision_types": [...]` limits it to those decision types). Escalating writes an
`orchestration_events` row (a `system_alert` with `"alert": "approval_escalated"`), which is
also published as a real-time event for the console: both in one transaction per policy.

Governance reacts to orchestration's state (it imports orchestration, never the reverse).
Each approval is escalated once per policy: that event is the record, and the periodic job
runs under one lock at a time.
"""

import datetime as dt
import logging

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from airport_platform.choices import EntityType
from orchestration.choices import ApprovalStatus, OrchestrationEventType
from orchestration.models import Approval, OrchestrationEvent
from orchestration.services import orchestration_event_record

from .choices import PolicyType
from .models import GovernancePolicy

logger = logging.getLogger(__name__)

ESCALATED_ALERT = "approval_escalated"
ESCALATION_ACTOR = "governance"


def escalation_rules(policy: GovernancePolicy) -> tuple[int, str] | None:
    """(after_minutes, escalate_to) of a usable escalation policy, or None (logged) if its
    rules do not say both."""
    rules = policy.policy_rules or {}
    after, target = rules.get("after_minutes"), rules.get("escalate_to")
    if isinstance(after, bool) or not isinstance(after, int | float) or after < 0 or not target:
        logger.warning(
            "escalation policy %s (%s) ignored: needs after_minutes >= 0 and escalate_to",
            policy.pk,
            policy.name,
        )
        return None
    return after, str(target)


def escalation_policies():
    """Active escalation policies with usable rules: (policy, after_minutes, escalate_to)."""
    for policy in GovernancePolicy.objects.filter(is_active=True, policy_type=PolicyType.ESCALATION).order_by(
        "pk"
    ):
        rules = escalation_rules(policy)
        if rules:
            yield policy, *rules


def _already_escalated(policy):
    return OrchestrationEvent.objects.filter(
        event_type=OrchestrationEventType.SYSTEM_ALERT,
        related_entity_type=EntityType.APPROVAL,
        related_entity_id=OuterRef("pk"),
        payload__alert=ESCALATED_ALERT,
        payload__policy_id=str(policy.pk),
    )


def approvals_escalate(*, now: dt.datetime | None = None) -> int:
    """Escalate every pending approval older than a policy's `after_minutes` that this policy
    has not escalated yet. Returns how many escalations were recorded."""
    now = now or timezone.now()
    escalated = 0
    for policy, after_minutes, target in escalation_policies():
        with transaction.atomic():
            due = (
                Approval.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(
                    status=ApprovalStatus.PENDING, created_at__lte=now - dt.timedelta(minutes=after_minutes)
                )
                .filter(~Exists(_already_escalated(policy)))
                .order_by("created_at")
                .select_related("decision")
            )
            types = (policy.policy_rules or {}).get("decision_types")
            if types:
                due = due.filter(decision__type__in=types)
            for approval in due:
                orchestration_event_record(
                    event_type=OrchestrationEventType.SYSTEM_ALERT,
                    entity=approval,
                    entity_type=EntityType.APPROVAL,
                    correlation_id=approval.decision.correlation_id if approval.decision else None,
                    actor=ESCALATION_ACTOR,
                    payload={
                        "alert": ESCALATED_ALERT,
                        "policy_id": str(policy.pk),
                        "policy": policy.name,
                        "escalate_to": target,
                        "after_minutes": after_minutes,
                        "pending_since": approval.created_at.isoformat(),
                        "expires_at": approval.expires_at.isoformat() if approval.expires_at else None,
                    },
                )
                escalated += 1
    return escalated
