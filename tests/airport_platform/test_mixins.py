"""The capability mixins, checked against the real database (raw SQL included)."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from airport_platform.exceptions import ConcurrentModification
from orchestration.models import Action, Decision, OperatingMode

pytestmark = pytest.mark.django_db

THRESHOLDS = {"auto_approve_max_risk": 0.3, "auto_approve_min_confidence": 0.8}
WEIGHTS = {"safety": 0.6, "punctuality": 0.4}


def make_decision(**kwargs):
    fields = dict(
        type="gate_assignment",
        status="proposed",
        priority="medium",
        confidence=Decimal("0.9"),
        risk=Decimal("0.1"),
        impact_assessment={"passengers": 120},
    )
    fields.update(kwargs)
    return Decision.objects.create(**fields)


def make_action(decision, order, **kwargs):
    return Action.objects.create(
        decision=decision,
        type="notify",
        domain="terminal",
        parameters={},
        status="pending",
        execution_order=order,
        **kwargs,
    )


def sql_value(query, params=()):
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchone()[0]


class TestSoftDeletion:
    def test_delete_hides_the_row_but_keeps_it(self):
        decision = make_decision()
        decision.delete()
        assert not Decision.objects.filter(pk=decision.pk).exists()
        assert Decision.all_objects.filter(pk=decision.pk).exists()
        assert decision.deleted_at is not None
        assert sql_value("SELECT count(*) FROM decisions WHERE id = %s", [decision.pk]) == 1

    def test_soft_delete_cascades_to_children_and_restore_brings_back_only_those(self):
        decision = make_decision()
        kept, removed_earlier = make_action(decision, 1), make_action(decision, 2)
        removed_earlier.delete()
        decision.delete()

        kept.refresh_from_db(from_queryset=Action.all_objects.all())
        assert kept.deleted_at == decision.deleted_at
        assert not Action.objects.filter(decision=decision).exists()

        decision.restore()
        assert Decision.objects.filter(pk=decision.pk).exists()
        assert list(Action.objects.filter(decision=decision)) == [kept]
        assert Action.all_objects.get(pk=removed_earlier.pk).is_deleted

    def test_queryset_delete_is_soft_and_hard_delete_is_explicit(self):
        first, second = make_decision(), make_decision()
        assert Decision.objects.filter(pk__in=[first.pk, second.pk]).delete() == 2
        assert Decision.all_objects.filter(pk__in=[first.pk, second.pk]).count() == 2
        Decision.all_objects.filter(pk=first.pk).hard_delete()
        assert not Decision.all_objects.filter(pk=first.pk).exists()

    def test_hard_delete_in_raw_sql_cascades_in_the_database(self):
        decision = make_decision()
        action = make_action(decision, 1)
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM decisions WHERE id = %s", [decision.pk])
        assert not Action.all_objects.filter(pk=action.pk).exists()


class TestTimestamps:
    def test_raw_sql_update_bumps_updated_at(self):
        decision = make_decision()
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE decisions SET updated_at = '2000-01-01T00:00:00Z' WHERE id = %s", [decision.pk]
            )
            cursor.execute("UPDATE decisions SET description = 'changed in SQL' WHERE id = %s", [decision.pk])
            cursor.execute("SELECT updated_at, now() FROM decisions WHERE id = %s", [decision.pk])
            updated_at, now = cursor.fetchone()
        # The trigger overwrote even the explicit value: updated_at is the UPDATE's transaction time.
        assert updated_at == now

    def test_orm_update_bumps_updated_at(self):
        decision = make_decision()
        Decision.objects.filter(pk=decision.pk).update(updated_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        Decision.objects.filter(pk=decision.pk).update(description="changed")
        assert Decision.objects.get(pk=decision.pk).updated_at.year > 2000

    def test_raw_insert_gets_the_spec_defaults(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO operating_modes (name, priority_weights, decision_thresholds) "
                "VALUES ('raw', '{}', '{}') RETURNING id, created_at, updated_at, is_active, version"
            )
            pk, created_at, updated_at, is_active, version = cursor.fetchone()
        assert isinstance(pk, uuid.UUID)
        assert created_at is not None and updated_at is not None
        assert is_active is False
        assert version == 1


class TestVersioning:
    def test_every_update_increments_version_including_raw_sql(self):
        mode = OperatingMode.objects.create(
            name="Normal", priority_weights=WEIGHTS, decision_thresholds=THRESHOLDS
        )
        assert mode.version == 1
        mode.description = "first edit"
        mode.save()
        assert mode.version == 2
        with connection.cursor() as cursor:
            cursor.execute("UPDATE operating_modes SET description = 'sql' WHERE id = %s", [mode.pk])
        mode.refresh_from_db()
        assert mode.version == 3

    def test_saving_a_stale_copy_is_refused_and_changes_nothing(self):
        mode = OperatingMode.objects.create(
            name="Normal", priority_weights=WEIGHTS, decision_thresholds=THRESHOLDS
        )
        stale = OperatingMode.objects.get(pk=mode.pk)
        mode.description = "operator A"
        mode.save()
        stale.description = "operator B"
        with pytest.raises(ConcurrentModification, match="changed by someone else"), transaction.atomic():
            stale.save()
        mode.refresh_from_db()
        assert (mode.description, mode.version) == ("operator A", 2)


class TestDerivedConstraints:
    def test_vocabulary_is_enforced_by_the_database(self):
        decision = make_decision()
        with pytest.raises(IntegrityError, match="decisions_status_valid"), transaction.atomic():
            Decision.objects.filter(pk=decision.pk).update(status="maybe")

    def test_value_ranges_are_enforced_by_the_database(self):
        with pytest.raises(IntegrityError, match="decisions_confidence_range"), transaction.atomic():
            make_decision(confidence=Decimal("1.5"))

    def test_array_vocabulary_is_enforced_by_the_database(self):
        from crisis.models import CrisisCommunication, CrisisScenario

        scenario = CrisisScenario.objects.create(scenario_type="fire", severity="major", status="active")
        with (
            pytest.raises(IntegrityError, match="crisis_communications_channels_valid"),
            transaction.atomic(),
        ):
            CrisisCommunication.objects.create(
                scenario=scenario,
                communication_type="alert",
                content="Evacuate pier C",
                channels=["sms", "carrier_pigeon"],
                status="draft",
            )

    def test_only_one_operating_mode_can_be_active(self):
        OperatingMode.objects.create(
            name="A", priority_weights=WEIGHTS, decision_thresholds=THRESHOLDS, is_active=True
        )
        with pytest.raises(IntegrityError, match="operating_modes_single_active"), transaction.atomic():
            OperatingMode.objects.create(
                name="B", priority_weights=WEIGHTS, decision_thresholds=THRESHOLDS, is_active=True
            )


class TestSoftDeleteProtection:
    def test_a_mode_used_by_live_decisions_cannot_be_soft_deleted(self):
        from django.db.models import ProtectedError

        mode = OperatingMode.objects.create(
            name="Winter", priority_weights=WEIGHTS, decision_thresholds=THRESHOLDS
        )
        decision = make_decision(operating_mode=mode)
        with pytest.raises(ProtectedError, match="still used by 1 live record"), transaction.atomic():
            mode.delete()
        assert OperatingMode.objects.filter(pk=mode.pk).exists()
        decision.delete()
        mode.delete()  # only deleted decisions refer to it now
        assert not OperatingMode.objects.filter(pk=mode.pk).exists()
