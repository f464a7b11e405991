"""TimescaleDB capability probe: which version runs, and under which license.

The Apache-licensed build (community packages, source builds with APACHE_ONLY) lacks the TSL
features: compression/columnstore, continuous aggregates, retention policies and
`time_bucket_gapfill`. Code asks `timescale_capabilities()` and falls back when `tsl` is False.
"""

from dataclasses import dataclass

from django.db import connections


@dataclass(frozen=True)
class TimescaleCapabilities:
    installed: bool
    version: str | None
    license: str | None  # "apache" or "timescale"

    @property
    def tsl(self) -> bool:
        """True when the Timescale License features are available."""
        return self.installed and self.license == "timescale"


def timescale_capabilities(using: str = "default") -> TimescaleCapabilities:
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'), "
            "current_setting('timescaledb.license', true)"
        )
        version, license_ = cursor.fetchone()
    return TimescaleCapabilities(installed=version is not None, version=version, license=license_ or None)
