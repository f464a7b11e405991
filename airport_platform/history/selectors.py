"""Reading the change history: one row's events, each with who/when/through what and a readable
diff. Used by the API (`GET .../{id}/history/`) and the admin (object page → History)."""

from django.db.models import Q
from django.utils.text import capfirst

from .registry import event_model_for

# Changed on every UPDATE by a trigger: the event's own time says it already.
HIDDEN_COLUMNS = {"updated_at"}


def object_history(*, model, pk, since=None, until=None, user: str | None = None):
    """Events of row `pk` of `model`, newest first; `user` matches a username or a user id."""
    event_model = event_model_for(model)
    if event_model is None:
        raise LookupError(f"{model._meta.label} has no change history")
    events = event_model.objects.filter(pgh_obj_id=pk)
    if since is not None:
        events = events.filter(pgh_created_at__gte=since)
    if until is not None:
        events = events.filter(pgh_created_at__lte=until)
    if user:
        match = Q(pgh_context__username=user)
        if user.isdigit():
            match |= Q(pgh_context__user=int(user))
        events = events.filter(match)
    return events.order_by("-pgh_id")


def _display(field, value):
    if field is None or value is None:
        return None
    base = getattr(field, "base_field", field)
    choices = dict(base.flatchoices) if base.choices else None
    if not choices:
        return None
    if isinstance(value, list):
        return [str(choices.get(item, item)) for item in value]
    return str(choices.get(value, value))


def readable_changes(model, diff: dict | None) -> list[dict]:
    """`pgh_diff` ({column: [before, after]}) as a list in field order:
    [{field, label, before, after, before_display, after_display}]; the *_display values are
    the vocabulary labels of choice fields (None for other fields)."""
    if not diff:
        return []
    fields = {f.column: f for f in model._meta.concrete_fields}
    order = {column: index for index, column in enumerate(fields)}
    changes = []
    for column in sorted(diff, key=lambda c: (order.get(c, len(order)), c)):
        if column in HIDDEN_COLUMNS:
            continue
        before, after = diff[column]
        field = fields.get(column)
        change = {
            "field": field.name if field else column,
            "label": capfirst(field.verbose_name) if field else column,
            "before": before,
            "after": after,
            "before_display": _display(field, before),
            "after_display": _display(field, after),
        }
        changes.append(change)
    return changes


def history_entry(event, model) -> dict:
    """One event as shown to operators and auditors."""
    context = event.pgh_context or {}
    via = context.get("via") or "sql"
    return {
        "id": event.pgh_id,
        "event": event.pgh_label,
        "at": event.pgh_created_at,
        "via": via,
        "user": context.get("username"),
        "user_id": context.get("user"),
        "actor": context.get("actor") or ("system" if via in ("command", "sql") else None),
        "command": context.get("command"),
        "request_id": context.get("request_id"),
        "method": context.get("method"),
        "path": context.get("path"),
        "changes": readable_changes(model, event.pgh_diff),
    }
