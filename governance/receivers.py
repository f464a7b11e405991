"""How governance reacts to other domains (connected at ready()).

Receivers run inside the sender's transaction: the audit row commits or rolls back with the
change it audits, and an error here fails the change."""

from orchestration.policy import Verdict

from .audits import evaluation_audit_record
from .engine import active_sources, decision_facts, evaluate_facts


def decision_evaluated(
    sender, *, decision, moment: str, action=None, target=None, actor=None, notes: str = "", **kwargs
) -> Verdict:
    """`orchestration.signals.decision_evaluating`: run the policy engine, record the evaluation
    as one `decision_audits` row and answer with the verdict orchestration applies."""
    facts = decision_facts(decision=decision, moment=moment, action=action, target=target, actor=actor)
    verdict = evaluate_facts(facts, active_sources())
    evaluation_audit_record(decision=decision, verdict=verdict, facts=facts, notes=notes)
    return verdict
