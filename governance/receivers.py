"""How governance reacts to other domains (connected at ready()).

Receivers run inside the sender's transaction: the audit row commits or rolls back with the
change it audits, and an error here fails the change."""

from .services import decision_audit_if_required


def decision_transition_audited(
    sender, *, decision, previous: str, actor: str, human: bool, notes: str, **kwargs
):
    """`orchestration.signals.decision_transitioned`: the audit governance policies ask for."""
    decision_audit_if_required(decision=decision, previous=previous, actor=actor, human=human, notes=notes)
