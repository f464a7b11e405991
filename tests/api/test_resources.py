"""The behaviour every resource has, checked on all 37 (NetBox-style generic API tests)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from airport_platform.access import SERVICES, model_access

from .conftest import resource_params

pytestmark = pytest.mark.django_db

ALL = resource_params()
# Approvals and decision audits are written only by the platform's services (read-only here for
# every role: tests/api/test_permission_matrix.py).
WRITABLE = resource_params(lambda r: not model_access(r.model).read_only)
ENTITIES = resource_params(lambda r: not r.is_time_series and not model_access(r.model).read_only)
SERIES = resource_params(lambda r: r.is_time_series)
SERVICE_WRITTEN = resource_params(lambda r: SERVICES in model_access(r.model).add)


def results(response):
    body = response.json()
    return body["results"] if isinstance(body, dict) and "results" in body else body


@pytest.mark.parametrize("resource", ALL)
def test_anonymous_requests_are_unauthorized(resource, anonymous_client):
    response = anonymous_client.get(resource.url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")


@pytest.mark.parametrize("resource", ALL)
def test_list_and_retrieve_with_etag(resource, auditor_client):
    instance = resource.factory.create()
    listed = auditor_client.get(resource.url)
    assert listed.status_code == 200, listed.content
    assert str(instance.pk) in {row["id"] for row in results(listed)}

    detail = auditor_client.get(resource.detail_url(instance.pk))
    assert detail.status_code == 200
    assert detail.json()["id"] == str(instance.pk)
    etag = detail["ETag"]
    assert etag.startswith('"')
    assert auditor_client.get(resource.detail_url(instance.pk), HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.parametrize("resource", ALL)
def test_unknown_id_is_404(resource, auditor_client):
    assert auditor_client.get(resource.detail_url("00000000-0000-0000-0000-000000000000")).status_code == 404


@pytest.mark.parametrize("resource", WRITABLE)
def test_create_stores_what_was_sent(resource, admin_client_, admin_user_):
    payload = resource.payload()
    response = admin_client_.post(resource.url, payload, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    stored = resource.model._base_manager.get(pk=body["id"])
    for name in payload:
        assert body[name] == payload[name], name
    for field in resource.model.create_author_fields():
        assert getattr(stored, field) == admin_user_.username


@pytest.mark.parametrize("resource", WRITABLE)
def test_bulk_create_is_all_or_nothing_with_per_item_errors(resource, admin_client_):
    good, other = resource.payload(), resource.payload()
    bad = dict(other)
    broken_field = (
        next(
            name
            for name in resource.writable_fields()
            if name in bad and resource.serializer().fields[name].required
        )
        if any(resource.serializer().fields[n].required for n in resource.writable_fields())
        else None
    )
    if broken_field:
        bad.pop(broken_field)
    else:
        bad = "not an object"
    before = resource.model._base_manager.count()
    response = admin_client_.post(resource.url, [good, bad], format="json")
    assert response.status_code == 400, response.content
    errors = response.json()["items"]
    assert list(errors) == ["1"]
    if broken_field:
        assert broken_field in errors["1"]
    assert resource.model._base_manager.count() == before

    response = admin_client_.post(f"{resource.url}bulk/", [good, other], format="json")
    assert response.status_code == 201, response.content
    assert len(response.json()) == 2
    assert resource.model._base_manager.count() == before + 2


@pytest.mark.parametrize("resource", SERIES)
def test_time_series_are_append_only(resource, admin_client_):
    instance = resource.factory.create()
    url = resource.detail_url(instance.pk)
    assert admin_client_.patch(url, {}, format="json").status_code == 405
    assert admin_client_.put(url, {}, format="json").status_code == 405
    assert admin_client_.delete(url).status_code == 405
    assert resource.model.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("resource", SERIES)
def test_time_series_pages_with_a_keyset_cursor_and_never_count(resource, auditor_client):
    for _ in range(5):
        resource.factory.create()
    seen = []
    url = f"{resource.url}?page_size=2"
    with CaptureQueriesContext(connection) as queries:
        while url:
            response = auditor_client.get(url)
            assert response.status_code == 200
            body = response.json()
            assert "count" not in body
            seen += [row["id"] for row in body["results"]]
            url = body["next"]
    assert len(seen) == len(set(seen)) == 5
    assert not any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)
    times = [resource.model.objects.get(pk=pk) for pk in seen]
    column = resource.model.hypertable.time_column
    assert [getattr(t, column) for t in times] == sorted((getattr(t, column) for t in times), reverse=True)


@pytest.mark.parametrize("resource", ENTITIES)
def test_update_checks_if_match_and_stamps_the_editor(resource, admin_client_, admin_user_):
    instance = resource.factory.create()
    url = resource.detail_url(instance.pk)
    etag = admin_client_.get(url)["ETag"]
    payload = {
        name: value
        for name, value in resource.representation(instance).items()
        if name in resource.writable_fields()
    }

    response = admin_client_.put(url, payload, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200, response.content
    assert response["ETag"]
    for field in resource.model.update_author_fields():
        assert response.json()[field] == admin_user_.username

    # Someone else changes the row: the old ETag no longer matches.
    resource.model.all_objects.filter(pk=instance.pk).update(
        created_at=instance.created_at.replace(year=2001)
    )
    response = admin_client_.patch(url, {}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    response = admin_client_.delete(url, HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    assert resource.model.objects.filter(pk=instance.pk).exists()


@pytest.mark.parametrize("resource", ENTITIES)
def test_delete_is_soft_and_restore_brings_it_back(resource, admin_client_, auditor_client, operator_client):
    instance = resource.factory.create()
    url = resource.detail_url(instance.pk)
    assert admin_client_.delete(url).status_code == 204
    assert resource.model.all_objects.get(pk=instance.pk).deleted_at is not None
    assert admin_client_.get(url).status_code == 404
    assert str(instance.pk) not in {row["id"] for row in results(admin_client_.get(resource.url))}

    # Only those allowed may see deleted rows.
    assert operator_client.get(f"{resource.url}?include_deleted=true").status_code == 403
    listed = auditor_client.get(f"{resource.url}?include_deleted=true")
    assert str(instance.pk) in {row["id"] for row in results(listed)}

    restored = admin_client_.post(resource.detail_url(instance.pk, "restore/"))
    assert restored.status_code == 200, restored.content
    assert restored.json()["deleted_at"] is None
    assert admin_client_.get(url).status_code == 200


@pytest.mark.parametrize("resource", ALL)
def test_auditors_read_but_never_write(resource, auditor_client):
    assert auditor_client.get(resource.url).status_code == 200
    assert auditor_client.post(resource.url, resource.payload(), format="json").status_code == 403


@pytest.mark.parametrize("resource", SERVICE_WRITTEN)
def test_services_create_operational_data(resource, service_client):
    response = service_client.post(resource.url, resource.payload(), format="json")
    assert response.status_code == 201, response.content


@pytest.mark.parametrize("resource", ALL)
def test_every_exact_filter_finds_the_row(resource, auditor_client):
    instance = resource.factory.create()
    representation = resource.representation(instance)
    filterset = resource.viewset.filterset_class
    checked = 0
    for name, declared in filterset.base_filters.items():
        if declared.lookup_expr != "exact" or name not in representation or name in ("ordering", "search"):
            continue
        value = representation[name]
        if value is None or isinstance(value, dict | list):
            continue
        response = auditor_client.get(
            resource.url, {name: str(value).lower() if isinstance(value, bool) else value}
        )
        assert response.status_code == 200, (name, response.content)
        assert str(instance.pk) in {row["id"] for row in results(response)}, name
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("resource", ALL)
def test_every_column_the_spec_indexes_is_filterable(resource):
    filters = resource.viewset.filterset_class.base_filters
    for index in resource.model._meta.indexes:
        for field_name in index.fields:
            assert field_name in filters or f"{field_name}__contains" in filters, (index.name, field_name)


@pytest.mark.parametrize("resource", ALL)
def test_invalid_filter_values_are_400_naming_the_filter(resource, auditor_client):
    filters = resource.viewset.filterset_class.base_filters
    name = next((n for n, f in filters.items() if n.endswith("__gte")), None)
    if name is None:
        pytest.skip("no range filter on this resource")  # pragma: no cover
    response = auditor_client.get(resource.url, {name: "not-a-value"})
    assert response.status_code == 400
    assert name in response.json()


@pytest.mark.parametrize(
    "resource", resource_params(lambda r: getattr(r.viewset.filterset_class.Meta, "search_fields", ()))
)
def test_search_finds_rows_by_their_text(resource, auditor_client):
    field = resource.viewset.filterset_class.Meta.search_fields[-1]
    instance = resource.factory.create(**{field: "Pier C de-icing, stand 27"})
    needle = "DE-ICING"
    response = auditor_client.get(resource.url, {"search": needle})
    assert response.status_code == 200
    assert str(instance.pk) in {row["id"] for row in results(response)}
    miss = auditor_client.get(resource.url, {"search": "zz-no-such-text-zz"})
    assert results(miss) == []


@pytest.mark.parametrize("resource", ALL)
def test_ordering_on_time_and_rank_columns(resource, auditor_client):
    instances = [resource.factory.create() for _ in range(3)]
    for name in resource.viewset.filterset_class.ordering_fields():
        for term in (name, f"-{name}"):
            response = auditor_client.get(resource.url, {"ordering": term})
            assert response.status_code == 200, (term, response.content)
            rows = [row for row in results(response) if row["id"] in {str(i.pk) for i in instances}]
            values = [row[name] for row in rows]
            field = resource.model._meta.get_field(name)
            if field.choices:
                rank = [value for value, _ in field.flatchoices]
                values = [rank.index(v) for v in values]
            present = [v for v in values if v is not None]
            assert present == sorted(present, reverse=term.startswith("-")), term
    assert auditor_client.get(resource.url, {"ordering": "no_such_column"}).status_code == 400
