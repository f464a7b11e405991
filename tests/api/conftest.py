"""API test fixtures: real users in the real groups, authenticated with real tokens."""

import itertools
import json
from dataclasses import dataclass
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIClient

from airport_platform.models import SoftDeletable, Versioned

_names = itertools.count()


@dataclass(frozen=True)
class Resource:
    app: str
    prefix: str
    viewset: type

    @property
    def model(self):
        return self.viewset.queryset.model

    @property
    def url(self):
        return f"/api/v1/{self.app}/{self.prefix}/"

    def detail_url(self, pk, suffix=""):
        return f"{self.url}{pk}/{suffix}"

    @property
    def factory(self):
        return getattr(import_module(f"tests.{self.app}.factories"), f"{self.model.__name__}Factory")

    @property
    def is_time_series(self):
        return self.model.is_hypertable()

    @property
    def is_soft_deletable(self):
        return issubclass(self.model, SoftDeletable)

    def serializer(self, *args, **kwargs):
        return self.viewset.serializer_class(*args, **kwargs)

    def representation(self, instance):
        """What the API returns for `instance`, as JSON types."""
        return json.loads(JSONRenderer().render(self.serializer(instance).data))

    def writable_fields(self):
        # A Versioned row's `version` is only a concurrency check, not data to send.
        skip = {"version"} if issubclass(self.model, Versioned) else set()
        return [
            name
            for name, field in self.serializer().fields.items()
            if not field.read_only and name not in skip
        ]

    def payload(self):
        """A valid create payload: a realistic row from the factory, serialized, then removed."""
        instance = self.factory.create()
        data = self.representation(instance)
        payload = {name: data[name] for name in self.writable_fields() if name in data}
        lifecycle = getattr(self.viewset.serializer_class.Meta, "lifecycle", None)
        if lifecycle is not None and payload.get(lifecycle.field) not in lifecycle.initial:
            payload[lifecycle.field] = lifecycle.default  # a new row starts in an initial state
        self.hard_delete(instance.pk)
        return payload

    def hard_delete(self, pk):
        if self.is_soft_deletable:
            self.model.all_objects.filter(pk=pk).hard_delete()
        else:
            self.model._base_manager.filter(pk=pk).delete()


def all_resources():
    for app in settings.DOMAIN_APPS:
        router = import_module(f"{app}.api.urls").router
        for prefix, viewset, _ in router.registry:
            yield Resource(app, prefix, viewset)


RESOURCES = list(all_resources())


def resource_params(predicate=lambda resource: True):
    return [pytest.param(r, id=f"{r.app}/{r.prefix}") for r in RESOURCES if predicate(r)]


def make_user(group=None, **kwargs):
    user = get_user_model().objects.create_user(
        username=f"{group or 'user'}-{next(_names)}", password="pw", **kwargs
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user):
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def operator():
    return make_user("operators")


@pytest.fixture
def service():
    return make_user("services")


@pytest.fixture
def auditor():
    return make_user("auditors")


@pytest.fixture
def admin_user_():
    return make_user(None, is_superuser=True, is_staff=True)


@pytest.fixture
def operator_client(operator):
    return client_for(operator)


@pytest.fixture
def service_client(service):
    return client_for(service)


@pytest.fixture
def auditor_client(auditor):
    return client_for(auditor)


@pytest.fixture
def admin_client_(admin_user_):
    return client_for(admin_user_)


@pytest.fixture
def anonymous_client():
    return APIClient()
