"""Change lists that stay fast on large tables: estimated counts, date drill-down probed
through the time index instead of `SELECT DISTINCT` over the table."""

import datetime as dt
import json

from django.contrib.admin.views.main import PAGE_VAR, ChangeList
from django.core.paginator import Paginator
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.functional import cached_property

# --- Counting without COUNT(*) --------------------------------------------------------------------


class EstimatedCountPaginator(Paginator):
    """A paginator that never counts a large table.

    The requested page is fetched with one extra row: if that probe is short, this is the last
    page and the count is exact. Otherwise the count is the PostgreSQL planner's row estimate
    (`EXPLAIN`, no rows read; TimescaleDB sums its chunks' statistics), raised to at least one
    row past the current page so "next" always works. When the estimate is below
    `exact_count_below`, a real count is cheap and used instead (0: never count).
    """

    def __init__(
        self,
        object_list,
        per_page,
        orphans=0,
        allow_empty_first_page=True,
        *,
        page_number=1,
        exact_count_below=0,
    ):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        self.page_number = page_number
        self.exact_count_below = exact_count_below
        self.estimated = False
        self._probe = None

    @cached_property
    def count(self):
        offset = (self.page_number - 1) * self.per_page
        probe = list(self.object_list[offset : offset + self.per_page + 1])
        self._probe = probe[: self.per_page]
        if (probe and len(probe) <= self.per_page) or (not probe and offset == 0):
            return offset + len(probe)
        estimate = self.estimate()
        if estimate < self.exact_count_below:
            return self.object_list.count()
        self.estimated = True
        return max(estimate, offset + len(probe), offset + 1)

    def estimate(self) -> int:
        plan = json.loads(self.object_list.order_by().explain(format="json"))
        if isinstance(plan, list):
            plan = plan[0]
        return int(plan["Plan"]["Plan Rows"])

    def page(self, number):
        number = self.validate_number(number)
        if number == self.page_number and self._probe is not None:
            return self._get_page(self._probe, number, self)
        return super().page(number)


def _page_number(request) -> int:
    try:
        return max(int(request.GET.get(PAGE_VAR, 1)), 1)
    except ValueError:
        return 1


# --- Date drill-down through the time index ----------------------------------------------------


def _truncate(moment: dt.datetime, kind: str) -> dt.datetime:
    moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind in ("year", "month"):
        moment = moment.replace(day=1)
    if kind == "year":
        moment = moment.replace(month=1)
    return moment


def _next_period(start: dt.datetime, kind: str) -> dt.datetime:
    if kind == "year":
        return start.replace(year=start.year + 1)
    if kind == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    return _truncate(start + dt.timedelta(days=1, hours=2), "day")  # robust across DST changes


class ProbedDatesQuerySetMixin:
    """`datetimes()` for the date hierarchy without `SELECT DISTINCT date_trunc(...)`.

    The default reads every row of the (filtered) table; on a hypertable that is a scan of all
    chunks on each changelist view. Here MIN/MAX and one `EXISTS` per candidate period (at most
    12 months or 31 days; years between the oldest and newest row) all go through the index.
    """

    max_probes = 400

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        if kind not in ("year", "month", "day"):
            return super().datetimes(field_name, kind, order, tzinfo)
        tz = tzinfo or timezone.get_current_timezone()
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        if bounds["first"] is None:
            return []
        start, last = _truncate(bounds["first"].astimezone(tz), kind), bounds["last"].astimezone(tz)
        periods = []
        for _ in range(self.max_probes):
            if start > last:
                return periods if order == "ASC" else periods[::-1]
            end = _next_period(start, kind)
            if self.filter(**{f"{field_name}__gte": start, f"{field_name}__lt": end}).exists():
                periods.append(start)
            start = end
        return super().datetimes(field_name, kind, order, tzinfo)  # absurd range: let SQL do it


_probed_classes: dict[type, type] = {}


def with_probed_dates(queryset):
    cls = type(queryset)
    if issubclass(cls, ProbedDatesQuerySetMixin):
        return queryset
    if cls not in _probed_classes:
        _probed_classes[cls] = type(f"ProbedDates{cls.__name__}", (ProbedDatesQuerySetMixin, cls), {})
    queryset = queryset._chain()
    queryset.__class__ = _probed_classes[cls]
    return queryset


class PlatformChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        if self.date_hierarchy and self.model_admin.date_hierarchy_indexed:
            queryset = with_probed_dates(queryset)
        return queryset


def _leads_an_index(model, field_name: str) -> bool:
    field = model._meta.get_field(field_name)
    if field.db_index or field.primary_key or field.unique:
        return True
    if model.is_hypertable() and model.hypertable.time_column == field_name:
        return True  # create_hypertable indexes the time column
    return any(index.fields and index.fields[0] == field_name for index in model._meta.indexes)
