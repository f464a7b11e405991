"""Who may do what: the groups every installation has and who may write each table.

Groups (docs/security.md has the full matrix):

- operators: people on shift. Read everything, change operational records (add, change and
  soft-delete entity rows, append time series), approve decisions, see change history.
- duty_managers: the operators in charge of a shift. Activate an operating mode (with a
  reason) and approve decisions, including those a policy reserves to a duty manager. A
  person usually has both groups; the group adds nothing else.
- governance_officers: the only people (besides superusers) who change what decides whether a
  human must approve: operating modes and their thresholds, governance policies, ethical
  principles.
- services: AI services and integrations, through the API with a token. Read everything,
  propose decisions, add actions, report progress and append time series. No approvals, no
  deletions, never a mode, threshold, policy or principle.
- auditors: read-only on everything, including soft-deleted rows and change history.

Every group reads every domain table. Who writes a table is one `Access` declaration:
the rules below cover an operational table or time series by default, so models added later
are covered; a domain declares its exceptions at `AppConfig.ready()` with
`declare_access("orchestration.approval", READ_ONLY)` (or a table of them, `declare_access_table`).
The groups' Django permissions are synced from the declarations by a data migration and again
after every `migrate`, and the API (api/permissions.py) and the admin (admin/base.py) enforce
the same declaration, including what `read_only` says beyond permissions.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder

OPERATORS = "operators"
DUTY_MANAGERS = "duty_managers"
GOVERNANCE_OFFICERS = "governance_officers"
SERVICES = "services"
AUDITORS = "auditors"

GROUPS = {
    OPERATORS: "Shift operators: read all, change operational records, approve decisions",
    DUTY_MANAGERS: "Duty managers: activate operating modes, approve decisions reserved to a duty manager",
    GOVERNANCE_OFFICERS: "Governance officers: change operating modes, thresholds, policies and principles",
    SERVICES: "Service accounts: read all, create and update operational data, no approvals",
    AUDITORS: "Auditors: read-only on everything, including deleted rows and history",
}
# Permissions beyond the tables' declarations: the core's own, plus those the domains register.
EXTRA_PERMISSIONS: dict[str, set[str]] = {
    OPERATORS: {"airport_platform.view_history"},
    DUTY_MANAGERS: {"airport_platform.view_history"},
    GOVERNANCE_OFFICERS: {"airport_platform.view_history"},
    SERVICES: set(),
    AUDITORS: {"airport_platform.view_deleted_records", "airport_platform.view_history"},
}
MODEL_ACTIONS = ("view", "add", "change", "delete")
WRITE_ACTIONS = ("add", "change", "delete")


@dataclass(frozen=True)
class Access:
    """Who may write one table, by group. Superusers may do everything, except on a `read_only`
    table, which nobody writes through the API or the admin (only the platform's services).

    `operations` are the table's own operations beyond CRUD (POST {id}/<name>/ in the API, an
    admin action): name -> groups; their permission is "<app_label>.<name>_<model_name>"
    (e.g. `activate_operatingmode`), created by the sync if the model does not declare it.
    `refuse_delete(row)` returns why a row may not be deleted in its state (None: it may): the
    admin then offers no delete for it; the API's DELETE leaves the answer to the domain's
    service (409, where the refused attempt is recorded).
    """

    add: frozenset[str] = frozenset()
    change: frozenset[str] = frozenset()
    delete: frozenset[str] = frozenset()
    operations: Mapping[str, frozenset[str]] = field(default_factory=dict)
    read_only: bool = False
    refuse_delete: Callable[[object], str | None] | None = None
    why: str = ""  # one line for docs/security.md

    def groups_for(self, action: str) -> frozenset[str]:
        if action == "view":
            return frozenset(GROUPS)
        if self.read_only:
            return frozenset()
        if action in WRITE_ACTIONS:
            return getattr(self, action)
        return self.operations.get(action, frozenset())

    def with_operations(self, **operations: Iterable[str]) -> "Access":
        added = {name: frozenset(groups) for name, groups in operations.items()}
        return replace(self, operations={**self.operations, **added})

    def refusing_delete(self, refuse: Callable[[object], str | None]) -> "Access":
        return replace(self, refuse_delete=refuse)

    def because(self, why: str) -> "Access":
        return replace(self, why=why)


def writers(*, add=(), change=(), delete=(), why="") -> Access:
    return Access(add=frozenset(add), change=frozenset(change), delete=frozenset(delete), why=why)


# The rules. An operational entity table: services propose and report, operators also delete.
OPERATIONAL = writers(
    add=(OPERATORS, SERVICES),
    change=(OPERATORS, SERVICES),
    delete=(OPERATORS,),
    why="operational record",
)
# A hypertable is append-only history (the database role cannot rewrite it either).
TIME_SERIES = writers(add=(OPERATORS, SERVICES), why="append-only time series")
# What decides whether a human must approve: only a governance role changes it.
GOVERNED = writers(
    add=(GOVERNANCE_OFFICERS,),
    change=(GOVERNANCE_OFFICERS,),
    delete=(GOVERNANCE_OFFICERS,),
    why="decides who must approve: governance officers only",
)
# Written only by the platform's services (approvals, audits): read-only for every role.
READ_ONLY = Access(read_only=True, why="written only by the platform's services")
# An app registered with `read_only_app`: no group writes it (superusers may).
NO_GROUP_WRITES = Access(why="no group writes it")

_DECLARED: dict[str, Access] = {}
# Apps whose tables no group writes unless declared otherwise (registered by the domain).
OPERATIONAL_EXCLUDED_APPS: set[str] = set()


def _label(model) -> str:
    if isinstance(model, str):
        app_label, _, model_name = model.partition(".")
        return f"{app_label}.{model_name.lower()}"
    return f"{model._meta.app_label}.{model._meta.model_name}"


def declare_access(model, access: Access) -> None:
    """Declare who writes `model` (a model class or "app_label.ModelName"); called at ready()."""
    _DECLARED[_label(model)] = access


def declare_access_table(app_label: str, table: Mapping[str, Access]) -> None:
    """Declare several of one app's models at once: {"ModelName": Access}."""
    for model_name, access in table.items():
        declare_access(f"{app_label}.{model_name}", access)


