"""Admin behaviour shared by every platform table; the apps' `admin.py` files only declare.

- `PlatformModelAdmin`: what every table gets. Audit columns shown read-only in a "Record"
  section, JSON pretty-printed (editable textarea, or `<pre>` when read-only), authorship
  stamped from the logged-in user, foreign keys as raw-id inputs and joined in lists, UUID
  search, and a paginator that never runs `COUNT(*)` over a large table.
- `SoftDeletableAdmin` (EntityModel/RecordModel tables): deleted rows hidden by default and
  reachable with the "Deleted" filter, delete is soft (with a confirmation page that says so)
  and "Restore selected" brings rows back with the children deleted together with them.
- `TimeSeriesAdmin` (TimescaleDB hypertables): view-only, never counted, date drill-down probed
  through the time index.
- `lifecycle` + `transition_service` declared on a SoftDeletableAdmin: the status read-only on
  the change form and one button per allowed transition calling the service (lifecycle.py).
- `PlatformInline`: inlines of soft-deletable children (alive rows only, pretty JSON).
"""

from django.contrib import admin

from .base import (
    DeletedListFilter,
    PlatformInline,
    PlatformModelAdmin,
    ReadOnlyInline,
    SoftDeletableAdmin,
    TimeSeriesAdmin,
    VersionedAdminForm,
)
from .display import PrettyJSONFormField, badge, json_display, pretty_json, related_link
from .lists import EstimatedCountPaginator

admin.site.site_header = "Autonomous Airport Platform"
admin.site.site_title = "Airport Platform admin"
admin.site.index_title = "Operational data"
# The home shows the background jobs' health first (airport_platform/tasks/templatetags).
admin.site.index_template = "admin/platform_index.html"

__all__ = [
    "DeletedListFilter",
    "EstimatedCountPaginator",
    "PlatformInline",
    "PlatformModelAdmin",
    "PrettyJSONFormField",
    "ReadOnlyInline",
    "SoftDeletableAdmin",
    "TimeSeriesAdmin",
    "VersionedAdminForm",
    "badge",
    "json_display",
    "pretty_json",
    "related_link",
]
