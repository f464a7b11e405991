"""`{% background_jobs_panel %}`: the workers' and scheduler's health on the admin home."""

from django import template

from airport_platform.health import background_jobs, events_backlog

register = template.Library()


@register.inclusion_tag("admin/platform_tasks/jobs_panel.html")
def background_jobs_panel():
    return {"jobs": background_jobs(), "events": events_backlog() or {}}
