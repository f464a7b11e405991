"""The operator's console: decisions with their plan, approvals and dependencies; pending ones are
approved or rejected here through the same services as the API (orchestration/services.py)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.forms import modelform_factory
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
from ..models import Action, Approval, ApprovalRequirement, ApprovalSignoff, Decision, DecisionDependency


class FrozenSubstanceAdminMixin:
    """Once a decision is approved its substance is read-only here, and a POST that still tries
    to change it is refused with a message (the service records the refused attempt; the
    database trigger would refuse it anyway)."""

    frozen_fields_selector = None  # (obj) -> names of the fields that may no longer change
    update_service = None  # called with the attempted changes: refuses them (and records it)

    def get_readonly_fields(self, request, obj=None):
        frozen = self.frozen_fields_selector(obj) if obj is not None else ()
        return list(dict.fromkeys([*super().get_readonly_fields(request, obj), *frozen]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id) if request.method == "POST" else None
        frozen = self.frozen_fields_selector(obj) if obj is not None else ()
        if frozen:
            form = modelform_factory(self.model, fields=frozen)(request.POST, instance=obj)
            attempted = [name for name in form.changed_data if name in request.POST]
            if attempted:
                changes = (
                    {name: form.cleaned_data.get(name, request.POST[name]) for name in attempted}
                    if form.is_valid()
                    else {name: request.POST[name] for name in attempted}
                )
                try:
                    self.update_service(**{self.model._meta.model_name: obj}, user=request.user, **changes)
                except (PlatformError, ValidationError) as error:
                    self.message_user(request, f"Not saved: {error}", messages.ERROR)
                    return HttpResponseRedirect(request.path)
        return super().change_view(request, object_id, form_url, extra_context)


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

    # The action list of an approved decision is frozen: shown, not edited, added to or deleted.
    def _frozen(self, obj) -> bool:
        return bool(selectors.decision_frozen_fields(decision=obj))

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and not self._frozen(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._frozen(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._frozen(obj)


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
class DecisionAdmin(FrozenSubstanceAdminMixin, SoftDeletableAdmin):
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
    update_service = staticmethod(services.decision_update)
    frozen_fields_selector = staticmethod(lambda obj: selectors.decision_frozen_fields(decision=obj))
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
        who = selectors.approval_who_may_decide(approval=awaited, user=request.user) if awaited else {}
        extra_context = {
            **(extra_context or {}),
            "can_approve": awaited is not None and self.can_approve(request) and not who.get("problem"),
            "pending_approval": awaited,
            "approval_requirement": who.get("requirement"),
            "approval_signoffs": who.get("signoffs", []),
            "approval_problem": who.get("problem"),
            "has_approve_permission": self.can_approve(request),
            # Its own ids: the change form below has a `notes` field (id_notes) too.
            "notes_form": NotesForm(auto_id="id_decision_%s"),
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

    def save_formset(self, request, form, formset, change):
        """Actions added, changed or deleted from the decision page go through the action
        services, so governance is asked and frozen decisions are refused as over the API."""
        if formset.model is not Action:
            return super().save_formset(request, form, formset, change)
        names = {f.name for f in Action._meta.concrete_fields}
        for action in formset.save(commit=False):
            values = {name: getattr(action, name) for name in formset.form.base_fields if name in names}
            values.pop("decision", None)
            if action._state.adding:
                services.action_add(user=request.user, decision=form.instance, **values)
            else:
                services.action_update(action=action, user=request.user, **values)
        for action in formset.deleted_objects:
            services.action_delete(action=action, user=request.user)


@admin.register(Action)
class ActionAdmin(FrozenSubstanceAdminMixin, SoftDeletableAdmin):
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
    add_service = staticmethod(services.action_add)
    update_service = staticmethod(services.action_update)
    frozen_fields_selector = staticmethod(lambda obj: selectors.action_frozen_fields(action=obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not selectors.action_frozen_fields(action=obj)


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


@admin.register(ApprovalRequirement)
class ApprovalRequirementAdmin(SoftDeletableAdmin):
    """Who must sign each approval, fixed when it opened (written by the approval services)."""

    list_display = ("__str__", related_link("approval"), "approvals_required", "approver_groups", "deadline")
    search_uuid_fields = ("approval",)
    large_table = True


@admin.register(ApprovalSignoff)
class ApprovalSignoffAdmin(SoftDeletableAdmin):
    """Each person's signature of an approval that needs several (written by the services)."""

    list_display = ("__str__", related_link("approval"), "signed_by", "signed_at")
    list_filter = ("signed_at",)
    search_fields = ("signed_by", "notes")
    search_uuid_fields = ("approval",)
    large_table = True
