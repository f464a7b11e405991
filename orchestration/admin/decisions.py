"""The operator's console: decisions with their plan, approvals and dependencies; pending ones are
approved or rejected here through the same services as the API (orchestration/services.py)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from airport_platform.admin import (
    PlatformInline,
    ReadOnlyInline,
    SoftDeletableAdmin,
    badge,
    related_link,
)
from airport_platform.exceptions import PlatformError

from .. import selectors, services
from ..choices import ApprovalStatus
from ..models import Action, Approval, Decision, DecisionDependency


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
    # Listed only: an approval is decided on its decision's page (Approve / Reject), through the
    # approval services, not edited in bulk from its decision.
    model = Approval
    fields = ("status", "approved_by", "approved_at", "expires_at", "notes")
    ordering = ("-created_at",)


class NotesForm(forms.Form):
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


@admin.register(Decision)
class DecisionAdmin(SoftDeletableAdmin):
    """Decisions; proposing one goes through `decision_propose`, so the mode's thresholds apply.
    Other apps' panels (AI explanations) come from airport_platform/admin/panels.py."""

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
    search_array_fields = ("tags",)
    date_hierarchy = "initiated_at"
    inlines = (ActionInline, ApprovalInline, DependencyInline)
    readonly_fields = ("status", "completed_at", "operating_mode")
    add_service = staticmethod(services.decision_propose)
    change_form_template = "admin/orchestration/decision/change_form.html"
    change_list_template = "admin/orchestration/decision/change_list.html"
    pending_approvals_template = "admin/orchestration/decision/pending_approvals.html"
    #: The queue flags approvals that expire within this time.
    expires_soon = selectors.APPROVAL_EXPIRES_SOON
    #: The queue shows at most this many approvals (soonest to expire first).
    pending_approvals_shown = 500
    large_table = True

    def get_queryset(self, request):
        return selectors.decisions_with_latest_approval(super().get_queryset(request))

    @admin.display(description="approval", ordering="approval_status")
    def approval_state(self, obj):
        status = getattr(obj, "approval_status", None)
        if status is None:
            return "—"
        label = ApprovalStatus(status).label.lower()
        if status == ApprovalStatus.PENDING and obj.approval_expires_at:
            return f"{label}, expires {timezone.localtime(obj.approval_expires_at):%H:%M}"
        return label

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
        awaited = selectors.approval_awaited(decision=decision) if decision else None
        extra_context = {
            **(extra_context or {}),
            "can_approve": awaited is not None and self.can_approve(request),
            "pending_approval": awaited,
            "notes_form": NotesForm(),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def decide_view(self, request, object_id, approve):
        change_url = reverse("admin:orchestration_decision_change", args=[object_id])
        if request.method != "POST":
            return HttpResponseRedirect(change_url)
        if not self.can_approve(request):
            raise PermissionDenied
        decision = get_object_or_404(Decision, pk=object_id)
        form = NotesForm(request.POST)
        notes = form.cleaned_data["notes"] if form.is_valid() else ""
        decide = services.decision_approve if approve else services.decision_reject
        verb = "approved" if approve else "rejected"
        try:
            with transaction.atomic():
                decide(decision=decision, user=request.user, notes=notes)
        except (PlatformError, ValidationError) as error:
            self.message_user(request, f"Not {verb}: {error}", messages.ERROR)
        else:
            self.message_user(request, f"Decision {verb}.", messages.SUCCESS)
        return HttpResponseRedirect(change_url)

    def pending_approvals_view(self, request):
        """The queue: pending approvals, soonest to expire first; what expires soon stands out."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        approvals = selectors.approvals_pending(flag_expiring_within=self.expires_soon)
        context = {
            **self.admin_site.each_context(request),
            "title": "Pending approvals",
            "opts": self.model._meta,
            "approvals": approvals[: self.pending_approvals_shown],
            "expires_soon_minutes": int(self.expires_soon.total_seconds() // 60),
            "can_approve": self.can_approve(request),
        }
        return TemplateResponse(request, self.pending_approvals_template, context)


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
