"""GeoJSON output on request (`?format=geojson` or `Accept: application/geo+json`)."""

from rest_framework.renderers import JSONRenderer


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        view = (renderer_context or {}).get("view")
        response = (renderer_context or {}).get("response")
        geometry = getattr(view, "geometry_field_name", None)
        if geometry and response is not None and response.status_code < 400 and isinstance(data, dict):
            if isinstance(data.get("results"), list):
                features = [self.feature(item, geometry) for item in data["results"]]
                data = {
                    "type": "FeatureCollection",
                    "features": features,
                    **{key: value for key, value in data.items() if key != "results"},
                }
            elif "id" in data:
                data = self.feature(data, geometry)
        return super().render(data, accepted_media_type, renderer_context)

    @staticmethod
    def feature(item, geometry):
        properties = {key: value for key, value in item.items() if key not in (geometry, "id")}
        return {
            "type": "Feature",
            "id": item.get("id"),
            "geometry": item.get(geometry),
            "properties": properties,
        }
