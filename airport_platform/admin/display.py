"""How platform rows look in the admin: readable JSON, status badges, links along keys."""

import json

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.fields import InvalidJSONInput
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst

# Columns the platform maintains itself: shown, never edited in the admin.
RECORD_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted_at")


# --- JSON, readable both ways -----------------------------------------------------------------


def pretty_json(value) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


class JSONTextarea(forms.Textarea):
    """Monospace textarea that grows with the document (3 to 30 rows)."""

    def __init__(self, attrs=None):
        defaults = {"class": "vLargeTextField", "spellcheck": "false", "style": "font-family: monospace"}
        super().__init__({**defaults, **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        lines = str(value or "").count("\n") + 2
        context["widget"]["attrs"]["rows"] = min(max(lines, 3), 30)
        return context


class PrettyJSONFormField(forms.JSONField):
    """Indented JSON in the textarea; `{}` and `[]` are values, only an empty input is "missing"."""

    widget = JSONTextarea
    empty_values = [None, ""]

    def prepare_value(self, value):
        if isinstance(value, InvalidJSONInput):
            return value
        return json.dumps(value, cls=self.encoder, ensure_ascii=False, indent=2)


def json_display(field):
    """Read-only rendering of a JSON field (view-only pages): an indented `<pre>` block."""

    @admin.display(description=capfirst(field.verbose_name))
    def display(obj):
        value = getattr(obj, field.attname)
        if value is None:
            return admin.site.empty_value_display
        return format_html(
            '<pre style="margin:0; white-space:pre-wrap; max-height:40em; overflow:auto">{}</pre>',
            pretty_json(value),
        )

    return display


# --- List columns -------------------------------------------------------------------------------

BADGE_TONES = {
    "#b71c1c": {
        "critical",
        "failed",
        "rejected",
        "breached",
        "non_compliant",
        "immediate",
        "major",
        "disrupted",
    },
    "#e65100": {
        "high",
        "pending",
        "pending_approval",
        "warning",
        "moderate",
        "partially_compliant",
        "disputed",
    },
    "#1565c0": {"executing", "in_progress", "active", "running", "assigned", "deployed", "monitoring"},
    "#2e7d32": {
        *("completed", "approved", "auto_approved", "compliant", "resolved", "validated", "verified"),
        *("within", "available", "sent"),
    },
}
BADGE_COLORS = {value: color for color, values in BADGE_TONES.items() for value in values}


def badge(field_name: str):
    """List column showing a choice field as a colored badge (red = bad, green = done...)."""

    def display(obj):
        value = getattr(obj, field_name)
        if value in (None, ""):
            return admin.site.empty_value_display
        return format_html(
            '<span style="background:{}; color:#fff; padding:1px 7px; border-radius:9px; '
            'white-space:nowrap">{}</span>',
            BADGE_COLORS.get(value, "#616161"),
            getattr(obj, f"get_{field_name}_display")(),
        )

    display.short_description = field_name.replace("_", " ")
    display.admin_order_field = field_name
    display.__name__ = f"{field_name}_badge"
    return display


def related_link(field_name: str, *, by_id: bool = False):
    """List column linking to the row a foreign key points at.

    `by_id=True` links by the stored id without loading the row: for keys without a database
    constraint (the target may be gone) or when a join is not worth it.
    """

    def display(obj):
        field = obj._meta.get_field(field_name)
        pk = getattr(obj, field.attname)
        if pk is None:
            return admin.site.empty_value_display
        target = field.related_model._meta
        text = str(pk)[:8] if by_id else str(getattr(obj, field_name))
        try:
            url = reverse(f"admin:{target.app_label}_{target.model_name}_change", args=[quote(pk)])
        except NoReverseMatch:
            return text
        return format_html('<a href="{}">{}</a>', url, text)

    display.short_description = field_name.replace("_", " ")
    display.admin_order_field = field_name
    display.__name__ = f"{field_name}_link"
    display.select_related = None if by_id else field_name
    return display
