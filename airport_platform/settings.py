"""Settings for the Autonomous Airport Platform.

Everything that differs between a laptop and production comes from the environment:
DATABASE_URL, REDIS_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, DJANGO_ENV. Development defaults
run locally as-is; production (DJANGO_ENV=production or DEBUG=0) refuses the development
secret key and turns on every protection `manage.py check --deploy` looks for.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
DEBUG = env.bool("DEBUG", default=DJANGO_ENV != "production")
PRODUCTION = DJANGO_ENV == "production" or not DEBUG

SECRET_KEY = env.str("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
if PRODUCTION and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a unique, secret value in production "
        "(DJANGO_ENV=production or DEBUG=0); the development key is refused."
    )

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS",
    default=[] if PRODUCTION else ["localhost", "127.0.0.1", "[::1]", "testserver", "0.0.0.0"],
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DOMAIN_APPS = [
    "orchestration",
    "passenger",
    "sustainability",
    "twin",
    "collaboration",
    "crisis",
    "learning",
    "governance",
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.gis",
    "pgtrigger",
    "pghistory",
    "rest_framework",
    "rest_framework.authtoken",
    "rest_framework_gis",
    "django_filters",
    "drf_spectacular",
    "airport_platform",
    *DOMAIN_APPS,
    # Change history and real-time events (docs/history.md, docs/events.md): after the
    # domain apps, whose models they track and publish.
    "airport_platform.history",
    "airport_platform.events",
    "airport_platform.timeseries",
    # Background jobs (docs/operations.md): schedules in the database, job runs for /health/.
    "django_celery_beat",
    "airport_platform.tasks",
]
if not PRODUCTION:
    # Demo data (`manage.py seed_demo`): development and tests only. It is built with the test
    # factories (factory-boy is a dev dependency), so production neither installs nor ships it.
    # Right after the domain apps it seeds; it has no models, so it never becomes the last app
    # that sends post_migrate.
    INSTALLED_APPS.insert(INSTALLED_APPS.index(DOMAIN_APPS[-1]) + 1, "demo")

MIDDLEWARE = [
    # X-Request-ID on every response, in log lines, history and events (docs/history.md).
    "airport_platform.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who/through what/request id attached to every change the request makes.
    "airport_platform.history.context.HistoryContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "airport_platform.urls"
WSGI_APPLICATION = "airport_platform.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "airport_platform" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database: PostgreSQL with TimescaleDB and PostGIS -------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/airport"),
}
# django-timescaledb's PostGIS engine, wrapped so a missing extension is reported as a clear
# environment error before anything tries to create it (see airport_platform/db/backend).
DATABASES["default"]["ENGINE"] = "airport_platform.db.backend"
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DB_CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# One transaction per request: a failed request leaves nothing half-written.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"].setdefault("TEST", {})["NAME"] = env.str(
    "TEST_DATABASE_NAME", default=f"test_{DATABASES['default']['NAME']}"
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: cache and real-time events ------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="airport"),
        "TIMEOUT": 300,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
            # The platform keeps working, only slower, while Redis is down.
            "IGNORE_EXCEPTIONS": True,
        },
    }
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Streams and channels of the real-time events (docs/events.md). Use another database number
# than the cache's in production, so that flushing the cache never drops a stream.
EVENTS_REDIS_URL = env.str("EVENTS_REDIS_URL", default=REDIS_URL)
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Background jobs: Celery workers, beat (docs/operations.md) -----------------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = "airport-jobs"
CELERY_TASK_IGNORE_RESULT = True  # outcomes are kept in periodic_job_runs, not a result backend
CELERY_RESULT_EXPIRES = None  # no result backend: no `celery.backend_cleanup` job either
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # a worker takes one job at a time: the others stay free
CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # the LOGGING below formats worker lines too
CELERY_WORKER_REDIRECT_STDOUTS = False  # tracebacks stay whole on stderr
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_MAX_LOOP_INTERVAL = 5  # seconds: schedule edits in the admin apply within this
CELERY_BEAT_SYNC_EVERY = 1  # record each send (last_run_at) at once: the beat health check reads it
CELERY_TIMEZONE = "UTC"

# --- Auth, i18n, static ---------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- REST API -------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "airport_platform.api.schema.PlatformAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Services authenticate with tokens; operators' browser sessions work for the browsable API.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["airport_platform.api.permissions.PlatformModelPermissions"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("THROTTLE_ANON_RATE", default="60/minute"),
        "user": env.str("THROTTLE_USER_RATE", default="3000/minute"),
    },
    "EXCEPTION_HANDLER": "airport_platform.api.exceptions.exception_handler",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
# Largest JSON array accepted by a bulk create on an entity resource.
API_BULK_MAX_ITEMS = env.int("API_BULK_MAX_ITEMS", default=1000)

# --- Time series (airport_platform.timeseries, docs/timeseries.md) --------------------------
# Largest batch a hypertable's bulk endpoint accepts (JSON array or NDJSON), written by COPY.
TIMESERIES_BULK_MAX_ROWS = env.int("TIMESERIES_BULK_MAX_ROWS", default=10_000)
# Most buckets one `aggregate` request may produce (bounds start/end for a given bucket).
TIMESERIES_AGGREGATE_MAX_BUCKETS = env.int("TIMESERIES_AGGREGATE_MAX_BUCKETS", default=10_000)
# How long each hypertable keeps its rows (chunks entirely older are dropped: a retention
# policy with the TSL license, `manage.py prune_timeseries` on the Apache build). None: forever.
TIMESERIES_RETENTION = {
    "system_states": "90 days",
    "orchestration_events": "365 days",
    "journey_touchpoints": "400 days",
    "experience_metrics": "3 years",
    "sustainability_metrics": "3 years",
    "resource_consumption": "5 years",
    "carbon_accounting": None,  # regulatory reporting: kept
    "simulation_states": "180 days",
    "prediction_accuracy": "2 years",
    "learning_metrics": None,
    "fairness_metrics": None,  # governance evidence: kept
}
# Chunks older than this are compressed (columnstore) where the TSL license allows it.
TIMESERIES_COMPRESS_AFTER = {
    "system_states": "7 days",
    "orchestration_events": "7 days",
    "journey_touchpoints": "7 days",
    "experience_metrics": "30 days",
    "sustainability_metrics": "7 days",
    "resource_consumption": "7 days",
    "simulation_states": "14 days",
    "prediction_accuracy": "30 days",
}
# Cold storage: chunks exported before they are dropped (one compressed file per chunk).
TIMESERIES_ARCHIVE_DIR = env.path("TIMESERIES_ARCHIVE_DIR", default=BASE_DIR / "var" / "archive")
SPECTACULAR_SETTINGS = {
    "TITLE": "Autonomous Airport Platform API",
    "DESCRIPTION": "Orchestration, passenger experience, sustainability, predictive twin, "
    "human-AI collaboration, crisis management, learning transfer and governance.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

# --- System checks --------------------------------------------------------------------------
SILENCED_SYSTEM_CHECKS = [
    # Debian 12 ships GDAL 3.6, which Django 5.2 flags as unsupported (gis.W001). Everything
    # GeoDjango does here (points, distances, GiST lookups) works with it; production images
    # (timescaledb-ha) carry a newer GDAL.
    "gis.W001",
    # Index names are kept exactly as the spec writes them (PostgreSQL allows 63 characters);
    # Django's 30-character limit only exists for Oracle.
    "models.E034",
]

# --- Production hardening (what `check --deploy` asks for) ---------------------------------
if PRODUCTION:
    # Serves the admin's and the API docs' static files (collected into STATIC_ROOT) without
    # a separate web server; in development `runserver` serves them.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "airport_platform.middleware.RequestIdLogFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Password of the demo accounts `seed_demo` creates outside production (admin, operator, auditor).
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="airport-demo")

# Database role the application runs as (least privilege, see airport_platform/db/privileges.py).
APP_DATABASE_ROLE = env.str("APP_DATABASE_ROLE", default="app_user")
