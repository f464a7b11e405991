"""
Migration: events 0001_initial

Description:  The transactional outbox `event_outbox`: one row per real-time event, written in the
              transaction of the change, relayed to Redis streams/channels after commit
              (airport_platform/events/relay.py). Partial index on undelivered rows by aggregate.
Version:      1.0.0
Dependencies: none
Author:       Airport platform team
Date:         2026-11-26
Reversible:   yes (`migrate events zero` drops the outbox; undelivered events are lost with it).
"""

import uuid

import django.core.serializers.json
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="OutboxEvent",
            fields=[
                ("seq", models.BigAutoField(primary_key=True, serialize=False)),
                ("event_id", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                (
                    "domain",
                    models.CharField(
                        help_text="Stream and channel: orchestration, crisis, passenger", max_length=50
                    ),
                ),
                ("event_type", models.CharField(max_length=100)),
                ("aggregate_type", models.CharField(max_length=50)),
                ("aggregate_id", models.CharField(max_length=64)),
                ("payload", models.JSONField(encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ("correlation_id", models.CharField(blank=True, max_length=128, null=True)),
                ("request_id", models.CharField(blank=True, max_length=128, null=True)),
                ("occurred_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("delivered_at", models.DateTimeField(blank=True, null=True)),
                ("stream_entry_id", models.CharField(blank=True, max_length=40, null=True)),
                ("attempts", models.IntegerField(default=0)),
                ("next_attempt_at", models.DateTimeField(blank=True, null=True)),
                ("last_error", models.TextField(blank=True, null=True)),
            ],
            options={
                "db_table": "event_outbox",
                "ordering": ["seq"],
                "default_permissions": ("view",),
                "indexes": [
                    models.Index(
                        condition=models.Q(("delivered_at__isnull", True)),
                        fields=["aggregate_type", "aggregate_id", "seq"],
                        name="event_outbox_undelivered",
                    ),
                    models.Index(fields=["delivered_at"], name="event_outbox_delivered_at"),
                ],
            },
        ),
    ]
