"""Demo accounts, so `make run` leads straight into a usable admin and API.

Created only outside production (a known password has no place there), and never changed once
they exist: a password set by hand is kept.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from airport_platform.services import service_account_issue_token

# username -> group (None: superuser)
DEMO_ACCOUNTS = {"admin": None, "operator": "operators", "auditor": "auditors"}
DEMO_SERVICE_ACCOUNT = "demo-service"


def demo_password() -> str:
    return getattr(settings, "DEMO_PASSWORD", "airport-demo")


def ensure_demo_accounts() -> dict:
    """Create the demo staff accounts and the demo service account if missing.

    Returns {"created": [usernames], "token": the demo service account's API token}.
    """
    User = get_user_model()
    created = []
    for username, group in DEMO_ACCOUNTS.items():
        if User.objects.filter(username=username).exists():
            continue
        if group is None:
            User.objects.create_superuser(username, password=demo_password())
        else:
            user = User.objects.create_user(username, password=demo_password(), is_staff=True)
            user.groups.add(Group.objects.get(name=group))
        created.append(username)
    token = service_account_issue_token(name=DEMO_SERVICE_ACCOUNT)
    return {"created": created, "token": token.key}