def access_for(app_label: str, model_name: str, *, is_hypertable: bool) -> Access:
    """The declaration for a table, or the rule that covers it."""
    declared = _DECLARED.get(f"{app_label}.{model_name.lower()}")
    if declared is not None:
        return declared
    if app_label in OPERATIONAL_EXCLUDED_APPS:
        return NO_GROUP_WRITES
    return TIME_SERIES if is_hypertable else OPERATIONAL


def model_access(model) -> Access:
    """The access declaration of a (runtime) model class."""
    is_hypertable = getattr(model, "is_hypertable", None)
    opts = model._meta
    return access_for(opts.app_label, opts.model_name, is_hypertable=bool(is_hypertable and is_hypertable()))


def permission_label(model, operation: str) -> str:
    """The Django permission behind an operation on a table: "orchestration.change_decision"."""
    opts = model._meta
    return f"{opts.app_label}.{operation}_{opts.model_name}"


def may(user, model, operation: str) -> bool:
    """Whether `user` may do `operation` (view, add, change, delete or a declared operation)
    on `model`'s rows: the declaration first (read-only tables refuse everybody), then the
    permission the groups got from it."""
    if operation != "view" and model_access(model).read_only:
        return False
    return user.has_perm(permission_label(model, operation))


def grant_to_group(group: str, permission: str) -> None:
    """Give `group` the permission "app_label.codename" (idempotent; called at ready())."""
    if group not in GROUPS:
        raise ImproperlyConfigured(f"unknown group {group!r}; expected one of {tuple(GROUPS)}")
    EXTRA_PERMISSIONS[group].add(permission)


def read_only_app(app_label: str) -> None:
    """No group writes `app_label`'s tables unless a table is declared (called at ready())."""
    OPERATIONAL_EXCLUDED_APPS.add(app_label)


def model_permission_granted(
    group: str, app_label: str, model_name: str, is_hypertable: bool, action: str
) -> bool:
    if app_label not in settings.DOMAIN_APPS:
        return False
    return group in access_for(app_label, model_name, is_hypertable=is_hypertable).groups_for(action)


