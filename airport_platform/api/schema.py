"""OpenAPI generation tweaks that belong to the base classes, not to each viewset."""

from drf_spectacular.openapi import AutoSchema

from airport_platform.access import model_access


class PlatformAutoSchema(AutoSchema):
    def is_excluded(self):
        # A read-only table (approvals, audits) offers no write to anybody: none is documented.
        model = getattr(getattr(self.view, "queryset", None), "model", None)
        if (
            model is not None
            and self.method not in ("GET", "HEAD", "OPTIONS")
            and model_access(model).read_only
        ):
            return True
        return super().is_excluded()

    def get_description(self):
        view_doc = type(self.view).__dict__.get("__doc__")
        model = getattr(getattr(self.view, "queryset", None), "model", None)
        if view_doc or model is None:
            return super().get_description()
        if model_access(model).read_only:
            kind = "Read-only: written only by the platform's services."
        elif model.is_hypertable():
            kind = "Append-only time series (TimescaleDB hypertable): list, retrieve and create."
        else:
            kind = "Entity table: create, read, update and (soft) delete."
        return f"{model._meta.verbose_name_plural.capitalize()} (table `{model._meta.db_table}`). {kind}"

    def _get_serializer(self):
        serializer = super()._get_serializer()
        if getattr(self.view, "action", None) == "bulk" and serializer is not None:
            return type(serializer)(many=True)
        return serializer
