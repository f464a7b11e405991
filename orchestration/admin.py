"""Orchestration tables in the admin: declarations only (behaviour: airport_platform/admin/)."""

import datetime as dt

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from airport_platform.admin import (
    PlatformInline,
    ReadOnlyInline,
    SoftDeletableAdmin,
    TimeSeriesAdmin,
    badge,
    related_link,
)
from airport_platform.exceptions import PlatformError
from collaboration.models import AIExplanation

from . import selectors, services
from .models import (
    Action,
    ActionDependency,
    Approval,
    Decision,
    DecisionDependency,
    OperatingMode,
    OrchestrationEvent,
    SystemState,
)


@admin.register(OperatingMode)
class OperatingModeAdmin(SoftDeletableAdmin):
    list_display = ("name", "is_active", "version", "updated_at", "updated_by")
    list_filter = ("is_active", "created_at")
    search_fields = ("name", "description")
    date_hierarchy = "created_at"
    readonly_fields = ("is_active",)  # switched only by "Activate" (one active mode at a time)
    actions = [*SoftDeletableAdmin.actions, "activate_mode"]

    @admin.action(
        description="Activate the selected mode (deactivates the current one)", permissions=["change"]
    )
    def activate_mode(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one operating mode to activate.", messages.ERROR)
            return
        try:
            with transaction.atomic():
                mode = services.operating_mode_activate(
                    mode=queryset.get(), user=request.user, reason="admin"
                )
        except PlatformError as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, f"{mode.name} is now the active operating mode.", messages.SUCCESS)


class ActionInline(PlatformInline):
    model = Action
    fields = (
        "execution_order",
        "type",
        "domain",
        "status",
        "description",
        "parameters",
        "started_at",
        "completed_at",
    )
    readonly_fields = ("status", "started_at", "completed_at")  # changed by the lifecycle services
    ordering = ("execution_order",)


class DependencyInline(ReadOnlyInline):
    """What this decision waits for; edges are added on their own page (cycle-checked)."""

    model = DecisionDependency
    fk_name = "dependent_decision"
    fields = ("dependency_decision", "dependency_type", "created_at")
    readonly_fields = fields
    verbose_name = "depends on"
    verbose_name_plural = "depends on"


class ApprovalInline(ReadOnlyInline):
    # Listed only: an approval is decided on its own page (and, later, by the approval service),
    # not edited in bulk from its decision.
    model = Approval
    fields = ("status", "approved_by", "approved_at", "expires_at", "notes")
    ordering = ("-created_at",)


class NotesForm(forms.Form):
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


