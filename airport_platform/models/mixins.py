"""Capabilities as small abstract mixins (NetBox `models/features.py` style).

Database-side behaviour is declared next to the field it concerns: DB defaults (`db_default`)
so raw SQL inserts get the spec's defaults, and triggers (registered in `base.py`) so raw SQL
updates still bump `updated_at` and `version`.
"""

import uuid

import pgtrigger
from django.contrib.postgres.functions import RandomUUID
from django.db import models
from django.utils import timezone

from airport_platform.exceptions import ConcurrentModification
from airport_platform.models.functions import Now

from .managers import AliveManager, AllObjectsManager


class UUIDPrimaryKey(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, db_default=RandomUUID(), editable=False)

    class Meta:
        abstract = True


class CreatedAt(models.Model):
    # Nullable with a NOW() default, exactly as the spec declares it; the ORM always fills it.
    created_at = models.DateTimeField(default=timezone.now, db_default=Now(), null=True, editable=False)

    class Meta:
        abstract = True


class UpdatedAt(models.Model):
    """`updated_at` is kept current by a BEFORE UPDATE trigger, whoever issues the UPDATE."""

    updated_at = models.DateTimeField(default=timezone.now, db_default=Now(), null=True, editable=False)

    database_triggers = (
        pgtrigger.Trigger(
            name="touch_updated_at",
            when=pgtrigger.Before,
            operation=pgtrigger.Update,
            func="NEW.updated_at := NOW(); RETURN NEW;",
        ),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.updated_at = timezone.now()  # the trigger's value wins in the row; this keeps memory close
        super().save(*args, **kwargs)


class Timestamps(CreatedAt, UpdatedAt):
    class Meta:
        abstract = True


class Authorship(models.Model):
    """Who created and last changed the row, as a user or service account name (spec: VARCHAR(100))."""

    created_by = models.CharField(max_length=100, null=True, blank=True, editable=False)
    updated_by = models.CharField(max_length=100, null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class Versioned(models.Model):
    """`version` starts at 1 and grows by one on every UPDATE (trigger, so raw SQL counts too).

    `save()` is optimistic: it only updates the row if it still has the version this instance
    was loaded with, and raises `ConcurrentModification` otherwise.
    """

    version = models.IntegerField(default=1, db_default=1, editable=False)

    database_triggers = (
        pgtrigger.Trigger(
            name="increment_version",
            when=pgtrigger.Before,
            operation=pgtrigger.Update,
            func="NEW.version := OLD.version + 1; RETURN NEW;",
        ),
    )

    class Meta:
        abstract = True

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        expected = self.version
        updated = super()._do_update(
            base_qs.filter(version=expected), using, pk_val, values, update_fields, forced_update
        )
        if updated:
            self.version = expected + 1
            return True
        if values and base_qs.filter(pk=pk_val).exists():
            raise ConcurrentModification(
                f"{self._meta.verbose_name} {pk_val} was changed by someone else "
                f"(expected version {expected}); reload it and try again."
            )
        return False


class SoftDeletable(models.Model):
    """Deletion sets `deleted_at`; `objects` hides such rows, `all_objects` sees them all."""

    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AliveManager()
    all_objects = AllObjectsManager()

    class Meta:
        abstract = True

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def delete(self, using=None, keep_parents=False):
        count = type(self).all_objects.using(using or self._state.db).filter(pk=self.pk).soft_delete()
        self.refresh_from_db(from_queryset=type(self).all_objects.all())
        return count, {self._meta.label: count}

    def hard_delete(self, using=None):
        return super().delete(using=using)

    def restore(self):
        count = type(self).all_objects.filter(pk=self.pk).restore()
        self.refresh_from_db(from_queryset=type(self).all_objects.all())
        return count
