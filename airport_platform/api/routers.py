from rest_framework.routers import DefaultRouter


def resource_name(model) -> str:
    """URL name of a model's resource: its spec table name, hyphenated (`decision-dependencies`)."""
    return model._meta.db_table.replace("_", "-")


class PlatformRouter(DefaultRouter):
    """One router per app; the app root lists its resources."""

    include_format_suffixes = False

    def register_viewsets(self, *viewsets):
        for viewset in viewsets:
            model = viewset.queryset.model
            self.register(resource_name(model), viewset, basename=model._meta.model_name)
