"""Demo accounts, so `make run` leads straight into a usable admin and API.

Created only outside production (a known password has no place there), and never changed once
they exist: a password set by hand is kept.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from airport_platform.access import AUDITORS, DUTY_MANAGERS, GOVERNANCE_OFFICERS, OPERATORS
from airport_platform.services import service_account_issue_token

# username -> groups (None: superuser). The plain `operator` is not a duty manager: a policy
# that needs one (e.g. "Critical decisions need a duty manager") waits for `duty-manager`.
DEMO_ACCOUNTS = {
    "admin": None,
    "operator": (OPERATORS,),
    "duty-manager": (OPERATORS, DUTY_MANAGERS),
    "governance-officer": (GOVERNANCE_OFFICERS,),
    "auditor": (AUDITORS,),
}
DEMO_SERVICE_ACCOUNT = "demo-service"


def demo_password() -> str:
    return getattr(settings, "DEMO_PASSWORD", "airport-demo")


def ensure_demo_accounts() -> dict:
    """Create the demo staff accounts and the demo service account if missing.

    Returns {"created": [usernames], "token": the demo service account's API token}.
    """
    User = get_user_model()
    created = []
    for username, groups in DEMO_ACCOUNTS.items():
        if User.objects.filter(username=username).exists():
            continue
        if groups is None:
            User.objects.create_superuser(username, password=demo_password())
        else:
            user = User.objects.create_user(username, password=demo_password(), is_staff=True)
            user.groups.add(*(Group.objects.get(name=name) for name in groups))
        created.append(username)
    token = service_account_issue_token(name=DEMO_SERVICE_ACCOUNT)
    return {"created": created, "token": token.key}
