"""The outbox: every event is a row here, written in the transaction of the change it
describes, and relayed to Redis after that transaction commits."""

import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone


class OutboxEvent(models.Model):
    # Order of writing: within one aggregate, events are delivered in this order.
    seq = models.BigAutoField(primary_key=True)
    event_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    domain = models.CharField(max_length=50, help_text="Stream and channel: orchestration, crisis, passenger")
    event_type = models.CharField(max_length=100)
    aggregate_type = models.CharField(max_length=50)
    aggregate_id = models.CharField(max_length=64)
    payload = models.JSONField(encoder=DjangoJSONEncoder)
    correlation_id = models.CharField(max_length=128, null=True, blank=True)
    request_id = models.CharField(max_length=128, null=True, blank=True)
    occurred_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)
    stream_entry_id = models.CharField(max_length=40, null=True, blank=True)
    attempts = models.IntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(null=True, blank=True)

    class Meta:
        db_table = "event_outbox"
        ordering = ["seq"]
        default_permissions = ("view",)
        indexes = [
            # The relay's question: the oldest undelivered event of each aggregate.
            models.Index(
                fields=["aggregate_type", "aggregate_id", "seq"],
                condition=models.Q(delivered_at__isnull=True),
                name="event_outbox_undelivered",
            ),
            models.Index(fields=["delivered_at"], name="event_outbox_delivered_at"),
        ]

    def __str__(self):
        return f"{self.event_type} {self.aggregate_type}:{self.aggregate_id} ({self.event_id})"

    @property
    def is_delivered(self) -> bool:
        return self.delivered_at is not None

    def message(self) -> dict:
        """The message consumers receive (docs/events.md), as JSON-ready values."""
        return {
            "event_id": str(self.event_id),
            "type": self.event_type,
            "domain": self.domain,
            "aggregate_type": self.aggregate_type,
            "aggregate_id": self.aggregate_id,
            "payload": self.payload,
            "correlation_id": self.correlation_id,
            "request_id": self.request_id,
            "occurred_at": self.occurred_at.isoformat(),
        }
