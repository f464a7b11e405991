"""The Celery application of the platform: Redis as broker, schedules in PostgreSQL
(django-celery-beat's DatabaseScheduler, editable in the admin), tasks discovered in each
installed app's `tasks.py` (the core names no domain: domains declare their jobs there with
`airport_platform.tasks.periodic_task`).

    celery -A airport_platform.celery worker     # runs jobs; start as many as you like
    celery -A airport_platform.celery beat       # sends them on schedule; exactly one
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "airport_platform.settings")

app = Celery("airport_platform")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
