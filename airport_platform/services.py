"""Cross-cutting write operations: service accounts and their API tokens."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from rest_framework.authtoken.models import Token

SERVICES_GROUP = "services"


@transaction.atomic
def service_account_issue_token(*, name: str, rotate: bool = False) -> Token:
    """Create (or reuse) the service account `name` in the services group and return its token.

    Service accounts cannot log in with a password; `rotate` replaces an existing token.
    """
    User = get_user_model()
    user, created = User.objects.get_or_create(username=name)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=SERVICES_GROUP))
    if rotate:
        Token.objects.filter(user=user).delete()
    token, _ = Token.objects.get_or_create(user=user)
    return token


@transaction.atomic
def service_account_revoke_token(*, name: str) -> int:
    """Revoke the token of `name`; its requests are refused from now on."""
    deleted, _ = Token.objects.filter(user__username=name).delete()
    return deleted
