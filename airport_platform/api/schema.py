"""OpenAPI generation tweaks that belong to the base classes, not to each viewset."""

from drf_spectacular.openapi import AutoSchema


class PlatformAutoSchema(AutoSchema):
    def _get_serializer(self):
        serializer = super()._get_serializer()
        if getattr(self.view, "action", None) == "bulk" and serializer is not None:
            return type(serializer)(many=True)
        return serializer
