"""Runtime state the platform keeps in PostgreSQL so that it survives a Redis outage or flush."""

from django.db import models


class JobOutcome(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped (another worker holds the job's lock)"


class JobRun(models.Model):
    """The last run of each periodic job (one row per job): what `/health/` reports."""

    name = models.CharField(max_length=200, primary_key=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_outcome = models.CharField(max_length=20, choices=JobOutcome.choices)
    last_duration_ms = models.IntegerField(null=True, blank=True)
    last_result = models.JSONField(null=True, blank=True)
    last_error = models.TextField(null=True, blank=True)
    last_worker = models.CharField(max_length=200, null=True, blank=True)
    runs = models.BigIntegerField(default=0)
    consecutive_failures = models.IntegerField(default=0)

    class Meta:
        db_table = "periodic_job_runs"
        ordering = ["name"]
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.name}: {self.get_last_outcome_display()}"


class CacheGeneration(models.Model):
    """Generation of each cached value (airport_platform/cache.py), bumped in the writer's
    transaction: an invalidation commits with the change or not at all, whatever Redis does."""

    name = models.CharField(max_length=200, primary_key=True)
    generation = models.BigIntegerField(default=0)

    class Meta:
        db_table = "cache_generations"
        default_permissions = ()

    def __str__(self):
        return f"{self.name} @ {self.generation}"
