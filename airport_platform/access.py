"""Who may do what: the three groups every installation has (docs/security.md).

- operators: people on shift. Read everything, change operational records (add, change and
  soft-delete entity rows, append time series), approve decisions, see change history.
  Governance (principles, policies, audits) is read-only for them.
- services:  AI services and integrations, through the API with a token. Read everything,
  create and update operational data and append time series. No approvals, no deletions,
  no governance edits.
- auditors:  read-only on everything, including soft-deleted rows and change history.

Rules are functions of (app, table kind, action), so models added later are covered: the
groups are synced by a data migration and again after every `migrate`. Domains declare their
exceptions at `AppConfig.ready()`: `grant_to_group("operators", "orchestration.approve_decision")`
for a custom permission, `read_only_app("governance")` for an app the operational groups only read.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Apps whose rows operators and services may read but not change (registered by the domain).
OPERATIONAL_EXCLUDED_APPS: set[str] = set()
GROUPS = {
    "operators": "Shift operators: read all, change operational records, approve decisions",
    "services": "Service accounts: read all, create and update operational data, no approvals",
    "auditors": "Auditors: read-only on everything, including deleted rows and history",
}
# Permissions beyond the model rules: the core's own, plus those the domains register.
EXTRA_PERMISSIONS = {
    "operators": {"airport_platform.view_history"},
    "services": set(),
    "auditors": {"airport_platform.view_deleted_records", "airport_platform.view_history"},
}
MODEL_ACTIONS = ("view", "add", "change", "delete")


def grant_to_group(group: str, permission: str) -> None:
    """Give `group` the permission "app_label.codename" (idempotent; called at ready())."""
    if group not in GROUPS:
        raise ImproperlyConfigured(f"unknown group {group!r}; expected one of {tuple(GROUPS)}")
    EXTRA_PERMISSIONS[group].add(permission)


def read_only_app(app_label: str) -> None:
    """Operators and services may only read `app_label`'s rows (idempotent; called at ready())."""
    OPERATIONAL_EXCLUDED_APPS.add(app_label)


def model_permission_granted(group: str, app_label: str, is_hypertable: bool, action: str) -> bool:
    if app_label not in settings.DOMAIN_APPS:
        return False
    if action == "view":
        return True
    if group == "auditors" or app_label in OPERATIONAL_EXCLUDED_APPS:
        return False
    if is_hypertable:
        return action == "add"  # history is append-only
    if group == "operators":
        return action in ("add", "change", "delete")
    return action in ("add", "change")  # services


def hypertable_names(connection) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT hypertable_name FROM timescaledb_information.hypertables")
        return {row[0] for row in cursor.fetchall()}


def sync_groups(apps, connection) -> None:
    """Create the groups and set exactly the permissions the rules give them (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    hypertables = hypertable_names(connection)
    permissions = list(Permission.objects.select_related("content_type"))
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        granted = []
        for permission in permissions:
            app_label, model_name = permission.content_type.app_label, permission.content_type.model
            label = f"{app_label}.{permission.codename}"
            action = permission.codename.split("_", 1)[0]
            if label in EXTRA_PERMISSIONS[name]:
                granted.append(permission)
            elif action in MODEL_ACTIONS and permission.codename == f"{action}_{model_name}":
                try:
                    model = apps.get_model(app_label, model_name)
                except LookupError:
                    continue
                if model_permission_granted(name, app_label, model._meta.db_table in hypertables, action):
                    granted.append(permission)
        group.permissions.set(granted)
