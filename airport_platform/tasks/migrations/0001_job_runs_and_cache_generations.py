"""Background-job state kept in PostgreSQL (survives Redis): `periodic_job_runs`, the last run
of each periodic job (read by /health/), and `cache_generations` (+ its sequence), the generation of each
cached value (airport_platform/cache.py). No dependencies; reversible (drops both tables)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        # Generations never repeat, even those of a transaction that rolled back.
        migrations.RunSQL(
            "CREATE SEQUENCE cache_generations_seq", reverse_sql="DROP SEQUENCE cache_generations_seq"
        ),
        migrations.CreateModel(
            name="CacheGeneration",
            fields=[
                ("name", models.CharField(max_length=200, primary_key=True, serialize=False)),
                ("generation", models.BigIntegerField(default=0)),
            ],
            options={
                "db_table": "cache_generations",
                "default_permissions": (),
            },
        ),
        migrations.CreateModel(
            name="JobRun",
            fields=[
                ("name", models.CharField(max_length=200, primary_key=True, serialize=False)),
                ("last_started_at", models.DateTimeField(blank=True, null=True)),
                ("last_finished_at", models.DateTimeField(blank=True, null=True)),
                ("last_success_at", models.DateTimeField(blank=True, null=True)),
                (
                    "last_outcome",
                    models.CharField(
                        choices=[
                            ("running", "Running"),
                            ("succeeded", "Succeeded"),
                            ("failed", "Failed"),
                            ("skipped", "Skipped (another worker holds the job's lock)"),
                        ],
                        max_length=20,
                    ),
                ),
                ("last_duration_ms", models.IntegerField(blank=True, null=True)),
                ("last_result", models.JSONField(blank=True, null=True)),
                ("last_error", models.TextField(blank=True, null=True)),
                ("last_worker", models.CharField(blank=True, max_length=200, null=True)),
                ("runs", models.BigIntegerField(default=0)),
                ("consecutive_failures", models.IntegerField(default=0)),
            ],
            options={
                "db_table": "periodic_job_runs",
                "ordering": ["name"],
                "default_permissions": ("view",),
            },
        ),
    ]
