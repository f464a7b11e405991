"""Time-series benchmark: ingest, list pages and aggregates, API against raw SQL, in one run.

    .venv/bin/python -m benchmarks.run                     # 10M-row hypertable, defaults
    .venv/bin/python -m benchmarks.run --rows 1000000 --ingest-rows 100000

What it does, against its own database (BENCH_DATABASE_URL, default .../airport_bench, created
and migrated if missing) and a real HTTP server (gunicorn, production settings, 1 worker):

1. ingest into `sustainability_metrics`, the same 10,000-row batches three ways, interleaved:
   raw psycopg COPY (tuples prepared in advance), the API's bulk endpoint (JSON array and
   NDJSON), and a naive `ModelSerializer(many=True)` + `bulk_create` endpoint;
2. fills `sustainability_metrics` up to --rows rows (server-side INSERT ... SELECT, kept for
   the next run), then times cursor pages of 100 rows against the same SELECT run with psycopg
   plus `json.dumps`, and the `aggregate` endpoint against its SQL run with psycopg.

Prints rows/s, latencies (median of many requests) and the ratios the targets are stated in.
Figures are recorded in docs/performance.md. Nothing here is a test: no assertions on time.
"""

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import psycopg

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/airport_bench"
TABLE = "sustainability_metrics"
API = "/api/v1/sustainability/sustainability-metrics/"
METRICS = ["energy_use", "water_use", "renewable_share", "carbon_intensity", "noise_level"]
UNITS = {"energy_use": "kWh", "water_use": "m3", "renewable_share": "%", "carbon_intensity": "gCO2/kWh"}
LOCATIONS = [f"{terminal} meter {n:02d}" for terminal in ("T1", "T2", "T3", "Apron") for n in range(10)]
# The big data set: one reading a minute from every (location, metric) pair, ending here.
DATA_END = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def setup_django(database_url: str):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def ensure_database(database_url: str):
    name = database_url.rsplit("/", 1)[1]
    server = database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory_kb / 1024**2, 1)}


# --- the HTTP server ------------------------------------------------------------------------


