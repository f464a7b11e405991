"""`GET .../{id}/history/`: the change history of one row (every entity resource).

Needs the resource's view permission and `airport_platform.view_history` (operators and
auditors have it). Soft-deleted and hard-deleted rows keep their history. Newest first,
paginated like lists; `since`/`until` (ISO 8601) and `user` (username or user id) filter.
"""

import uuid

from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError

from airport_platform.history.selectors import history_entry, object_history

VIEW_HISTORY = "airport_platform.view_history"

HISTORY_PARAMETERS = [
    OpenApiParameter("since", OpenApiTypes.DATETIME, description="Only changes at or after this time."),
    OpenApiParameter("until", OpenApiTypes.DATETIME, description="Only changes at or before this time."),
    OpenApiParameter("user", OpenApiTypes.STR, description="Only changes by this username (or user id)."),
    OpenApiParameter("page", OpenApiTypes.INT, description="Page number."),
    OpenApiParameter("page_size", OpenApiTypes.INT, description="Entries per page (max 500)."),
]


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    label = serializers.CharField()
    before = serializers.JSONField(allow_null=True)
    after = serializers.JSONField(allow_null=True)
    before_display = serializers.JSONField(allow_null=True, help_text="Vocabulary label (choice fields).")
    after_display = serializers.JSONField(allow_null=True, help_text="Vocabulary label (choice fields).")


class HistoryEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Order of recording.")
    event = serializers.ChoiceField(
        choices=["insert", "update", "soft_delete", "restore", "delete"], help_text="What happened."
    )
    at = serializers.DateTimeField(help_text="Time of the change (its transaction).")
    via = serializers.ChoiceField(
        choices=["api", "admin", "web", "command", "sql"],
        help_text="Through what: the REST API, the admin, a management command, or SQL outside the platform.",
    )
    user = serializers.CharField(allow_null=True, help_text="Username of the user or service account.")
    user_id = serializers.IntegerField(allow_null=True)
    actor = serializers.CharField(allow_null=True, help_text="user, service (service account) or system.")
    command = serializers.CharField(allow_null=True, help_text="Management command, when via is command.")
    request_id = serializers.CharField(allow_null=True, help_text="X-Request-ID of the request or command.")
    method = serializers.CharField(allow_null=True)
    path = serializers.CharField(allow_null=True)
    changes = HistoryChangeSerializer(many=True, help_text="Fields that changed, before and after.")


class HistoryPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = HistoryEntrySerializer(many=True)


def _moment(request, name):
    value = request.query_params.get(name)
    if not value:
        return None
    try:
        moment = parse_datetime(value)
    except ValueError:  # well-formed but impossible, e.g. month 13
        moment = None
    if moment is None:
        raise ValidationError({name: ["expected an ISO 8601 date-time, e.g. 2026-11-26T08:00:00Z"]})
    return moment


def _user(request):
    value = request.query_params.get("user") or None
    if value is not None and ("\x00" in value or len(value) > 150):
        raise ValidationError({"user": ["expected a username or a user id"]})
    return value


class HistoryMixin:
    """Adds the `history` detail action to an entity viewset."""

    @extend_schema(
        parameters=HISTORY_PARAMETERS,
        responses=HistoryPageSerializer,
        description="Change history of this row, newest first: who (user or service account), "
        "when, through what (api, admin, command, sql), the request id, and the fields that "
        "changed with their values before and after. Needs the view_history permission.",
    )
    @action(detail=True, methods=["get"], url_path="history", url_name="history")
    def history(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_HISTORY):
            raise PermissionDenied(f"You need the {VIEW_HISTORY} permission.")
        lookup = kwargs.get(self.lookup_url_kwarg or self.lookup_field)
        try:
            pk = uuid.UUID(str(lookup))
        except ValueError:
            raise NotFound() from None
        model = self.model
        events = object_history(
            model=model,
            pk=pk,
            since=_moment(request, "since"),
            until=_moment(request, "until"),
            user=_user(request),
        )
        if not model._base_manager.filter(pk=pk).exists() and not events.exists():
            raise NotFound()
        page = self.paginate_queryset(events)
        data = HistoryEntrySerializer([history_entry(event, model) for event in page], many=True).data
        return self.get_paginated_response(data)
