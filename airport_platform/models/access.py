from django.db import models


class PlatformPermissions(models.Model):
    """Holder of platform-wide permissions that belong to no single table (no table of its own)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_deleted_records", "Can see soft-deleted records"),
            ("view_history", "Can see the change history of records"),
        ]

    def __str__(self):
        return "platform permissions"
