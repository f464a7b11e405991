"""Learning transfer schema (spec 4.7)."""

from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from airport_platform.choices import Domain
from airport_platform.models import (
    Authorship,
    EntityModel,
    Hypertable,
    RecordModel,
    TimeSeriesModel,
    Versioned,
)
from airport_platform.models.functions import Now
from airport_platform.timeseries.rollups import Rollups

from .choices import KnowledgeItemType, KnowledgeSourceType, LearningMetricType, ValidationStatus

UNIT_INTERVAL = [MinValueValidator(0), MaxValueValidator(1)]


class KnowledgeItem(Authorship, Versioned, EntityModel):
    item_type = models.CharField(max_length=50, choices=KnowledgeItemType.choices)
    title = models.CharField(max_length=200)
    description = models.TextField(null=True, blank=True)
    content = models.JSONField(blank=True)
    source_domain = models.CharField(max_length=50, choices=Domain.choices, null=True, blank=True)
    source_context = models.JSONField(null=True, blank=True)
    applicable_domains = ArrayField(models.TextField(choices=Domain.choices), null=True, blank=True)
    confidence_score = models.DecimalField(
        max_digits=5, decimal_places=4, null=True, blank=True, validators=UNIT_INTERVAL
    )
    validation_status = models.CharField(
        max_length=20,
        choices=ValidationStatus.choices,
        default=ValidationStatus.UNVALIDATED,
        db_default=ValidationStatus.UNVALIDATED.value,
        null=True,
        blank=True,
    )
    tags = ArrayField(models.TextField(), null=True, blank=True)

    class Meta:
        db_table = "knowledge_items"
        ordering = ["title"]
        indexes = [
            models.Index(fields=["item_type"], name="idx_knowledge_items_type"),
            models.Index(fields=["validation_status"], name="idx_knowledge_items_validation"),
            models.Index(fields=["source_domain"], name="idx_knowledge_items_source"),
        ]

    def __str__(self):
        return self.title


class KnowledgeApplication(RecordModel):
    knowledge_item = models.ForeignKey(
        KnowledgeItem, on_delete=models.PROTECT, null=True, related_name="applications", db_index=False
    )
    target_domain = models.CharField(max_length=50, choices=Domain.choices)
    target_context = models.JSONField(blank=True)
    application_timestamp = models.DateTimeField(default=timezone.now, db_default=Now(), null=True)
    success_rating = models.IntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)], help_text="1 to 5"
    )
    adaptation_details = models.JSONField(null=True, blank=True)
    metrics = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    class Meta:
        db_table = "knowledge_applications"
        ordering = ["-application_timestamp"]
        indexes = [
            models.Index(fields=["knowledge_item"], name="idx_knowledge_applications_item"),
            models.Index(fields=["target_domain"], name="idx_knowledge_applications_domain"),
            models.Index(fields=["application_timestamp"], name="idx_knowledge_applications_timestamp"),
        ]

    def __str__(self):
        return f"{self.knowledge_item_id} applied to {self.get_target_domain_display()}"


class KnowledgeSource(EntityModel):
    source_type = models.CharField(max_length=50, choices=KnowledgeSourceType.choices)
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    reliability_score = models.DecimalField(
        max_digits=5, decimal_places=4, null=True, blank=True, validators=UNIT_INTERVAL
    )
    metadata = models.JSONField(null=True, blank=True)

    class Meta:
        db_table = "knowledge_sources"
        ordering = ["name"]
        indexes = [models.Index(fields=["source_type"], name="idx_knowledge_sources_type")]

    def __str__(self):
        return self.name


class LearningMetric(TimeSeriesModel):
    timestamp = models.DateTimeField()
    metric_type = models.CharField(max_length=50, choices=LearningMetricType.choices)
    domain = models.CharField(max_length=50, choices=Domain.choices, null=True, blank=True)
    value = models.DecimalField(max_digits=10, decimal_places=4)
    context = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)

    # A few metrics per domain per day: monthly chunks.
    hypertable = Hypertable(time_column="timestamp", chunk_interval="30 days")
    rollups = Rollups(dimensions=("metric_type", "domain"), measures=("value",))

    class Meta:
        db_table = "learning_metrics"
        ordering = ["-timestamp"]
        indexes = [
            models.Index(fields=["metric_type"], name="idx_learning_metrics_type"),
            models.Index(fields=["domain"], name="idx_learning_metrics_domain"),
        ]

    def __str__(self):
        return f"{self.get_metric_type_display()} = {self.value}"
