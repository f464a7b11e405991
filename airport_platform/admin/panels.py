"""Related panels: read-only sections one app adds to another app's change page.

A domain that knows things about another domain's rows (collaboration's AI explanations of a
decision) registers a panel for that model at its `AppConfig.ready()`; the owning admin shows
every registered panel without importing the domain that registered it, so dependencies keep
pointing one way (collaboration -> orchestration, never back).

    register_related_panel("orchestration.Decision", label="AI explanations", render=explain)

`render(obj)` returns the panel's HTML (built with `format_html`) or "" when it has nothing to
show. Panels appear on the change page of an existing row, after the model's own read-only
fields.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.contrib import admin


@dataclass(frozen=True)
class RelatedPanel:
    model_label: str  # "app_label.ModelName", as `Model._meta.label`
    label: str
    render: Callable[[object], str]

    @cached_property
    def readonly_field(self):
        """The panel as a callable read-only field of the admin form (one object per panel: the
        admin matches read-only fields by identity when it builds the form)."""

        @admin.display(description=self.label)
        def panel(obj):
            return self.render(obj) or "—"

        panel.__name__ = self.label.lower().replace(" ", "_")
        return panel


_PANELS: dict[str, list[RelatedPanel]] = {}


def register_related_panel(model_label: str, *, label: str, render: Callable[[object], str]) -> RelatedPanel:
    """Show `render(obj)` under `label` on the change page of every `model_label` row."""
    panel = RelatedPanel(model_label=model_label, label=label, render=render)
    panels = _PANELS.setdefault(model_label, [])
    if all(existing.label != label for existing in panels):  # ready() may run twice in tests
        panels.append(panel)
    return panel


def related_panels(model) -> tuple[RelatedPanel, ...]:
    return tuple(_PANELS.get(model._meta.label, ()))
