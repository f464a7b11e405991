"""Helpers of the admin tests (tests/*/test_admin*.py): URLs, one valid row of any model, and a
logged-in superuser."""

import importlib

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

SUPERUSER = "ops.admin"


def label(model):
    return model._meta.label


def make_row(model, **kwargs):
    """One valid row, built by the app's factory (`tests/<app>/factories.py`)."""
    factories = importlib.import_module(f"tests.{model._meta.app_label}.factories")
    return getattr(factories, f"{model.__name__}Factory")(**kwargs)


def url(model, view, *args, query=""):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args) + query


def change_url(obj):
    return url(type(obj), "change", obj.pk)


def superuser_client(username=SUPERUSER) -> Client:
    user = get_user_model().objects.create_superuser(username, f"{username}@example.com", "not-used")
    client = Client()
    client.force_login(user)
    return client
