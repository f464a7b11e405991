"""The decision and action dependency graphs in the admin: edges are added through the services,
which refuse self-dependencies and cycles (under the graph's lock)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from airport_platform.admin import SoftDeletableAdmin, related_link

from .. import services
from ..models import ActionDependency, DecisionDependency


class DependencyForm(forms.ModelForm):
    """Refuses self-dependencies and cycles before saving (the service checks again, locked)."""

    def clean(self):
        cleaned = super().clean()
        ends = self._meta.model.graph_edge
        dependent, dependency = (cleaned.get(name) for name in ends)
        if dependent and dependency:
            problem = services.dependency_problem(
                self._meta.model, dependent=dependent, dependency=dependency
            )
            if problem:
                raise ValidationError({ends[1]: problem})
        return cleaned


class DependencyAdmin(SoftDeletableAdmin):
    """An edge's two ends are the model's `graph_edge`; adding goes through `add_service`."""

    form = DependencyForm
    list_filter = ("dependency_type", "created_at")
    date_hierarchy = "created_at"
    large_table = True

    def __init__(self, model, admin_site):
        dependent, dependency = model.graph_edge
        self.list_display = (
            "__str__",
            related_link(dependent),
            "dependency_type",
            related_link(dependency),
            "created_at",
        )
        self.search_uuid_fields = model.graph_edge
        super().__init__(model, admin_site)

    def get_readonly_fields(self, request, obj=None):
        # The ends of an edge never change: delete it and add another.
        ends = self.model.graph_edge if obj is not None else ()
        return [*super().get_readonly_fields(request, obj), *ends]


@admin.register(DecisionDependency)
class DecisionDependencyAdmin(DependencyAdmin):
    add_service = staticmethod(services.decision_dependency_add)


@admin.register(ActionDependency)
class ActionDependencyAdmin(DependencyAdmin):
    add_service = staticmethod(services.action_dependency_add)
