"""What the domains register with the core at ready(), and how the core uses it: entity types,
event publishers, group permissions, and orchestration's signals (same transaction)."""

from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from airport_platform import access
from airport_platform.choices import EntityType
from airport_platform.entities import entity_model, register_entity_type, registered_entity_types
from airport_platform.events import conf
from airport_platform.events.models import OutboxEvent
from airport_platform.events.registry import published_models
from collaboration.models import HumanFeedback
from crisis.models import CrisisAction, CrisisCommunication, CrisisScenario
from governance.models import DecisionAudit
from orchestration import services
from orchestration.choices import ApprovalStatus, DecisionStatus
from orchestration.models import Decision
from orchestration.signals import decision_rejected, decision_transitioned
from passenger.models import JourneyIntervention
from tests.governance.factories import GovernancePolicyFactory
from tests.orchestration.conftest import normal_mode, operator, propose  # noqa: F401


def test_every_entity_type_has_the_model_its_domain_registered():
    assert set(registered_entity_types()) == set(EntityType.values)
    assert entity_model(EntityType.DECISION) is Decision
    assert entity_model("crisis_communication") is CrisisCommunication


def test_an_entity_type_cannot_be_registered_twice_or_invented():
    register_entity_type(EntityType.DECISION, Decision)  # the same again: fine (idempotent)
    with pytest.raises(ImproperlyConfigured, match="already orchestration.Decision"):
        register_entity_type(EntityType.DECISION, CrisisScenario)
    with pytest.raises(ImproperlyConfigured, match="not an EntityType"):
        register_entity_type("weather", Decision)
    with pytest.raises(LookupError, match="no model is registered"):
        entity_model("weather")


def test_event_domains_and_published_models_come_from_the_domains():
    assert {"orchestration", "crisis", "passenger", "governance"} == conf.DOMAINS  # governance: access.py
    published = published_models()
    assert set(published) == {CrisisScenario, CrisisAction, CrisisCommunication, JourneyIntervention}
    assert published[CrisisAction].aggregate == ("crisis_scenario", "scenario_id")
    assert published[JourneyIntervention].aggregate is None


def test_group_exceptions_come_from_the_domains():
    # Declared by orchestration and governance at ready() (their access.py); the rest is the rule.
    decision = access.access_for("orchestration", "decision", is_hypertable=False)
    assert decision.operations["approve"] == {access.OPERATORS, access.DUTY_MANAGERS}
    assert access.access_for("governance", "governancepolicy", is_hypertable=False) is access.GOVERNED
    assert access.access_for("orchestration", "approval", is_hypertable=False).read_only
    assert access.access_for("crisis", "crisisscenario", is_hypertable=False) is access.OPERATIONAL
    with pytest.raises(ImproperlyConfigured, match="unknown group"):
        access.grant_to_group("visitors", "orchestration.approve_decision")


@pytest.fixture
def failing_receiver():
    """Connect a receiver that fails to one of orchestration's signals."""
    connected = []

    def connect(signal):
        def fail(sender, **kwargs):
            raise RuntimeError("receiver failed")

        signal.connect(fail, weak=False, dispatch_uid="test-failing-receiver")
        connected.append(signal)

    yield connect
    for signal in connected:
        signal.disconnect(dispatch_uid="test-failing-receiver")


@pytest.mark.django_db
def test_receivers_write_in_the_transaction_of_the_transition(normal_mode, operator, failing_receiver):  # noqa: F811
    GovernancePolicyFactory(
        policy_type="audit", is_active=True, audit_requirements={"audit_transitions": ["rejected"]}
    )
    decision = propose(risk=Decimal("0.5"))
    events = OutboxEvent.objects.count()
    audits = DecisionAudit.objects.filter(decision=decision).count()  # the proposal's evaluations
    failing_receiver(decision_rejected)  # connected after collaboration's: its feedback is written first
    with pytest.raises(RuntimeError, match="receiver failed"), transaction.atomic():
        services.decision_reject(decision=decision, user=operator, notes="Gate closed")
    decision.refresh_from_db()
    # Everything rolled back together: status, approval, audit, feedback, events.
    assert decision.status == DecisionStatus.PENDING_APPROVAL
    assert decision.approvals.get().status == ApprovalStatus.PENDING
    assert DecisionAudit.objects.filter(decision=decision).count() == audits
    assert not HumanFeedback.objects.filter(entity_id=decision.pk).exists()
    assert OutboxEvent.objects.count() == events


@pytest.mark.django_db
def test_a_failing_transition_receiver_fails_the_transition(normal_mode, operator, failing_receiver):  # noqa: F811
    decision = propose(risk=Decimal("0.5"))
    failing_receiver(decision_transitioned)
    with pytest.raises(RuntimeError, match="receiver failed"), transaction.atomic():
        services.decision_approve(decision=decision, user=operator)
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.PENDING_APPROVAL
