"""Django model permissions, including `view_*` for reads (DRF's default lets any user read)."""

from rest_framework.permissions import DjangoModelPermissions

VIEW_DELETED = "airport_platform.view_deleted_records"


class PlatformModelPermissions(DjangoModelPermissions):
    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
    }
