"""The API's permission check: every request is an operation on a table (view, add, change,
delete, or one the table declares, e.g. `activate`), allowed when the table's access
declaration (airport_platform/access.py) and the user's permissions say so.

- list/retrieve and other GET actions: view; create and `bulk`: add; update/partial_update:
  change; destroy: delete (whether the row's state allows it is the domain service's answer,
  409, audited there; the admin hides what `refuse_delete` refuses);
- a custom action names its operation (`service_action(..., operation="approve")`; restore
  needs delete: whoever may delete may undo); an undeclared write action (transition) needs
  change; a method the resource does not offer is left to DRF (405);
- a read-only table (approvals, decision audits) refuses every write, superusers included.
"""

from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS, BasePermission

from airport_platform.access import model_access, permission_label

VIEW_DELETED = "airport_platform.view_deleted_records"

CRUD_OPERATIONS = {
    "list": "view",
    "retrieve": "view",
    "create": "add",
    "bulk": "add",
    "update": "change",
    "partial_update": "change",
    "destroy": "delete",
}


def view_operation(view, request) -> str:
    """The operation a request performs on the view's table."""
    action = getattr(view, "action", None)
    if action in CRUD_OPERATIONS:
        return CRUD_OPERATIONS[action]
    declared = getattr(getattr(view, action, None), "operation", None) if action else None
    if declared:
        return declared
    return "view" if request.method in SAFE_METHODS else "change"


class PlatformModelPermissions(BasePermission):
    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False  # 401 with the authentication challenge
        if getattr(view, "action", None) is None and request.method not in SAFE_METHODS:
            return True  # a method the resource does not offer: DRF answers 405
        model = view.queryset.model
        operation = view_operation(view, request)
        if operation != "view" and model_access(model).read_only:
            raise PermissionDenied(
                f"{model._meta.verbose_name_plural} are read-only: only the platform's services write them."
            )
        needed = permission_label(model, operation)
        if not user.has_perm(needed):
            raise PermissionDenied(f"You need the {needed} permission.")
        return True
