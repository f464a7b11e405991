"""The demo day's sections and the demo rows of all 37 tables: what `seed_demo` seeds, counts
and deletes.

Each domain seeds its own section (`SECTIONS`), in one transaction, from its own random stream;
time-series rows go in with `bulk_create` in batches. `day.py` explains how demo rows are
recognised (their ids), which is what makes seeding idempotent and `delete_demo_rows()` exact.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from collaboration.models import AIExplanation, CollaborationArtifact, CollaborationSession, HumanFeedback
from crisis.models import CrisisAction, CrisisCommunication, CrisisResource, CrisisScenario
from governance.models import DecisionAudit, EthicalPrinciple, FairnessMetric, GovernancePolicy
from learning.models import KnowledgeApplication, KnowledgeItem, KnowledgeSource, LearningMetric
from orchestration.approvals import frozen_rows_purge_allow
from orchestration.models import (
    Action,
    ActionDependency,
    Approval,
    ApprovalRequirement,
    ApprovalSignoff,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)
from passenger.models import ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney
from sustainability.models import (
    CarbonAccounting,
    ResourceConsumption,
    SustainabilityMetric,
    SustainabilityOptimization,
)
from twin.models import (
    PredictionAccuracy,
    PredictionModel,
    SimulationIntervention,
    SimulationScenario,
    SimulationState,
)

from .collaboration import seed_collaboration
from .crisis import seed_crisis
from .day import DAY, DEMO_ID_MAX, DEMO_ID_MIN, SYSTEM_STATE_EVERY_MIN, DemoDay, demo_rows, is_demo_id
from .governance import seed_governance
from .learning import seed_learning
from .orchestration import seed_orchestration
from .passenger import seed_passenger
from .sustainability import seed_sustainability
from .twin import seed_twin

# Children before parents: the order in which demo rows can be hard-deleted.
DELETION_ORDER = (
    FairnessMetric, DecisionAudit, GovernancePolicy, EthicalPrinciple,
    LearningMetric, KnowledgeApplication, KnowledgeSource, KnowledgeItem,
    CrisisResource, CrisisCommunication, CrisisAction, CrisisScenario,
    HumanFeedback, AIExplanation, CollaborationArtifact, CollaborationSession,
    PredictionAccuracy, PredictionModel, SimulationIntervention, SimulationState, SimulationScenario,
    CarbonAccounting, SustainabilityOptimization, ResourceConsumption, SustainabilityMetric,
    ExperienceMetric, JourneyIntervention, JourneyTouchpoint, PassengerJourney,
    OrchestrationEvent, SystemState, ActionDependency, DecisionDependency,
    ApprovalSignoff, ApprovalRequirement, Approval, Action, Decision,
    OperatingMode,
)  # fmt: skip
DEMO_MODELS = tuple(reversed(DELETION_ORDER))
TIME_SERIES_MODELS = tuple(model for model in DEMO_MODELS if model.is_hypertable())


@dataclass(frozen=True)
class Section:
    name: str
    anchor: type  # the section is present when this model has demo rows
    seed: Callable[[DemoDay], None]


SECTIONS = (
    Section("orchestration", OperatingMode, seed_orchestration),
    Section("passenger", PassengerJourney, seed_passenger),
    Section("sustainability", SustainabilityOptimization, seed_sustainability),
    Section("twin", SimulationScenario, seed_twin),
    Section("collaboration", CollaborationSession, seed_collaboration),
    Section("crisis", CrisisScenario, seed_crisis),
    Section("learning", KnowledgeItem, seed_learning),
    Section("governance", EthicalPrinciple, seed_governance),
)


def count_demo_rows() -> dict[str, int]:
    return {model._meta.db_table: demo_rows(model).count() for model in DEMO_MODELS}


def delete_demo_rows() -> int:
    """Hard-delete every demo row, children first (hypertable rows too). One transaction."""
    deleted = 0
    with transaction.atomic():
        frozen_rows_purge_allow()  # demo decisions are approved or finished: frozen otherwise
        for model in DELETION_ORDER:
            rows = demo_rows(model)
            count, _ = rows.hard_delete() if hasattr(rows, "hard_delete") else rows.delete()
            deleted += count
    return deleted


__all__ = [
    "DAY",
    "DEMO_ID_MAX",
    "DEMO_ID_MIN",
    "DEMO_MODELS",
    "SECTIONS",
    "SYSTEM_STATE_EVERY_MIN",
    "TIME_SERIES_MODELS",
    "DemoDay",
    "Section",
    "count_demo_rows",
    "delete_demo_rows",
    "demo_rows",
    "is_demo_id",
]
