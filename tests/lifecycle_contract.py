"""The behaviour every status lifecycle shares, checked through the service, the API and the
admin (like NetBox's generic API test cases). An app's `tests/<app>/test_lifecycle.py`
subclasses `LifecycleContract` and lists its cases; the app's own rules are tested beside it.
"""

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import resolve, reverse
from django.utils import timezone

from airport_platform.exceptions import InvalidTransition
from airport_platform.history.selectors import object_history
from tests.api.conftest import client_for, make_user


@dataclass
class Case:
    id: str
    lifecycle: object
    service: object
    factory: object
    url: str  # the API collection, e.g. /api/v1/crisis/crisis-scenarios/
    defaults: dict = field(default_factory=dict)  # what the app's rules need to allow every edge
    reason: str = "tested"

    @property
    def model(self):
        return self.factory._meta.model

    def make(self, state, **kwargs):
        """A row in `state`, none of the lifecycle's timestamps set yet."""
        values = {name: None for name in self.lifecycle.stamped_fields}
        values.update(self.defaults, **kwargs)
        values[self.lifecycle.field] = state
        return self.factory(**values)

    def move(self, row, to, user=None):
        return self.service(**{self.lifecycle.argument: row}, to=to, user=user, reason=self.reason)

    def state(self, row):
        return self.model.all_objects.values_list(self.lifecycle.field, flat=True).get(pk=row.pk)

    def edges(self):
        return [(s, t) for s, targets in self.lifecycle.diagram_rows() for t in targets]

    def illegal_edges(self):
        states = self.lifecycle.states
        return [(s, t) for s in states for t in states if t not in self.lifecycle.allowed(s)]

    def admin_url(self, view, row):
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[row.pk])


def _param(case, *rest):
    return pytest.param(case, *rest, id="-".join([case.id, *map(str, rest)]))