def hypertable_names(connection) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT hypertable_name FROM timescaledb_information.hypertables")
        return {row[0] for row in cursor.fetchall()}


def declared_operation_permissions() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(app_label, model_name) -> [(codename, name)] of the declared operations."""
    wanted = {}
    for label, access in _DECLARED.items():
        app_label, model_name = label.split(".")
        for operation in access.operations:
            wanted.setdefault((app_label, model_name), []).append(
                (f"{operation}_{model_name}", f"Can {operation} {model_name}")
            )
    return wanted


def ensure_operation_permissions(apps) -> None:
    """Create the permissions of declared operations that no model Meta declares (idempotent)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for (app_label, model_name), codenames in declared_operation_permissions().items():
        try:
            apps.get_model(app_label, model_name)
        except LookupError:
            continue
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
        for codename, name in codenames:
            Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )


def sync_groups(apps, connection) -> None:
    """Create the groups and set exactly the permissions the declarations give them (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    hypertables = hypertable_names(connection)
    ensure_operation_permissions(apps)
    permissions = list(Permission.objects.select_related("content_type"))
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        granted = []
        for permission in permissions:
            app_label, model_name = permission.content_type.app_label, permission.content_type.model
            label = f"{app_label}.{permission.codename}"
            action, _, suffix = permission.codename.partition("_")
            if label in EXTRA_PERMISSIONS[name]:
                granted.append(permission)
            elif suffix == model_name:
                try:
                    model = apps.get_model(app_label, model_name)
                except LookupError:
                    continue
                is_hypertable = model._meta.db_table in hypertables
                if model_permission_granted(name, app_label, model_name, is_hypertable, action):
                    granted.append(permission)
        group.permissions.set(granted)


# --- Changes to what decides who approves are announced ------------------------------------
# Besides the row's version and its change history, a change of the fields that decide whether
# a human must approve (a mode's thresholds, a policy's rules...) is published on the domain's
# real-time stream (`<event_type>` with who, the new version and each field before and after),
# in the same transaction, whichever path made it (API, admin, a service). Creation, and saves
# that touch none of the fields (e.g. activating a mode), announce nothing.

_ANNOUNCED: dict[type, tuple[str, str, tuple[str, ...]]] = {}


def announce_changes(model, *, domain: str, event_type: str, fields) -> None:
    """Publish `event_type` on `domain` whenever one of `fields` of a `model` row changes
    (idempotent; called at ready())."""
    from django.db.models.signals import post_save, pre_save

    from airport_platform.events.registry import register_domain

    register_domain(domain)
    _ANNOUNCED[model] = (domain, event_type, tuple(fields))
    label = model._meta.label
    pre_save.connect(_remember_announced, sender=model, dispatch_uid=f"access-announce-pre-{label}")
    post_save.connect(_announce, sender=model, dispatch_uid=f"access-announce-post-{label}")


def _remember_announced(sender, instance, raw=False, update_fields=None, **kwargs):
    _, _, fields = _ANNOUNCED[sender]
    if raw or instance._state.adding or (update_fields is not None and not set(update_fields) & set(fields)):
        return
    instance._announced_before = sender._base_manager.filter(pk=instance.pk).values(*fields).first()


def _announce(sender, instance, created, using, raw=False, **kwargs):
    from airport_platform.events.services import emit

    before = instance.__dict__.pop("_announced_before", None)
    if raw or created or before is None:
        return
    domain, event_type, fields = _ANNOUNCED[sender]
    changes = {
        name: {"before": before[name], "after": getattr(instance, name)}
        for name in fields
        if before[name] != getattr(instance, name)
    }
    if not changes:
        return
    emit(
        domain=domain,
        event_type=event_type,
        aggregate_type=sender._meta.model_name,
        aggregate_id=instance.pk,
        payload=json.loads(
            json.dumps(
                {
                    "id": str(instance.pk),
                    "name": str(instance),
                    "version": getattr(instance, "version", None),
                    "by": getattr(instance, "updated_by", None),
                    "changes": changes,
                },
                cls=DjangoJSONEncoder,
            )
        ),
        using=using,
    )
