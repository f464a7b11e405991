"""What the platform needs from PostgreSQL (spec section 5.2, "Validation Checks")."""

from django.core.exceptions import ImproperlyConfigured

MIN_SERVER_VERSION = 130000  # PostgreSQL 13

# extension -> how to get it (formatted with the server's major version)
REQUIRED_EXTENSIONS = {
    "timescaledb": (
        "install TimescaleDB for PostgreSQL {major} (`scripts/bootstrap` installs the "
        "postgresql-{major}-timescaledb package or builds it from source), then set "
        "shared_preload_libraries = 'timescaledb' and restart PostgreSQL"
    ),
    "postgis": "install PostGIS for PostgreSQL {major}: apt-get install postgresql-{major}-postgis-3 "
    "(`scripts/bootstrap` does this)",
}

# Extensions that only work when preloaded by the server.
PRELOADED_EXTENSIONS = {"timescaledb"}


class DatabaseEnvironmentError(ImproperlyConfigured):
    """The database server lacks something the platform requires; the message says what."""


def environment_problems(connection, *, min_server_version=MIN_SERVER_VERSION, extensions=None) -> list[str]:
    extensions = REQUIRED_EXTENSIONS if extensions is None else extensions
    problems = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('server_version_num')::int, current_setting('server_version'), "
            "current_setting('shared_preload_libraries')"
        )
        version_num, version, preload = cursor.fetchone()
        cursor.execute("SELECT name FROM pg_available_extensions WHERE name = ANY(%s)", [list(extensions)])
        available = {row[0] for row in cursor.fetchall()}
    major = version_num // 10000
    if version_num < min_server_version:
        problems.append(
            f"PostgreSQL {min_server_version // 10000} or higher is required, the server runs {version}"
        )
    for name, how in extensions.items():
        if name not in available:
            problems.append(f"the '{name}' extension is not available: {how.format(major=major)}")
        elif name in PRELOADED_EXTENSIONS and name not in [p.strip() for p in preload.split(",")]:
            problems.append(
                f"the '{name}' extension is installed but not preloaded: set "
                f"shared_preload_libraries = '{name}' in postgresql.conf and restart PostgreSQL"
            )
    return problems


def validate_environment(connection, **requirements) -> None:
    problems = environment_problems(connection, **requirements)
    if problems:
        raise DatabaseEnvironmentError(
            "The database environment is not ready for the airport platform:\n  - " + "\n  - ".join(problems)
        )
