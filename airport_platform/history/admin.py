"""The change history on each object's admin page ("History" button), for users allowed to see
it (`airport_platform.view_history`: operators, auditors). Others get Django's own history."""

import json

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from .registry import event_model_for
from .selectors import history_entry, object_history

VIEW_HISTORY = "airport_platform.view_history"
PER_PAGE = 100


def _text(value, display) -> str:
    if display is not None:
        return ", ".join(display) if isinstance(display, list) else str(display)
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1 if isinstance(value, dict | list) else None)


class HistoryAdminMixin:
    """Mixed into the platform's base ModelAdmin: `history_view` shows the recorded changes."""

    def history_view(self, request, object_id, extra_context=None):
        model = self.model
        if event_model_for(model) is None or not request.user.has_perm(VIEW_HISTORY):
            return super().history_view(request, object_id, extra_context)
        try:
            obj = model._base_manager.filter(pk=unquote(object_id)).first()  # deleted rows too
        except ValidationError:
            obj = None
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        paginator = Paginator(object_history(model=model, pk=obj.pk), PER_PAGE)
        page = paginator.get_page(request.GET.get("p"))
        entries = [history_entry(event, model) for event in page]
        for entry in entries:
            for change in entry["changes"]:
                change["before_text"] = _text(change["before"], change["before_display"])
                change["after_text"] = _text(change["after"], change["after_display"])
        context = {
            **self.admin_site.each_context(request),
            "title": f"Change history: {obj}",
            "subtitle": None,
            "object": obj,
            "opts": model._meta,
            "entries": entries,
            "page_obj": page,
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/history/object_history.html", context)
