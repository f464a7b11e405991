"""Crisis management schema (spec 4.6), with PostGIS positions for incidents and resources."""

from django.contrib.gis.db import models as gis_models
from django.contrib.postgres.fields import ArrayField
from django.db import models

from airport_platform.models import Authorship, EntityModel

from .choices import (
    AffectedSystem,
    Channel,
    CommunicationStatus,
    CommunicationType,
    CrisisActionStatus,
    CrisisActionType,
    CrisisResourceStatus,
    CrisisResourceType,
    CrisisStatus,
    CrisisType,
    Severity,
    Urgency,
)


class CrisisScenario(Authorship, EntityModel):
    scenario_type = models.CharField(max_length=50, choices=CrisisType.choices)
    description = models.TextField(null=True, blank=True)
    severity = models.CharField(max_length=20, choices=Severity.choices)
    affected_systems = ArrayField(models.TextField(choices=AffectedSystem.choices), null=True, blank=True)
    duration_estimate = models.JSONField(null=True, blank=True)
    passenger_impact = models.JSONField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=CrisisStatus.choices, default=CrisisStatus.ACTIVE)
    is_simulation = models.BooleanField(default=False, db_default=False, null=True)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # Where the incident is (WGS 84): "resources within 500 m of the incident".
    incident_position = gis_models.PointField(srid=4326, null=True, blank=True)

    ordered_times = (("started_at", "ended_at"),)

    class Meta:
        db_table = "crisis_scenarios"
        ordering = ["-started_at"]
        indexes = [
            models.Index(fields=["status"], name="idx_crisis_scenarios_status"),
            models.Index(fields=["scenario_type"], name="idx_crisis_scenarios_type"),
            models.Index(fields=["is_simulation"], name="idx_crisis_scenarios_simulation"),
        ]

    def __str__(self):
        return (
            f"{self.get_scenario_type_display()} ({self.get_severity_display()}, {self.get_status_display()})"
        )


class CrisisAction(EntityModel):
    scenario = models.ForeignKey(
        CrisisScenario, on_delete=models.CASCADE, null=True, related_name="actions", db_index=False
    )
    action_type = models.CharField(max_length=50, choices=CrisisActionType.choices)
    description = models.TextField(null=True, blank=True)
    urgency = models.CharField(max_length=20, choices=Urgency.choices)
    status = models.CharField(
        max_length=20, choices=CrisisActionStatus.choices, default=CrisisActionStatus.PENDING
    )
    owner = models.CharField(max_length=100, null=True, blank=True)
    assigned_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)

    ordered_times = (("assigned_at", "completed_at"),)

    class Meta:
        db_table = "crisis_actions"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["scenario"], name="idx_crisis_actions_scenario"),
            models.Index(fields=["status"], name="idx_crisis_actions_status"),
            models.Index(fields=["action_type"], name="idx_crisis_actions_type"),
        ]

    def __str__(self):
        return f"{self.get_action_type_display()} ({self.get_urgency_display()}, {self.get_status_display()})"


class CrisisCommunication(EntityModel):
    scenario = models.ForeignKey(
        CrisisScenario, on_delete=models.CASCADE, null=True, related_name="communications", db_index=False
    )
    communication_type = models.CharField(max_length=50, choices=CommunicationType.choices)
    content = models.TextField()
    channels = ArrayField(models.TextField(choices=Channel.choices), null=True, blank=True)
    audience = models.CharField(max_length=100, null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=CommunicationStatus.choices, default=CommunicationStatus.DRAFT
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_by = models.CharField(max_length=100, null=True, blank=True)
    effectiveness_metrics = models.JSONField(null=True, blank=True)

    class Meta:
        db_table = "crisis_communications"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["scenario"], name="idx_crisis_communications_scenario"),
            models.Index(fields=["status"], name="idx_crisis_communications_status"),
            models.Index(fields=["communication_type"], name="idx_crisis_communications_type"),
        ]

    def __str__(self):
        return f"{self.get_communication_type_display()} to {self.audience or 'all'}"


class CrisisResource(EntityModel):
    resource_type = models.CharField(max_length=50, choices=CrisisResourceType.choices)
    name = models.CharField(max_length=100)
    description = models.TextField(null=True, blank=True)
    location = models.CharField(max_length=100, null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=CrisisResourceStatus.choices, default=CrisisResourceStatus.AVAILABLE
    )
    availability = models.JSONField(null=True, blank=True)
    capacity = models.JSONField(null=True, blank=True)
    contact_info = models.JSONField(null=True, blank=True)
    notes = models.TextField(null=True, blank=True)
    position = gis_models.PointField(srid=4326, null=True, blank=True)

    class Meta:
        db_table = "crisis_resources"
        ordering = ["name"]
        indexes = [
            models.Index(fields=["resource_type"], name="idx_crisis_resources_type"),
            models.Index(fields=["status"], name="idx_crisis_resources_status"),
            models.Index(fields=["location"], name="idx_crisis_resources_location"),
        ]

    def __str__(self):
        return self.name
