from django.contrib import admin
from django.db.models import Case, When

from .models import JobRun
from .selectors import jobs_status


@admin.register(JobRun)
class JobRunAdmin(admin.ModelAdmin):
    """Read-only: rows are written by the workers (schedules are edited under Periodic tasks)."""

    list_display = (
        "name",
        "last_outcome",
        "overdue",
        "last_started_at",
        "last_finished_at",
        "last_duration_ms",
        "consecutive_failures",
        "runs",
    )
    list_filter = ("last_outcome",)
    readonly_fields = [field.name for field in JobRun._meta.fields]

    def get_queryset(self, request):
        # Per request (the admin instance is shared by every request and thread).
        overdue = [job["job"] for job in jobs_status() if job["overdue"]]
        return (
            super()
            .get_queryset(request)
            .annotate(is_overdue=Case(When(name__in=overdue, then=True), default=False))
        )

    @admin.display(boolean=True, description="overdue (> 3 intervals)", ordering="is_overdue")
    def overdue(self, run):
        return run.is_overdue

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
