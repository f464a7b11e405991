"""OpenAPI generation tweaks that belong to the base classes, not to each viewset."""

from drf_spectacular.openapi import AutoSchema


class PlatformAutoSchema(AutoSchema):
    def get_description(self):
        view_doc = type(self.view).__dict__.get("__doc__")
        model = getattr(getattr(self.view, "queryset", None), "model", None)
        if view_doc or model is None:
            return super().get_description()
        kind = (
            "Append-only time series (TimescaleDB hypertable): list, retrieve and create."
            if model.is_hypertable()
            else "Entity table: create, read, update and (soft) delete."
        )
        return f"{model._meta.verbose_name_plural.capitalize()} (table `{model._meta.db_table}`). {kind}"

    def _get_serializer(self):
        serializer = super()._get_serializer()
        if getattr(self.view, "action", None) == "bulk" and serializer is not None:
            return type(serializer)(many=True)
        return serializer
