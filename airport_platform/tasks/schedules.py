"""The declared schedules (`periodic_task`) as django-celery-beat rows, created once.

`schedules_sync()` creates the PeriodicTask of each declared job that has none; it never
changes an existing one, so what an operator set in the admin (interval, enabled) stays.
It runs after every `migrate` and when beat starts.
"""

from celery.signals import beat_init
from django.db import transaction
from django.utils.module_loading import autodiscover_modules

from .registry import SCHEDULES


def declared_schedules():
    autodiscover_modules("tasks")  # each installed app's tasks.py declares its jobs
    return dict(SCHEDULES)


@transaction.atomic
def schedules_sync(*, using: str = "default") -> list[str]:
    """Create the missing PeriodicTask rows; returns the names created."""
    from django_celery_beat.models import IntervalSchedule, PeriodicTask

    created = []
    for name, schedule in sorted(declared_schedules().items()):
        if PeriodicTask.objects.using(using).filter(name=name).exists():
            continue
        interval, _ = IntervalSchedule.objects.using(using).get_or_create(
            every=int(schedule.every), period=IntervalSchedule.SECONDS
        )
        PeriodicTask.objects.using(using).create(
            name=name,
            task=name,
            interval=interval,
            # A tick older than one interval is dropped: workers that were down do not
            # replay a backlog of identical runs.
            expire_seconds=max(int(schedule.every), 1),
            description=schedule.description[:2000],
        )
        created.append(name)
    return created


def sync_after_migrate(sender, using="default", **kwargs):
    from django.db import connections
    from django_celery_beat.models import PeriodicTask

    # A partial `migrate` (e.g. `migrate airport_platform 0001`) leaves beat's tables absent.
    if (
        sender.name == "airport_platform.tasks"
        and PeriodicTask._meta.db_table in connections[using].introspection.table_names()
    ):
        schedules_sync(using=using)


@beat_init.connect
def _sync_on_beat_start(sender=None, **kwargs):
    schedules_sync()
