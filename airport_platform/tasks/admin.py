from django.contrib import admin

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

    def changelist_view(self, request, extra_context=None):
        self._overdue = {job["job"] for job in jobs_status() if job["overdue"]}
        return super().changelist_view(request, extra_context)

    @admin.display(boolean=True, description="overdue (> 3 intervals)")
    def overdue(self, run):
        return run.name in getattr(self, "_overdue", set())

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
