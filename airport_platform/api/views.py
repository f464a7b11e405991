"""Base viewsets. App viewsets declare `queryset`, `serializer_class` and `filterset_class`;
everything else (permissions, soft deletion, ETags, bulk writes, authorship, pagination,
GeoJSON) is here, once.

- `PlatformViewSet`: CRUD for entity tables; DELETE soft-deletes, `POST {id}/restore/` undoes;
  a declared `lifecycle` adds `POST {id}/transition/` (api/lifecycle.py).
- `TimeSeriesViewSet`: append-only hypertables: list (keyset cursor), retrieve, create.
"""

import hashlib
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.serializers import ListSerializer

from airport_platform.geo import point_field
from airport_platform.models import SoftDeletable

from .exceptions import PreconditionFailed
from .history import HistoryMixin
from .lifecycle import LifecycleViewSetMixin
from .pagination import PlatformPageNumberPagination, TimeCursorPagination
from .permissions import VIEW_DELETED, PlatformModelPermissions
from .renderers import GeoJSONRenderer
from .timeseries import AggregateMixin, FastBulkIngestMixin, FastListMixin, LatestMixin, TimeSeriesJSONMixin

TRUE_VALUES = {"1", "true", "yes", "on"}
INCLUDE_DELETED = OpenApiParameter(
    "include_deleted",
    OpenApiTypes.BOOL,
    description="Also list soft-deleted rows (needs the view_deleted_records permission).",
)


def etag_for(data) -> str:
    payload = json.dumps(data, sort_keys=True, cls=DjangoJSONEncoder, separators=(",", ":"))
    return '"' + hashlib.sha256(payload.encode()).hexdigest()[:32] + '"'


def with_deleted(queryset):
    """The same queryset (joins and prefetches kept) on `all_objects`, deleted rows included."""
    everything = queryset.model.all_objects.all()
    everything.query.select_related = queryset.query.select_related
    everything._prefetch_related_lookups = queryset._prefetch_related_lookups
    return everything


class PlatformBehaviour:
    """What every resource does; mixed in before DRF's mixins so its overrides win."""

    permission_classes = [PlatformModelPermissions]
    filter_backends = [DjangoFilterBackend]

    @property
    def model(self):
        return self.queryset.model

    @property
    def geometry_field_name(self):
        field = point_field(self.model)
        return field.name if field else None

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.geometry_field_name:
            renderers.append(GeoJSONRenderer())
        return renderers

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            # Deferred foreign keys would otherwise fail at COMMIT, after the view returned;
            # checked per statement, a violation becomes a 400 with the request rolled back.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def author_values(self, *, creating: bool) -> dict:
        """Who (and, for `server_time_fields_on_create`, when): set by the server, never the client."""
        name = self.request.user.get_username()
        fields = self.model.create_author_fields() if creating else self.model.update_author_fields()
        values = dict.fromkeys(fields, name)
        if creating:
            values.update(dict.fromkeys(self.model.server_time_fields_on_create, timezone.now()))
        return values

    # A service function creating the row(s) instead of `serializer.save()`, when creation is a
    # business operation (e.g. proposing a decision); called as service(user=..., **validated).
    create_service = None

    def perform_create(self, serializer):
        if self.create_service is None:
            serializer.save(**self.author_values(creating=True))
        elif isinstance(serializer, ListSerializer):
            serializer.instance = [
                self.create_service(user=self.request.user, **item) for item in serializer.validated_data
            ]
        else:
            serializer.instance = self.create_service(user=self.request.user, **serializer.validated_data)

    def create(self, request, *args, **kwargs):
        if isinstance(request.data, list):
            return self.bulk_create(request)
        return super().create(request, *args, **kwargs)

    @extend_schema(description="Create several rows at once: all of them, or none.")
    @action(detail=False, methods=["post"], url_path="bulk")
    def bulk(self, request, *args, **kwargs):
        if not isinstance(request.data, list):
            raise ValidationError({"non_field_errors": ["expected a JSON array of objects"]})
        return self.bulk_create(request)

    def bulk_create(self, request):
        items = request.data
        limit = settings.API_BULK_MAX_ITEMS
        if not items:
            raise ValidationError({"non_field_errors": ["the list is empty"]})
        if len(items) > limit:
            raise ValidationError(
                {"non_field_errors": [f"at most {limit} items per request, got {len(items)}"]}
            )
        serializer = self.get_serializer(data=items, many=True)
        if not serializer.is_valid():
            failed = {str(index): errors for index, errors in enumerate(serializer.errors) if errors}
            raise ValidationError(
                {
                    "detail": f"{len(failed)} of {len(items)} items are invalid; nothing was created.",
                    "items": failed,
                }
            )
        self.perform_create(serializer)
        return Response(serializer.data, status=status.HTTP_201_CREATED)

    def row_response(self, instance) -> Response:
        """The row as the API shows it, with its ETag (after an operation changed it)."""
        data = self.get_serializer(instance).data
        return Response(data, headers={"ETag": etag_for(data)})

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        etag = etag_for(response.data)
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})
        response["ETag"] = etag
        return response


