"""Pagination: page numbers (with a count) for entity tables, keyset cursors for hypertables.

A hypertable list never counts its rows: `TimeCursorPagination` walks (time, id) keyset
positions, so every page is one indexed range query on the chunks that hold it.
"""

import base64
import binascii
import json
from datetime import datetime
from urllib.parse import urlencode

from django.db.models import Q
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class PlatformPageNumberPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class TimeCursorPagination:
    """Keyset pagination on (time column, id), newest first by default (`?ordering=time` for oldest)."""

    page_size = 100
    max_page_size = 1000
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    display_page_controls = False

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        time_column = queryset.model.hypertable.time_column
        self.time_column = time_column
        self.page_size = self._page_size(request)
        self.descending = self._descending(queryset, time_column)
        direction = "-" if self.descending else ""
        queryset = queryset.order_by(f"{direction}{time_column}", f"{direction}id")
        position = self._decode(request.query_params.get(self.cursor_query_param))
        if position is not None:
            moment, pk = position
            before_or_after = "lt" if self.descending else "gt"
            # The plain bound on the time column comes first: the index scan starts at the
            # cursor and chunks beyond it are excluded; the OR only breaks ties on `id`.
            queryset = queryset.filter(
                Q(**{f"{time_column}__{before_or_after}e": moment})
                & (
                    Q(**{f"{time_column}__{before_or_after}": moment})
                    | Q(**{time_column: moment, f"id__{before_or_after}": pk})
                )
            )
        rows = list(queryset[: self.page_size + 1])
        self.has_next = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        return self.page

    def _page_size(self, request):
        try:
            requested = int(request.query_params.get(self.page_size_query_param, self.page_size))
        except ValueError:
            return self.page_size
        return max(1, min(requested, self.max_page_size))

    @staticmethod
    def _descending(queryset, time_column):
        ordering = queryset.query.order_by
        return not (ordering and ordering[0] == time_column)

    def _decode(self, cursor):
        if not cursor:
            return None
        try:
            moment, pk = json.loads(base64.urlsafe_b64decode(cursor.encode()).decode())
            return datetime.fromisoformat(moment), pk
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
            raise NotFound("Invalid cursor.") from exc

    def _encode(self, row):
        if isinstance(row, dict):  # a `.values()` page (the time-series fast list path)
            moment, pk = row[self.time_column], row["id"]
        else:
            moment, pk = getattr(row, self.time_column), row.pk
        raw = json.dumps([moment.isoformat(), str(pk)])
        return base64.urlsafe_b64encode(raw.encode()).decode()

    def get_next_link(self):
        if not self.has_next:
            return None
        params = self.request.query_params.copy()
        params[self.cursor_query_param] = self._encode(self.page[-1])
        return self.request.build_absolute_uri(f"{self.request.path}?{urlencode(params, doseq=True)}")

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "next page, null on the last",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position from a previous page's `next` link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page (at most {self.max_page_size}).",
                "schema": {"type": "integer"},
            },
        ]
