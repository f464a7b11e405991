"""Soft deletion at the queryset level, so `Model.delete()`, admin bulk actions and
`QuerySet.delete()` all behave the same way.

Soft deletion cascades along the foreign keys the spec declares `ON DELETE CASCADE` (Django
`on_delete=CASCADE`) to children that are soft-deletable themselves, stamping them with the
parent's deletion time; `restore()` brings back exactly the children deleted in that same
moment, not those deleted earlier on their own.
"""

from collections import defaultdict

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone

# Sent after a queryset soft-deleted or restored rows (an UPDATE of deleted_at, which sends no
# post_save): sender=model, pks=[primary keys], using=database alias.
soft_deleted = Signal()
restored = Signal()


def is_soft_deletable(model) -> bool:
    """The model soft-deletes (the `SoftDeletable` mixin gives it this module's managers); told
    by its `all_objects` manager, so this module needs no import of the mixins built on it."""
    return isinstance(getattr(model, "all_objects", None), AllObjectsManager)


def _soft_cascade_relations(model):
    for relation in model._meta.related_objects:
        if (
            relation.one_to_many
            and relation.on_delete is models.CASCADE
            and is_soft_deletable(relation.related_model)
        ):
            yield relation


def soft_delete_blockers(model, pks) -> list:
    """Alive rows that refer to `pks` through a PROTECT key (e.g. live decisions of an operating
    mode): soft-deleting would leave them pointing at a hidden row, so it is refused, as a
    hard delete would be. Time-series history does not block: it may refer to deleted rows."""
    blockers = []
    for relation in model._meta.related_objects:
        if (
            relation.one_to_many
            and relation.on_delete is models.PROTECT
            and is_soft_deletable(relation.related_model)
        ):
            blockers += list(
                relation.related_model.objects.filter(**{f"{relation.field.name}__in": pks})[:10]
            )
    return blockers


class SoftDeleteQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def delete(self):
        """Soft-delete the rows (and their cascading children); returns the number of rows."""
        return self.soft_delete()

    delete.alters_data = True
    delete.queryset_only = True

    def soft_delete(self, *, at=None):
        at = at or timezone.now()
        with transaction.atomic(using=self.db):
            pks = list(self.alive().values_list("pk", flat=True))
            if not pks:
                return 0
            blockers = soft_delete_blockers(self.model, pks)
            if blockers:
                raise models.ProtectedError(
                    f"still used by {len(blockers)}{'+' if len(blockers) == 10 else ''} live record(s), "
                    f"e.g. {blockers[0]._meta.verbose_name} {blockers[0].pk}",
                    set(blockers),
                )
            count = self.model.all_objects.using(self.db).filter(pk__in=pks).update(deleted_at=at)
            soft_deleted.send(sender=self.model, pks=pks, using=self.db)
            for relation in _soft_cascade_relations(self.model):
                relation.related_model.all_objects.using(self.db).filter(
                    **{f"{relation.field.name}__in": pks}
                ).soft_delete(at=at)
        return count

    soft_delete.alters_data = True

    def hard_delete(self):
        """Really delete the rows (Django and the database cascade to children)."""
        return super().delete()

    hard_delete.alters_data = True

    def restore(self):
        with transaction.atomic(using=self.db):
            by_moment = defaultdict(list)
            for pk, deleted_at in self.deleted().values_list("pk", "deleted_at"):
                by_moment[deleted_at].append(pk)
            count = 0
            for moment, pks in by_moment.items():
                count += self.model.all_objects.using(self.db).filter(pk__in=pks).update(deleted_at=None)
                restored.send(sender=self.model, pks=pks, using=self.db)
                for relation in _soft_cascade_relations(self.model):
                    relation.related_model.all_objects.using(self.db).filter(
                        **{f"{relation.field.name}__in": pks, "deleted_at": moment}
                    ).restore()
        return count

    restore.alters_data = True


class AliveManager(models.Manager.from_queryset(SoftDeleteQuerySet)):
    """Default manager: rows that are not soft-deleted."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class AllObjectsManager(models.Manager.from_queryset(SoftDeleteQuerySet)):
    """Every row, deleted or not (restore, audits, `?include_deleted=true`)."""