@admin.register(Decision)
class DecisionAdmin(SoftDeletableAdmin):
    """The operator's console: decisions with their plan, approvals, dependencies and the AI's
    explanations; pending ones are approved or rejected here through the same services as the
    API (orchestration/services.py)."""

    list_display = (
        "__str__",
        "type",
        badge("status"),
        badge("priority"),
        "confidence",
        "risk",
        "operating_mode",
        "initiated_at",
        "approval_state",
        "requested_by",
    )
    list_filter = ("status", "type", "priority", "operating_mode", "initiated_at")
    search_fields = ("description", "requested_by")
    search_uuid_fields = ("correlation_id",)
    date_hierarchy = "initiated_at"
    inlines = (ActionInline, ApprovalInline, DependencyInline)
    readonly_fields = ("status", "completed_at", "operating_mode", "ai_explanations")
    change_form_template = "admin/orchestration/decision/change_form.html"
    change_list_template = "admin/orchestration/decision/change_list.html"
    large_table = True

    def get_queryset(self, request):
        latest = Approval.objects.filter(decision=OuterRef("pk")).order_by("-created_at")
        return (
            super()
            .get_queryset(request)
            .annotate(
                approval_status=Subquery(latest.values("status")[:1]),
                approval_expires_at=Subquery(latest.values("expires_at")[:1]),
            )
        )

    @admin.display(description="approval", ordering="approval_status")
    def approval_state(self, obj):
        status = getattr(obj, "approval_status", None)
        if status is None:
            return "—"
        if status == "pending" and obj.approval_expires_at:
            return f"pending, expires {timezone.localtime(obj.approval_expires_at):%H:%M}"
        return status.replace("_", " ")

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip()
        if term and " " not in term:  # a single word may be a tag
            queryset |= self.get_queryset(request).filter(tags__contains=[term])
        return queryset, duplicates

    @admin.display(description="AI explanations")
    def ai_explanations(self, obj):
        explanations = AIExplanation.objects.filter(entity_type="decision", entity_id=obj.pk).order_by(
            "created_at"
        )
        if not explanations:
            return "—"
        return format_html(
            '<ul class="ai-explanations">{}</ul>',
            format_html_join(
                "",
                "<li><strong>{}</strong> ({}, {} audience, confidence {}): {}</li>",
                (
                    (
                        e.summary or e.get_explanation_format_display(),
                        e.get_explanation_format_display(),
                        e.audience_level or "general",
                        e.confidence_score if e.confidence_score is not None else "n/a",
                        e.content,
                    )
                    for e in explanations
                ),
            ),
        )

    # --- proposing goes through the service, so thresholds apply ------------------------------

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        fields = {
            f.name: getattr(obj, f.name) for f in obj._meta.concrete_fields if f.editable and f.name != "id"
        }
        fields.pop("operating_mode", None)
        decision = services.decision_propose(user=request.user, **fields)
        obj.__dict__.update({k: v for k, v in decision.__dict__.items() if k != "_state"})
        obj._state.adding = False

    # --- approve / reject ------------------------------------------------------------------------

    def get_urls(self):
        def wrap(view):
            return self.admin_site.admin_view(view)

        prefix = f"{self.model._meta.app_label}_{self.model._meta.model_name}"
        return [
            path("pending-approvals/", wrap(self.pending_approvals_view), name=f"{prefix}_pending"),
            path(
                "<path:object_id>/approve/",
                wrap(self.decide_view),
                {"approve": True},
                name=f"{prefix}_approve",
            ),
            path(
                "<path:object_id>/reject/",
                wrap(self.decide_view),
                {"approve": False},
                name=f"{prefix}_reject",
            ),
            *super().get_urls(),
        ]

    def can_approve(self, request) -> bool:
        return request.user.has_perm("orchestration.approve_decision")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        decision = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "can_approve": decision is not None
            and decision.status == "pending_approval"
            and self.can_approve(request),
            "pending_approval": decision.approvals.filter(status="pending").first() if decision else None,
            "notes_form": NotesForm(),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def decide_view(self, request, object_id, approve):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:orchestration_decision_change", args=[object_id]))
        if not self.can_approve(request):
            raise PermissionDenied
        decision = get_object_or_404(Decision, pk=object_id)
        form = NotesForm(request.POST)
        notes = form.cleaned_data["notes"] if form.is_valid() else ""
        try:
            with transaction.atomic():
                if approve:
                    services.decision_approve(decision=decision, user=request.user, notes=notes)
                else:
                    services.decision_reject(decision=decision, user=request.user, notes=notes)
        except (PlatformError, ValidationError) as error:
            self.message_user(
                request, f"Not {'approved' if approve else 'rejected'}: {error}", messages.ERROR
            )
        else:
            verb = "approved" if approve else "rejected"
            self.message_user(request, f"Decision {verb}.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:orchestration_decision_change", args=[object_id]))

    def pending_approvals_view(self, request):
        """The queue: pending approvals, soonest to expire first; what expires soon stands out."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        soon = timezone.now() + dt.timedelta(minutes=15)
        approvals = list(selectors.approvals_pending()[:500])
        for approval in approvals:
            approval.expires_soon = approval.expires_at is not None and approval.expires_at <= soon
        context = {
            **self.admin_site.each_context(request),
            "title": "Pending approvals",
            "opts": self.model._meta,
            "approvals": approvals,
            "can_approve": self.can_approve(request),
        }
        return TemplateResponse(request, "admin/orchestration/decision/pending_approvals.html", context)


@admin.register(Action)
class ActionAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("decision"),
        "type",
        "domain",
        badge("status"),
        "execution_order",
        "started_at",
        "completed_at",
    )
    list_filter = ("status", "type", "domain", "created_at")
    search_fields = ("description",)
    search_uuid_fields = ("decision",)
    date_hierarchy = "created_at"
    readonly_fields = ("status", "started_at", "completed_at", "result")  # lifecycle services
    large_table = True


class DependencyForm(forms.ModelForm):
    """Refuses self-dependencies and cycles before saving (the service checks again, locked)."""

    endpoints: tuple[str, str]

    def clean(self):
        cleaned = super().clean()
        dependent, dependency = (cleaned.get(name) for name in self.endpoints)
        if dependent and dependency:
            problem = services.dependency_problem(
                self._meta.model, dependent=dependent, dependency=dependency
            )
            if problem:
                raise ValidationError({self.endpoints[1]: problem})
        return cleaned


class DecisionDependencyForm(DependencyForm):
    endpoints = ("dependent_decision", "dependency_decision")


class ActionDependencyForm(DependencyForm):
    endpoints = ("dependent_action", "dependency_action")


class DependencyAdmin(SoftDeletableAdmin):
    add_service = None

    def get_readonly_fields(self, request, obj=None):
        # The ends of an edge never change: delete it and add another.
        ends = self.form.endpoints if obj is not None else ()
        return [*super().get_readonly_fields(request, obj), *ends]

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        kwargs = {name: form.cleaned_data[name] for name in form.endpoints}
        edge = self.add_service(dependency_type=obj.dependency_type, user=request.user, **kwargs)
        obj.pk, obj._state.adding = edge.pk, False


@admin.register(DecisionDependency)
class DecisionDependencyAdmin(DependencyAdmin):
    form = DecisionDependencyForm
    add_service = staticmethod(services.decision_dependency_add)
    list_display = (
        "__str__",
        related_link("dependent_decision"),
        "dependency_type",
        related_link("dependency_decision"),
        "created_at",
    )
    list_filter = ("dependency_type", "created_at")
    search_uuid_fields = ("dependent_decision", "dependency_decision")
    date_hierarchy = "created_at"
    large_table = True


@admin.register(ActionDependency)
class ActionDependencyAdmin(DependencyAdmin):
    form = ActionDependencyForm
    add_service = staticmethod(services.action_dependency_add)
    list_display = (
        "__str__",
        related_link("dependent_action"),
        "dependency_type",
        related_link("dependency_action"),
        "created_at",
    )
    list_filter = ("dependency_type", "created_at")
    search_uuid_fields = ("dependent_action", "dependency_action")
    date_hierarchy = "created_at"
    large_table = True


@admin.register(Approval)
class ApprovalAdmin(SoftDeletableAdmin):
    list_display = (
        "__str__",
        related_link("decision"),
        badge("status"),
        "approved_by",
        "approved_at",
        "expires_at",
    )
    list_filter = ("status", "expires_at", "created_at")
    search_fields = ("notes", "approved_by")
    search_uuid_fields = ("decision",)
    # Decided on the decision's page (Approve / Reject), through the same service as the API.
    readonly_fields = ("status", "approved_by", "approved_at")
    date_hierarchy = "created_at"
    large_table = True


@admin.register(SystemState)
class SystemStateAdmin(TimeSeriesAdmin):
    list_display = ("timestamp", "operating_mode", "created_at")
    list_filter = ("operating_mode", "timestamp")


@admin.register(OrchestrationEvent)
class OrchestrationEventAdmin(TimeSeriesAdmin):
    list_display = (
        "timestamp",
        "event_type",
        "source",
        "related_entity_type",
        "related_entity_id",
        "correlation_id",
    )
    list_filter = ("event_type", "related_entity_type", "timestamp")
    search_fields = ("source",)
    search_uuid_fields = ("related_entity_id", "correlation_id")
