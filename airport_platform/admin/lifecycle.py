"""Status columns with a lifecycle (airport_platform/lifecycle.py) in the admin.

An admin declares

    lifecycle = lifecycle.SCENARIO
    transition_service = staticmethod(services.crisis_scenario_transition)

and gets: the status and the timestamps it stamps read-only on the change form, the add form
offering the initial states only, and one button per allowed target above the form. A button
posts to `<id>/transition/`, which calls the same service as the API and shows its message.
The buttons sit in their own small form before the change form (never nested inside it, so
"Save" keeps working).
"""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import path, reverse

from airport_platform.exceptions import PlatformError

REASON_MAX_LENGTH = 4000


class LifecycleAdminMixin:
    lifecycle = None
    transition_service = None
    lifecycle_change_form_template = "admin/lifecycle/change_form.html"

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if self.lifecycle is not None and self.change_form_template is None:
            self.change_form_template = self.lifecycle_change_form_template

    # --- forms: the state is read-only once the row exists ----------------------------------

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.lifecycle is None:
            return readonly
        owned = [*([self.lifecycle.field] if obj is not None else []), *self.lifecycle.read_only_fields]
        return readonly + [name for name in owned if name not in readonly]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        field = form.base_fields.get(self.lifecycle.field) if self.lifecycle is not None else None
        if obj is None and field is not None:
            field.choices = [
                (value, label) for value, label in field.choices if value in self.lifecycle.initial
            ]
            field.initial = self.lifecycle.default
        return form

    def save_model(self, request, obj, form, change):
        if self.lifecycle is not None and not change:
            if getattr(obj, self.lifecycle.field) in (None, ""):
                setattr(obj, self.lifecycle.field, self.lifecycle.default)
            self.lifecycle.stamp(obj, self.lifecycle.current(obj))
        super().save_model(request, obj, form, change)

    # --- the buttons ------------------------------------------------------------------------

    def get_urls(self):
        urls = super().get_urls()
        if self.lifecycle is None:
            return urls
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/transition/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{opts.app_label}_{opts.model_name}_transition",
            ),
            *urls,
        ]

    def transition_choices(self, obj) -> list[tuple[str, str]]:
        labels = dict(self.model._meta.get_field(self.lifecycle.field).choices)
        return [
            (state, labels.get(state, state)) for state in self.lifecycle.allowed(self.lifecycle.current(obj))
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if self.lifecycle is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                opts = self.model._meta
                current = self.lifecycle.current(obj)
                labels = dict(opts.get_field(self.lifecycle.field).choices)
                extra_context = {
                    **(extra_context or {}),
                    "lifecycle_current": labels.get(current, current),
                    "lifecycle_transitions": self.transition_choices(obj),
                    "lifecycle_can_transition": self.has_change_permission(request, obj),
                    "lifecycle_url": reverse(
                        f"admin:{opts.app_label}_{opts.model_name}_transition", args=[quote(obj.pk)]
                    ),
                    "lifecycle_reason_max_length": REASON_MAX_LENGTH,
                }
        return super().change_view(request, object_id, form_url, extra_context)

    def transition_view(self, request, object_id):
        opts = self.model._meta
        change_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[object_id])
        if request.method != "POST":
            return HttpResponseRedirect(change_url)
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, opts, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        target = request.POST.get("status", "")
        reason = request.POST.get("reason", "")[:REASON_MAX_LENGTH]
        previous = self.lifecycle.current(obj)
        try:
            with transaction.atomic():
                obj = self.transition_service(
                    **{self.lifecycle.argument: obj}, to=target, user=request.user, reason=reason
                )
        except (PlatformError, ValidationError) as error:
            message = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            self.message_user(request, f"Not changed: {message}", messages.ERROR)
        else:
            summary = f"{self.lifecycle.field}: {previous} → {target}" + (f" ({reason})" if reason else "")
            self.log_change(request, obj, summary)
            self.message_user(
                request, f"The {opts.verbose_name} moved from {previous} to {target}.", messages.SUCCESS
            )
        return HttpResponseRedirect(change_url)
