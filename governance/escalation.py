"""Escalation of unresolved approvals per the `escalate` rules of the active policies.

An `escalate` rule (governance/rules.py, docs/governance.md) says after how long a pending
approval of a decision it matches is escalated and to whom:

    {"id": "unanswered-10-min", "when": "priority in ['high', 'critical']",
     "then": {"outcome": "escalate", "after_minutes": 10, "escalate_to": "operations_directors"}}

Only binding policies (enforced, mandatory) escalate; the policy's affected domains and the
rule's condition are checked against the decision as it stands (its `moments` do not apply: the
periodic job, not a lifecycle moment, runs these). Escalating writes an `orchestration_events`
row (a `system_alert` with `"alert": "approval_escalated"`), also published as a real-time event
for the console: both in one transaction per rule.

Governance reacts to orchestration's state (it imports orchestration, never the reverse).
Each approval is escalated once per policy rule: that event is the record, and the periodic
job runs under one lock at a time.
"""

import datetime as dt
import logging

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from airport_platform.choices import EntityType
from orchestration.choices import ApprovalStatus, OrchestrationEventType
from orchestration.models import Approval, OrchestrationEvent
from orchestration.policy import BINDING_LEVELS, ESCALATE
from orchestration.services import orchestration_event_record

from .engine import Source, decision_facts, evaluate_source
from .models import GovernancePolicy
from .rules import rules_problems

logger = logging.getLogger(__name__)

ESCALATED_ALERT = "approval_escalated"
ESCALATION_ACTOR = "governance"


def escalation_rules():
    """(source, rule) of every `escalate` rule of the active binding policies whose rules are
    valid (an invalid document is logged and skipped: the engine flags it on every evaluation)."""
    for policy in GovernancePolicy.objects.filter(
        is_active=True, implementation_level__in=BINDING_LEVELS
    ).order_by("pk"):
        document = policy.policy_rules
        if not document:
            continue
        problems = rules_problems(document, policy=True)
        if problems:
            logger.warning("policy %s (%s) ignored for escalation: %s", policy.pk, policy.name, problems)
            continue
        source = Source.of_policy(policy)
        for rule in document["rules"]:
            if rule["then"]["outcome"] == ESCALATE:
                yield source, {k: v for k, v in rule.items() if k != "moments"}


def _already_escalated(source: Source, rule_id: str):
    return OrchestrationEvent.objects.filter(
        event_type=OrchestrationEventType.SYSTEM_ALERT,
        related_entity_type=EntityType.APPROVAL,
        related_entity_id=OuterRef("pk"),
        payload__alert=ESCALATED_ALERT,
        payload__policy_id=source.id,
        payload__rule=rule_id,
    )


def approvals_escalate(*, now: dt.datetime | None = None) -> int:
    """Escalate every pending approval older than a rule's `after_minutes` whose decision the
    rule matches and that this rule has not escalated yet. Returns how many were recorded."""
    now = now or timezone.now()
    escalated = 0
    for source, rule in escalation_rules():
        then = rule["then"]
        with transaction.atomic():
            due = (
                Approval.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(
                    status=ApprovalStatus.PENDING,
                    created_at__lte=now - dt.timedelta(minutes=then["after_minutes"]),
                    decision__isnull=False,
                )
                .filter(~Exists(_already_escalated(source, rule["id"])))
                .order_by("created_at")
                .select_related("decision")
            )
            single = Source(**{**source.__dict__, "document": {"version": 1, "rules": [rule]}})
            for approval in due:
                facts = decision_facts(decision=approval.decision, moment="proposed")
                requirements, entry = evaluate_source(single, facts)
                if not requirements:
                    continue  # the rule does not concern this decision (domain, condition)
                orchestration_event_record(
                    event_type=OrchestrationEventType.SYSTEM_ALERT,
                    entity=approval,
                    entity_type=EntityType.APPROVAL,
                    correlation_id=approval.decision.correlation_id,
                    actor=ESCALATION_ACTOR,
                    payload={
                        "alert": ESCALATED_ALERT,
                        "policy_id": source.id,
                        "policy": source.name,
                        "policy_version": source.version,
                        "rule": rule["id"],
                        "escalate_to": then["escalate_to"],
                        "after_minutes": then["after_minutes"],
                        "message": then.get("message", ""),
                        "pending_since": approval.created_at.isoformat(),
                        "expires_at": approval.expires_at.isoformat() if approval.expires_at else None,
                    },
                )
                escalated += 1
    return escalated