class SoftDeleteMixin:
    """DELETE hides the row (204) and keeps it; `POST {id}/restore/` brings it back."""

    def include_deleted(self) -> bool:
        if self.action == "restore":
            return True
        if self.request.query_params.get("include_deleted", "").lower() not in TRUE_VALUES:
            return False
        if not self.request.user.has_perm(VIEW_DELETED):
            raise PermissionDenied("You may not see deleted records (permission view_deleted_records).")
        return True

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, SoftDeletable) and self.include_deleted():
            queryset = with_deleted(queryset)
        if self.action in ("update", "partial_update", "destroy", "restore"):
            queryset = queryset.select_for_update(of=("self",))
        return queryset

    def get_object(self):
        instance = super().get_object()
        if self.request.method in ("PUT", "PATCH", "DELETE"):
            self.check_if_match(instance)
        return instance

    def check_if_match(self, instance):
        expected = [tag.strip() for tag in self.request.headers.get("If-Match", "").split(",") if tag.strip()]
        if expected and "*" not in expected and etag_for(self.get_serializer(instance).data) not in expected:
            raise PreconditionFailed()

    # Service functions for edits and deletion when they are business operations (e.g. what an
    # approval froze): update_service(<model_name>=row, user=..., **validated) returns the row,
    # destroy_service(<model_name>=row, user=...) deletes it; both may refuse.
    update_service = None
    destroy_service = None

    def perform_update(self, serializer):
        if self.update_service is None:
            serializer.save(**self.author_values(creating=False))
            return
        serializer.instance = self.update_service(
            **{self.model._meta.model_name: serializer.instance},
            user=self.request.user,
            **serializer.validated_data,
            **self.author_values(creating=False),
        )

    def update(self, request, *args, **kwargs):
        response = super().update(request, *args, **kwargs)
        response["ETag"] = etag_for(response.data)
        return response

    def perform_destroy(self, instance):
        if self.destroy_service is None:
            instance.delete()
        else:
            self.destroy_service(**{self.model._meta.model_name: instance}, user=self.request.user)

    @extend_schema(
        request=None,
        description="Bring back a soft-deleted row (and what was deleted with it). Needs the delete "
        "permission: whoever may delete a row may undo it.",
    )
    @action(detail=True, methods=["post"])
    def restore(self, request, *args, **kwargs):
        instance = self.get_object()
        instance.restore()
        data = self.get_serializer(instance).data
        return Response(data, headers={"ETag": etag_for(data)})

    restore.operation = "delete"  # checked by PlatformModelPermissions


@extend_schema_view(
    list=extend_schema(parameters=[INCLUDE_DELETED]), retrieve=extend_schema(parameters=[INCLUDE_DELETED])
)
class PlatformViewSet(
    LifecycleViewSetMixin,
    HistoryMixin,
    SoftDeleteMixin,
    PlatformBehaviour,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """CRUD for an entity table."""

    pagination_class = PlatformPageNumberPagination


class TimeSeriesViewSet(
    TimeSeriesJSONMixin,
    FastListMixin,
    FastBulkIngestMixin,
    AggregateMixin,
    LatestMixin,
    PlatformBehaviour,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """An append-only hypertable: list, retrieve and create (bulk: COPY), aggregate, latest;
    history is never rewritten."""

    pagination_class = TimeCursorPagination


def service_action(name, service, *, instance_arg, payload=None, operation="change", description=""):
    """A detail action that runs a business operation, declared in one line on a viewset:

        publish = service_action("publish", services.report_publish, instance_arg="report",
                                 payload=NotesSerializer, operation="publish")

    POST {id}/<name>/ needs `operation` on the table (default: change; another name is an
    operation the domain declares in its access table, airport_platform/access.py, checked by
    PlatformModelPermissions), validates `payload`, calls
    service(<instance_arg>=row, user=request.user, **payload) and returns the row.
    """

    def run(self, request, *args, **kwargs):
        instance = self.get_object()
        arguments = {}
        if payload is not None:
            body = payload(data=request.data)
            body.is_valid(raise_exception=True)
            arguments = body.validated_data
        result = service(**{instance_arg: instance}, user=request.user, **arguments)
        result.refresh_from_db()
        data = self.get_serializer(result).data
        return Response(data, headers={"ETag": etag_for(data)})

    run.__name__ = name
    run.__doc__ = description or service.__doc__
    run.operation = operation
    run = extend_schema(request=payload, description=run.__doc__)(run)
    return action(
        detail=True, methods=["post"], url_path=name.replace("_", "-"), url_name=name.replace("_", "-")
    )(run)