class Server:
    """gunicorn on a free loopback port, production settings, one sync worker."""

    def __init__(self, database_url: str):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "DJANGO_ENV": "production",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "THROTTLE_USER_RATE": "1000000/minute",
            "LOG_LEVEL": "WARNING",
            "STATIC_ROOT": str(ROOT / "staticfiles"),
        }
        (ROOT / "staticfiles").mkdir(exist_ok=True)  # whitenoise warns about a missing directory
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self.process = subprocess.Popen(
            [
                gunicorn,
                "airport_platform.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--timeout",
                "300",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, _ = self.request("GET", "/health/")
                if status in (200, 503):
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the benchmark server did not start")

    def connection(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def request(self, method, path, body=None, headers=None, conn=None):
        own = conn is None
        conn = conn or self.connection()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            if own:
                conn.close()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def api_token() -> str:
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    user, _ = get_user_model().objects.get_or_create(
        username="benchmark", defaults={"is_superuser": True, "is_staff": True}
    )
    token, _ = Token.objects.get_or_create(user=user)
    return token.key


# --- ingest ---------------------------------------------------------------------------------


def make_rows(count: int, start: dt.datetime) -> list[dict]:
    rng = random.Random(count)
    rows = []
    for i in range(count):
        metric = METRICS[i % 4]
        rows.append(
            {
                "timestamp": (start + dt.timedelta(seconds=i)).isoformat().replace("+00:00", "Z"),
                "metric_type": metric,
                "location": LOCATIONS[i % len(LOCATIONS)],
                "value": f"{rng.uniform(0, 5000):.3f}",
                "unit": UNITS[metric],
                "source": "bms-gateway-2",
                "trend": "stable",
            }
        )
    return rows


COPY_COLUMNS = [
    "id",
    "created_at",
    "timestamp",
    "metric_type",
    "location",
    "value",
    "unit",
    "source",
    "trend",
]


def raw_copy(conn, rows: list[dict]) -> float:
    now = dt.datetime.now(dt.UTC)
    tuples = [
        (
            uuid.uuid4(),
            now,
            r["timestamp"],
            r["metric_type"],
            r["location"],
            r["value"],
            r["unit"],
            r["source"],
            r["trend"],
        )
        for r in rows
    ]
    began = time.perf_counter()
    with conn.cursor() as cursor, cursor.copy(f"COPY {TABLE} ({', '.join(COPY_COLUMNS)}) FROM STDIN") as copy:
        for row in tuples:
            copy.write_row(row)
    conn.commit()
    return time.perf_counter() - began


def post(server, conn, path, body: bytes, token, content_type="application/json") -> float:
    began = time.perf_counter()
    status, payload = server.request(
        "POST",
        path,
        body=body,
        headers={"Authorization": f"Token {token}", "Content-Type": content_type},
        conn=conn,
    )
    elapsed = time.perf_counter() - began
    if status != 201:
        raise RuntimeError(f"POST {path}: {status} {payload[:500]!r}")
    return elapsed


def bench_ingest(server, token, database_url, total_rows: int, batch: int) -> dict:
    batches = max(1, total_rows // batch)
    start = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    timings = {"raw COPY (psycopg)": [], "API bulk, JSON array": [], "API bulk, NDJSON": [], "naive DRF": []}
    raw = psycopg.connect(database_url)
    http_conn = server.connection()
    naive_every = 4  # the naive endpoint is slow: one naive batch for every 4 rounds
    for index in range(batches):
        rows = make_rows(batch, start + dt.timedelta(hours=3 * index))
        array = json.dumps(rows).encode()
        ndjson = "\n".join(json.dumps(r) for r in rows).encode()
        timings["raw COPY (psycopg)"].append(raw_copy(raw, rows))
        timings["API bulk, JSON array"].append(post(server, http_conn, f"{API}bulk/", array, token))
        timings["API bulk, NDJSON"].append(
            post(server, http_conn, f"{API}bulk/", ndjson, token, "application/x-ndjson")
        )
        if index % naive_every == 0:
            timings["naive DRF"].append(post(server, http_conn, f"/bench/naive/{TABLE}/", array, token))
        print(f"  ingest round {index + 1}/{batches}", end="\r", flush=True)
    print()
    raw.close()
    http_conn.close()
    return {name: batch / statistics.median(values) for name, values in timings.items()}


# --- the big table --------------------------------------------------------------------------


def fill_table(database_url: str, target: int):
    per_minute = len(LOCATIONS) * len(METRICS)
    with psycopg.connect(database_url, autocommit=True) as conn:
        have = conn.execute(
            "SELECT count(*) FROM sustainability_metrics WHERE timestamp < %s", [DATA_END]
        ).fetchone()[0]
        if have >= target:
            print(f"  {TABLE}: {have:,} rows before {DATA_END:%Y-%m-%d} already there")
            return have
        minutes = -(-(target - have) // per_minute)
        end = DATA_END - dt.timedelta(minutes=have // per_minute)
        print(
            f"  {TABLE}: {have:,} rows; adding {minutes * per_minute:,} (one a minute from {per_minute} meters)"
        )
        step = 24 * 60  # one day per statement
        done = 0
        while done < minutes:
            span = min(step, minutes - done)
            last = end - dt.timedelta(minutes=done)
            conn.execute(
                """
                INSERT INTO sustainability_metrics
                    (id, created_at, timestamp, metric_type, location, value, unit, source, trend)
                SELECT gen_random_uuid(), now(), t, m.metric, l.location,
                       round((random() * 5000)::numeric, 3), m.unit, 'bms-gateway-2', 'stable'
                FROM generate_series(%s::timestamptz - make_interval(mins => %s - 1), %s::timestamptz, '1 minute') t,
                     unnest(%s::text[], %s::text[]) AS m(metric, unit),
                     unnest(%s::text[]) AS l(location)
                """,
                [
                    last - dt.timedelta(minutes=1),
                    span,
                    last - dt.timedelta(minutes=1),
                    METRICS,
                    [UNITS.get(m, "dB") for m in METRICS],
                    LOCATIONS,
                ],
            )
            done += span
            print(f"  filled {done * per_minute:,} / {minutes * per_minute:,}", end="\r", flush=True)
        print()
        conn.execute("ANALYZE sustainability_metrics")
        return have + minutes * per_minute


def timed(fn, repeat: int) -> float:
    for _ in range(3):
        fn()
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def bench_reads(server, token, database_url, repeat: int) -> list[tuple[str, float, float]]:
    from airport_platform.timeseries import selectors
    from airport_platform.timeseries.series import Series
    from sustainability.models import SustainabilityMetric

    headers = {"Authorization": f"Token {token}"}
    conn = server.connection()
    raw = psycopg.connect(database_url, autocommit=True)
    columns = [f.column for f in SustainabilityMetric._meta.concrete_fields]
    select = f"SELECT {', '.join(columns)} FROM {TABLE}"

    def api(path):
        def call():
            status, body = server.request("GET", path, headers=headers, conn=conn)
            if status != 200:
                raise RuntimeError(f"GET {path}: {status} {body[:300]!r}")
            return body

        return call

    def sql(query, params):
        def call():
            with raw.cursor() as cursor:
                cursor.execute(query, params)
                names = [d.name for d in cursor.description]
                return json.dumps(
                    [dict(zip(names, row, strict=False)) for row in cursor.fetchall()], default=str
                )

        return call

    results = []
    day_start = DATA_END - dt.timedelta(days=3)
    day_end = day_start + dt.timedelta(days=1)
    iso = lambda moment: moment.isoformat().replace("+00:00", "Z")  # noqa: E731

    # 1. newest page of the whole table
    results.append(
        (
            "list: newest 100 rows",
            timed(api(f"{API}?page_size=100"), repeat),
            timed(sql(f"{select} ORDER BY timestamp DESC, id DESC LIMIT 101", []), repeat),
        )
    )
    # 2. a day of one meter, filtered by dimension and time
    query = {
        "page_size": 100,
        "metric_type": "energy_use",
        "location": LOCATIONS[3],
        "timestamp__gte": iso(day_start),
        "timestamp__lt": iso(day_end),
    }
    results.append(
        (
            "list: 1 meter, 1 day, first page",
            timed(api(f"{API}?{urlencode(query)}"), repeat),
            timed(
                sql(
                    f"{select} WHERE metric_type = %s AND location = %s AND timestamp >= %s AND timestamp < %s "
                    "ORDER BY timestamp DESC, id DESC LIMIT 101",
                    ["energy_use", LOCATIONS[3], day_start, day_end],
                ),
                repeat,
            ),
        )
    )
    # 3. a later page through the keyset cursor
    status, body = server.request("GET", f"{API}?{urlencode(query)}", headers=headers, conn=conn)
    next_url = json.loads(body)["next"]
    path = next_url[next_url.index("/api/") :]
    status, body = server.request("GET", path, headers=headers, conn=conn)
    last = json.loads(body)["results"][0]
    moment = dt.datetime.fromisoformat(last["timestamp"].replace("Z", "+00:00"))
    results.append(
        (
            "list: 1 meter, 1 day, cursor page 2",
            timed(api(path), repeat),
            timed(
                sql(
                    f"{select} WHERE metric_type = %s AND location = %s AND timestamp >= %s AND timestamp < %s "
                    "AND (timestamp, id) <= (%s, %s) ORDER BY timestamp DESC, id DESC LIMIT 101",
                    ["energy_use", LOCATIONS[3], day_start, day_end, moment, last["id"]],
                ),
                repeat,
            ),
        )
    )

    # 4. aggregates: hourly average per location, one metric, 7 days (~2M rows read)
    series = Series.of(SustainabilityMetric)
    week_start = DATA_END - dt.timedelta(days=7)
    for label, fill in (
        ("aggregate: 1h avg by location, 7 days", None),
        ("aggregate: same, gap-filled (locf)", "locf"),
    ):
        params = {
            "bucket": "1h",
            "agg": "avg",
            "group_by": "location",
            "metric_type": "energy_use",
            "start": iso(week_start),
            "end": iso(DATA_END),
        }
        if fill:
            params["fill"] = fill
        aggregate = selectors.Aggregate(
            series=series,
            bucket=dt.timedelta(hours=1),
            agg="avg",
            start=week_start,
            end=DATA_END,
            value="value",
            group_by=("location",),
            fill=fill,
        )
        query_sql, query_params = selectors.aggregate_sql(
            SustainabilityMetric.objects.filter(metric_type="energy_use"),
            aggregate,
            tsl=selectors._tsl("default"),
        )
        results.append(
            (
                label,
                timed(api(f"{API}aggregate/?{urlencode(params)}"), max(5, repeat // 10)),
                timed(sql(query_sql, query_params), max(5, repeat // 10)),
            )
        )
    conn.close()
    raw.close()
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows in the hypertable for reads")
    parser.add_argument("--ingest-rows", type=int, default=200_000, help="rows per ingest method")
    parser.add_argument("--batch", type=int, default=10_000, help="rows per bulk request")
    parser.add_argument("--repeat", type=int, default=100, help="requests per latency figure")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-reads", action="store_true")
    args = parser.parse_args(argv)

    ensure_database(args.database_url)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection

    from airport_platform.db.timescale import timescale_capabilities

    call_command("migrate", verbosity=0)
    token = api_token()
    caps = timescale_capabilities()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    info = machine()
    print(
        f"machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB; "
        f"PostgreSQL {pg_version}, TimescaleDB {caps.version} ({caps.license}); Python {platform.python_version()}"
    )

    server = Server(args.database_url)
    try:
        if not args.skip_ingest:
            print(f"\nIngest: {args.ingest_rows:,} rows per method, {args.batch:,}-row batches, into {TABLE}")
            rates = bench_ingest(server, token, args.database_url, args.ingest_rows, args.batch)
            raw_rate = rates["raw COPY (psycopg)"]
            naive_rate = rates["naive DRF"]
            print(f"  {'method':<24} {'rows/s':>10} {'vs raw COPY':>12} {'vs naive DRF':>13}")
            for name, rate in rates.items():
                print(f"  {name:<24} {rate:>10,.0f} {rate / raw_rate:>11.2f}x {rate / naive_rate:>12.1f}x")
        if not args.skip_reads:
            print(f"\nReads on {TABLE}:")
            total = fill_table(args.database_url, args.rows)
            print(f"  {total:,} rows; median of {args.repeat} requests (aggregates: fewer)")
            print(f"  {'query':<40} {'API ms':>9} {'raw SQL+JSON ms':>16} {'ratio':>7}")
            for label, api_s, sql_s in bench_reads(server, token, args.database_url, args.repeat):
                print(f"  {label:<40} {api_s * 1000:>9.2f} {sql_s * 1000:>16.2f} {api_s / sql_s:>6.2f}x")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