class LifecycleContract:
    cases: list[Case] = []

    def pytest_generate_tests(self, metafunc):
        names = metafunc.fixturenames
        if "edge" in names:
            params = [_param(c, s, t) for c in self.cases for s, t in c.edges()]
            metafunc.parametrize(("case", "source", "edge"), params)
        elif "illegal" in names:
            # The first illegal edge from every state is enough to show each state refuses.
            params = []
            for c in self.cases:
                seen = set()
                for s, t in c.illegal_edges():
                    if s not in seen:
                        seen.add(s)
                        params.append(_param(c, s, t))
            metafunc.parametrize(("case", "source", "illegal"), params)
        elif "case" in names:
            metafunc.parametrize("case", [_param(c) for c in self.cases])

    # --- the service ---------------------------------------------------------------------------

    def test_every_allowed_transition_moves_the_row_and_stamps_its_timestamps(self, case, source, edge):
        user = make_user("operators")
        row = case.make(source)
        before = timezone.now()
        moved = case.move(row, edge, user=user)
        moved.refresh_from_db()
        assert getattr(moved, case.lifecycle.field) == edge
        for name in case.lifecycle.on_enter.get(edge, ()):
            assert before <= getattr(moved, name) <= timezone.now(), name
        if "updated_by" in {f.name for f in case.model._meta.concrete_fields}:
            assert moved.updated_by == user.username

    def test_an_illegal_transition_is_refused_by_the_service(self, case, source, illegal):
        row = case.make(source)
        with pytest.raises(InvalidTransition) as refused:
            case.move(row, illegal)
        message = str(refused.value)
        assert f"from {source} to {illegal}" in message
        assert case.lifecycle.describe_allowed(source) in message
        assert case.state(row) == source

    def test_the_reason_is_kept_in_the_change_history(self, case):
        source, target = case.edges()[0]
        row = case.make(source)
        case.move(row, target)
        event = object_history(model=case.model, pk=row.pk).first()
        assert event.pgh_context["transition"] == {
            "field": case.lifecycle.field,
            "from": source,
            "to": target,
            "reason": case.reason,
        }

    # --- the API -------------------------------------------------------------------------------

    def test_the_api_transition_endpoint_moves_the_row(self, case):
        source, target = case.edges()[0]
        row = case.make(source)
        client = client_for(make_user("services"))  # whoever may change the row may move it
        response = client.post(
            f"{case.url}{row.pk}/transition/", {"status": target, "reason": "x"}, format="json"
        )
        assert response.status_code == 200, response.content
        assert response.json()[case.lifecycle.field] == target
        assert response["ETag"]
        assert case.state(row) == target

    def test_the_api_refuses_an_illegal_transition_with_409_naming_the_states(self, case, source, illegal):
        row = case.make(source)
        client = client_for(make_user("operators"))
        response = client.post(f"{case.url}{row.pk}/transition/", {"status": illegal}, format="json")
        assert response.status_code == 409, response.content
        detail = response.json()["detail"]
        assert source in detail and illegal in detail
        assert case.lifecycle.describe_allowed(source) in detail
        assert case.state(row) == source

    def test_the_api_refuses_an_unknown_target_and_readers(self, case):
        row = case.make(case.lifecycle.default)
        url = f"{case.url}{row.pk}/transition/"
        response = client_for(make_user("operators")).post(url, {"status": "nonsense"}, format="json")
        assert response.status_code == 400
        assert "status" in response.json()
        target = case.lifecycle.allowed(case.lifecycle.default)[0]
        assert (
            client_for(make_user("auditors")).post(url, {"status": target}, format="json").status_code == 403
        )
        assert case.state(row) == case.lifecycle.default

    def test_patch_and_put_cannot_change_the_status(self, case):
        name = case.lifecycle.field
        source = case.lifecycle.default
        target = case.lifecycle.allowed(source)[0]
        row = case.make(source)
        client = client_for(make_user("operators"))
        url = f"{case.url}{row.pk}/"
        response = client.patch(url, {name: target}, format="json")
        assert response.status_code == 400, response.content
        assert "transition" in str(response.json()[name])
        body = client.get(url).json()
        writable = {k: v for k, v in body.items() if k in case_writable_fields(client, case, row)}
        response = client.put(url, {**writable, name: target}, format="json")
        assert response.status_code == 400, response.content
        assert name in response.json()
        assert case.state(row) == source
        # Sending the current value back (a full PUT of what was read) is fine.
        assert client.patch(url, {name: source}, format="json").status_code == 200
        for stamped in case.lifecycle.read_only_fields:
            client.patch(url, {stamped: "2020-01-01T00:00:00Z"}, format="json")
            assert getattr(case.model.all_objects.get(pk=row.pk), stamped) != dt.datetime(
                2020, 1, 1, tzinfo=dt.UTC
            ), stamped

    def test_rows_are_created_in_an_initial_state_only_also_in_bulk(self, case):
        name = case.lifecycle.field
        client = client_for(make_user("operators"))
        template = client.get(f"{case.url}{case.make(case.lifecycle.default).pk}/").json()
        payload = {k: v for k, v in template.items() if k in case_writable_fields(client, case, None)}
        non_initial = next(s for s in case.lifecycle.states if s not in case.lifecycle.initial)
        before = case.model.all_objects.count()
        response = client.post(case.url, {**payload, name: non_initial}, format="json")
        assert response.status_code == 400, response.content
        assert "starts in one of" in str(response.json()[name])
        response = client.post(f"{case.url}bulk/", [payload, {**payload, name: non_initial}], format="json")
        assert response.status_code == 400, response.content
        assert list(response.json()["items"]) == ["1"] and name in response.json()["items"]["1"]
        assert case.model.all_objects.count() == before
        payload.pop(name, None)
        response = client.post(case.url, payload, format="json")
        assert response.status_code == 201, response.content
        created = case.model.objects.get(pk=response.json()["id"])
        assert case.lifecycle.current(created) == case.lifecycle.default
        for stamped in case.lifecycle.on_enter.get(case.lifecycle.default, ()):
            assert getattr(created, stamped) is not None

    # --- the admin -----------------------------------------------------------------------------

    def test_the_admin_shows_the_status_read_only_with_one_button_per_allowed_transition(self, case):
        client = admin_client()
        row = case.make(case.lifecycle.default)
        page = client.get(case.admin_url("change", row))
        assert page.status_code == 200
        assert case.lifecycle.field not in page.context["adminform"].form.fields
        html = page.content.decode()
        buttons = html.split('id="lifecycle-form"')[1].split("</form>")[0]
        for target in case.lifecycle.allowed(case.lifecycle.default):
            assert f'name="status" value="{target}"' in buttons
        # The buttons' form ends before the change form starts (no nested form).
        assert html.index('id="lifecycle-form"') < html.index(f'id="{case.model._meta.model_name}_form"')

    def test_an_admin_button_moves_the_row_and_logs_it(self, case):
        client = admin_client()
        source, target = case.edges()[0]
        row = case.make(source)
        response = client.post(case.admin_url("transition", row), {"status": target, "reason": case.reason})
        assert response.status_code == 302
        assert response["Location"] == case.admin_url("change", row)
        assert case.state(row) == target
        entry = LogEntry.objects.get(object_id=str(row.pk))
        assert f"{source} → {target}" in entry.get_change_message()

    def test_the_admin_refuses_an_illegal_transition(self, case, source, illegal):
        client = admin_client()
        row = case.make(source)
        response = client.post(case.admin_url("transition", row), {"status": illegal}, follow=True)
        assert response.status_code == 200
        assert "Not changed" in response.content.decode()
        assert case.state(row) == source

    def test_saving_the_change_form_keeps_the_status(self, case):
        client = admin_client()
        row = case.make(case.lifecycle.default)
        page = client.get(case.admin_url("change", row))
        data = form_data(page.content.decode(), f"{case.model._meta.model_name}_form")
        target = case.lifecycle.allowed(case.lifecycle.default)[0]
        data[case.lifecycle.field] = target  # ignored: the field is read-only
        response = client.post(case.admin_url("change", row), data)
        assert response.status_code == 302, response.context and response.context["errors"]
        assert case.state(row) == case.lifecycle.default


class _FormReader(HTMLParser):
    """What a browser would submit for the form with id `form_id` (no button pressed)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.data = form_id, False, {}
        self._textarea = self._select = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file") or (
                kind in ("checkbox", "radio") and "checked" not in attrs
            ):
                return
            self.add(attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.add(self._select, attrs.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.add(*self._textarea)
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self.inside = False


def form_data(html: str, form_id: str) -> dict:
    reader = _FormReader(form_id)
    reader.feed(html)
    assert reader.data, f"no form {form_id} on the page"
    return {name: values if len(values) > 1 else values[0] for name, values in reader.data.items()}


def case_writable_fields(client, case, row):
    view = resolve(case.url).func
    serializer = view.cls.serializer_class()
    return {name for name, f in serializer.fields.items() if not f.read_only and name != "version"}


def admin_client():
    user = get_user_model().objects.create_superuser(
        f"admin-{get_user_model().objects.count()}", "ops@example.com", "not-used"
    )
    client = Client()
    client.force_login(user)
    return client
