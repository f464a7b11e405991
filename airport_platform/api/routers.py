from dataclasses import dataclass

from django.urls import path
from rest_framework.routers import DefaultRouter


def resource_name(model) -> str:
    """URL name of a model's resource: its spec table name, hyphenated (`decision-dependencies`)."""
    return model._meta.db_table.replace("_", "-")


@dataclass(frozen=True)
class RelatedRoute:
    model_label: str  # "app_label.ModelName"
    suffix: str  # URL segment after the row's id
    view: object  # a view callable (APIView.as_view())


_RELATED_ROUTES: dict[str, list[RelatedRoute]] = {}


def register_related_route(model_label: str, *, suffix: str, view) -> None:
    """Serve `view` at `<resource>/<pk>/<suffix>/` of another app's resource, registered by the
    domain that knows the answer at its `AppConfig.ready()` (governance's verdict on a decision:
    `decisions/{id}/governance/`), so the owning app never imports it. The view gets `pk`."""
    routes = _RELATED_ROUTES.setdefault(model_label, [])
    if all(route.suffix != suffix for route in routes):  # ready() may run twice in tests
        routes.append(RelatedRoute(model_label, suffix, view))


class PlatformRouter(DefaultRouter):
    """One router per app; the app root lists its resources."""

    include_format_suffixes = False

    def register_viewsets(self, *viewsets):
        for viewset in viewsets:
            model = viewset.queryset.model
            self.register(resource_name(model), viewset, basename=model._meta.model_name)

    def get_urls(self):
        related = [
            path(f"{prefix}/<uuid:pk>/{route.suffix}/", route.view, name=f"{basename}-{route.suffix}")
            for prefix, viewset, basename in self.registry
            for route in _RELATED_ROUTES.get(viewset.queryset.model._meta.label, ())
        ]
        return related + super().get_urls()
