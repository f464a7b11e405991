"""What governance may ask of a decision, in orchestration's own terms (no import of governance).

Orchestration sends `decision_evaluating` (orchestration/signals.py) inside the transaction of
every proposal, action added or started, and transition. A receiver (governance's policy engine)
answers with a `Verdict`: the requirements its active policies and principles place on the
decision at that moment. Orchestration applies the verdict:

- an enforced `forbid` refuses the operation (`PolicyRefused`, HTTP 409, naming the policy, the
  rule and the outcome) unless a permitted person overrides it with a reason;
- `require_approval` makes a human approval necessary even inside the mode's thresholds: by the
  named group, by `approvals` distinct people (four-eyes: 2), within `deadline_minutes`;
- `limit_autonomy` lists action types that never run without a human approval;
- `require_audit` and `escalate` are carried out by governance itself (audit rows, scheduled
  escalation); orchestration only records them.

Only `enforced` and `mandatory` requirements bind; `advisory` ones are recorded, `recommended`
ones are shown as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from airport_platform.exceptions import Conflict

FORBID = "forbid"
REQUIRE_APPROVAL = "require_approval"
REQUIRE_AUDIT = "require_audit"
ESCALATE = "escalate"
LIMIT_AUTONOMY = "limit_autonomy"
OUTCOMES = (FORBID, REQUIRE_APPROVAL, REQUIRE_AUDIT, ESCALATE, LIMIT_AUTONOMY)

BINDING_LEVELS = frozenset({"enforced", "mandatory"})


@dataclass(frozen=True)
class Requirement:
    """One outcome of one rule of one policy (or ethical principle) that matched."""

    source: str  # "policy" or "principle"
    source_id: str
    source_name: str
    version: int
    rule: str  # the rule's id inside the policy
    outcome: str  # one of OUTCOMES
    level: str  # implementation level: advisory, recommended, enforced, mandatory
    message: str = ""
    approver_group: str | None = None  # auth Group name whose members may approve
    approvals: int = 1  # distinct people needed (four-eyes: 2)
    deadline_minutes: int | None = None
    escalate_after_minutes: int | None = None
    escalate_to: str | None = None
    action_types: tuple[str, ...] = ()
    override_groups: tuple[str, ...] = ()  # who may override an enforced outcome (with a reason)

    @property
    def binding(self) -> bool:
        return self.level in BINDING_LEVELS

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "id": self.source_id,
            "name": self.source_name,
            "version": self.version,
            "rule": self.rule,
            "outcome": self.outcome,
            "level": self.level,
            "message": self.message,
            **({"approver_group": self.approver_group} if self.approver_group else {}),
            **({"approvals": self.approvals} if self.outcome == REQUIRE_APPROVAL else {}),
            **({"deadline_minutes": self.deadline_minutes} if self.deadline_minutes else {}),
            **({"action_types": list(self.action_types)} if self.action_types else {}),
        }


@dataclass
class Verdict:
    """Everything the active policies and principles require of a decision at one moment."""

    requirements: list[Requirement] = field(default_factory=list)
    evaluated: list[dict] = field(default_factory=list)  # each policy/principle looked at

    def __add__(self, other: Verdict) -> Verdict:
        return Verdict([*self.requirements, *other.requirements], [*self.evaluated, *other.evaluated])

    def binding(self, outcome: str) -> list[Requirement]:
        return [r for r in self.requirements if r.outcome == outcome and r.binding]

    @property
    def forbidden(self) -> list[Requirement]:
        return self.binding(FORBID)

    @property
    def approval_requirements(self) -> list[Requirement]:
        return self.binding(REQUIRE_APPROVAL)

    @property
    def needs_human(self) -> bool:
        return bool(self.approval_requirements)

    @property
    def approvals_required(self) -> int:
        return max((r.approvals for r in self.approval_requirements), default=1)

    @property
    def approver_groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.approver_group for r in self.approval_requirements if r.approver_group))

    @property
    def deadline_minutes(self) -> int | None:
        return min(
            (r.deadline_minutes for r in self.approval_requirements if r.deadline_minutes), default=None
        )

    @property
    def limited_action_types(self) -> frozenset[str]:
        return frozenset(t for r in self.binding(LIMIT_AUTONOMY) for t in r.action_types)

    @property
    def warnings(self) -> list[Requirement]:
        return [r for r in self.requirements if r.level == "recommended"]


def combined_verdict(responses) -> Verdict:
    """The verdicts the receivers of `decision_evaluating` returned, as one."""
    verdict = Verdict()
    for _receiver, response in responses:
        if isinstance(response, Verdict):
            verdict = verdict + response
    return verdict


class PolicyRefused(Conflict):
    """An enforced policy forbids the operation; nothing was changed. `requirements` name the
    policy, its version, the rule and the outcome (the API returns them)."""

    def __init__(self, message: str, *, requirements: list[Requirement]):
        super().__init__(message)
        self.requirements = requirements

    def as_dict(self) -> dict:
        return {"detail": str(self), "policies": [r.as_dict() for r in self.requirements]}
