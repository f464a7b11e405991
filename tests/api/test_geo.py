"""Spatial questions are one query: "resources within 500 m of the incident", as GeoJSON."""

import pytest
from django.contrib.gis.geos import Point
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.crisis.factories import CrisisResourceFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/crisis/crisis-resources/"
INCIDENT = (4.7640, 52.3086)  # apron near pier C, Schiphol


def offset(metres_east):
    # ~68 m per 0.001 degree of longitude at this latitude
    return Point(INCIDENT[0] + metres_east / 68_000, INCIDENT[1], srid=4326)


@pytest.fixture
def resources():
    return {
        "near": CrisisResourceFactory(name="Fire tender 1", position=offset(100)),
        "closer": CrisisResourceFactory(name="Ambulance 3", position=offset(40)),
        "far": CrisisResourceFactory(name="Bus 12", position=offset(2_000)),
        "nowhere": CrisisResourceFactory(name="Generator", position=None),
    }


def test_within_metres_keeps_close_resources_ordered_by_distance(auditor_client, resources):
    with CaptureQueriesContext(connection) as queries:
        response = auditor_client.get(URL, {"near": f"{INCIDENT[0]},{INCIDENT[1]}", "within_m": 500})
    assert response.status_code == 200
    names = [row["name"] for row in response.json()["results"]]
    assert names == ["Ambulance 3", "Fire tender 1"]
    distances = [row["distance_m"] for row in response.json()["results"]]
    assert 30 < distances[0] < 50 and 90 < distances[1] < 110
    selects = [
        q["sql"]
        for q in queries.captured_queries
        if "crisis_resources" in q["sql"] and "COUNT" not in q["sql"]
    ]
    assert len(selects) == 1 and "ST_DWithin" in selects[0]


def test_near_alone_orders_everything_positioned_by_distance(auditor_client, resources):
    response = auditor_client.get(URL, {"near": f"{INCIDENT[0]},{INCIDENT[1]}"})
    names = [row["name"] for row in response.json()["results"]]
    assert names[:3] == ["Ambulance 3", "Fire tender 1", "Bus 12"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"near": "east of the gate"}, "near"),
        ({"near": "200,52"}, "near"),
        ({"within_m": 100}, "within_m"),
        ({"near": "4.7,52.3", "within_m": -5}, "within_m"),
    ],
)
def test_bad_spatial_parameters_are_400_naming_them(auditor_client, params, field):
    response = auditor_client.get(URL, params)
    assert response.status_code == 400
    assert field in response.json()


def test_geojson_on_request(auditor_client, resources):
    response = auditor_client.get(
        URL, {"format": "geojson", "near": f"{INCIDENT[0]},{INCIDENT[1]}", "within_m": 500}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    feature = body["features"][0]
    assert feature["geometry"]["type"] == "Point"
    assert feature["properties"]["name"] == "Ambulance 3"
    detail = auditor_client.get(f"{URL}{resources['far'].pk}/", HTTP_ACCEPT="application/geo+json")
    assert detail.json()["type"] == "Feature" and detail.json()["id"] == str(resources["far"].pk)


def test_positions_are_written_as_geojson(admin_client_):
    response = admin_client_.post(
        URL,
        {
            "resource_type": "ambulance",
            "name": "Ambulance 9",
            "status": "available",
            "position": {"type": "Point", "coordinates": [4.761, 52.309]},
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["position"]["coordinates"] == [4.761, 52.309]
