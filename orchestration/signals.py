"""How other domains react to orchestration, without orchestration knowing them (governance
audits transitions, collaboration keeps rejection reasons as human feedback).

`orchestration.services` sends these inside the transaction of the change, with `send()` (not
`send_robust()`): what a receiver writes commits or rolls back with the change, and a
receiver's error fails the operation, exactly as if the service had written it itself.
"""

from django.dispatch import Signal

# A decision changed status. sender=Decision; decision (already saved with its new status),
# previous (status before), actor (user or service name), human (a person did it), notes.
decision_transitioned = Signal()

# A human rejected a decision, giving a reason. sender=Decision; decision, actor, notes.
decision_rejected = Signal()

# Governance is asked what it requires of a decision (orchestration/policy.py). sender=Decision;
# decision, moment ("proposed", "action_added", "action_started", "transition"), action (or
# None), target (the status the decision is about to enter, or None), actor. Receivers return a
# `orchestration.policy.Verdict`; they may also write their audit rows (same transaction).
decision_evaluating = Signal()
