"""Base models of the platform, composed from the small capability mixins in `mixins`.

A domain model picks the base that matches its spec table:

- `EntityModel`: UUID key, created/updated timestamps, soft deletion (most spec tables);
- `RecordModel`: UUID key, created_at only, soft deletion (link and log tables without updated_at);
- `TimeSeriesModel`: UUID key, created_at, append-only rows of a TimescaleDB hypertable;

and adds `Authorship` (created_by/updated_by) or `Versioned` (version) where the spec has them.
"""

from .access import PlatformPermissions
from .base import EntityModel, PlatformModel, RecordModel, TimeSeriesModel
from .hypertables import Hypertable
from .mixins import Authorship, CreatedAt, SoftDeletable, Timestamps, UpdatedAt, UUIDPrimaryKey, Versioned

__all__ = [
    "Authorship",
    "CreatedAt",
    "EntityModel",
    "Hypertable",
    "PlatformModel",
    "PlatformPermissions",
    "RecordModel",
    "SoftDeletable",
    "TimeSeriesModel",
    "Timestamps",
    "UUIDPrimaryKey",
    "UpdatedAt",
    "Versioned",
]
