"""The migrated database matches the spec's own DDL (spec section 4), catalog against catalog.

The spec's CREATE TABLE / CREATE INDEX / create_hypertable statements are loaded into a scratch
database; both catalogs are then compared: columns (type, NOT NULL, default), indexes, foreign
keys (with their ON DELETE rule), UNIQUE constraints, primary keys and hypertables.

The only adaptation of the spec's DDL is the one TimescaleDB forces: before each
`create_hypertable`, the table's primary key is widened to (id, time column), as the platform
does. Differences the platform makes on purpose, and nothing else, are tolerated:

- extra columns from the foundation mixins (`deleted_at`, `created_by`, `updated_by`) and the
  PostGIS point columns (geometry(Point,4326));
- `id` has a `gen_random_uuid()` default so plain SQL inserts work;
- extra indexes and constraints (vocabulary CHECKs, partial uniques, GiST indexes);
- foreign keys are DEFERRABLE INITIALLY DEFERRED (Django's convention); the rule is compared.
"""

import re
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

SPEC = Path(settings.BASE_DIR) / "docs" / "spec" / "phase5_database_schema.md"
MIXIN_COLUMNS = {"deleted_at", "created_by", "updated_by"}
GEOMETRY_TYPE = "geometry(Point,4326)"

pytestmark = pytest.mark.django_db


def spec_statements() -> list[str]:
    text = SPEC.read_text()
    section = text[
        text.index("## 4. Core Schema Components") : text.index("## 5. Database Migration Approach")
    ]
    sql = "\n".join(re.findall(r"```sql\n(.*?)```", section, re.S))
    sql = re.sub(r"--[^\n]*", "", sql)
    return [statement.strip() for statement in sql.split(";") if statement.strip()]


def spec_tables() -> list[str]:
    return [
        re.match(r"CREATE TABLE (\w+)", s).group(1) for s in spec_statements() if s.startswith("CREATE TABLE")
    ]


def load_spec(cursor):
    for statement in spec_statements():
        hypertable = re.match(r"SELECT create_hypertable\('(\w+)', '(\w+)'\)", statement)
        if hypertable:
            table, column = hypertable.groups()
            cursor.execute(
                f'ALTER TABLE {table} DROP CONSTRAINT {table}_pkey, ADD PRIMARY KEY (id, "{column}")'
            )
        cursor.execute(statement)


CATALOG_QUERIES = {
    "columns": """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relname = ANY(%(tables)s) AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "indexes": r"""
        SELECT t.relname,
               regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX \S+ ON \S+ ', '\1')
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname = ANY(%(tables)s)
    """,
    "constraints": """
        SELECT cl.relname, c.contype,
               (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(num, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num),
               rc.relname,
               (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(num, ord)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num),
               c.confdeltype
        FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace
        LEFT JOIN pg_class rc ON rc.oid = c.confrelid
        WHERE n.nspname = 'public' AND cl.relname = ANY(%(tables)s) AND c.contype IN ('p', 'u', 'f')
    """,
    "hypertables": """
        SELECT hypertable_name, column_name FROM timescaledb_information.dimensions
        WHERE hypertable_schema = 'public' AND hypertable_name = ANY(%(tables)s)
    """,
}


def read_catalog(cursor, tables):
    catalog = {}
    for name, query in CATALOG_QUERIES.items():
        cursor.execute(query, {"tables": tables})
        catalog[name] = cursor.fetchall()
    columns = {
        (table, column): (type_, notnull, default)
        for table, column, type_, notnull, default in catalog["columns"]
    }
    indexes = {(table, definition) for table, definition in catalog["indexes"]}
    constraints = {
        (table, kind, tuple(cols), ref, tuple(ref_cols or ()), rule)
        for table, kind, cols, ref, ref_cols, rule in catalog["constraints"]
    }
    hypertables = set(catalog["hypertables"])
    return columns, indexes, constraints, hypertables


@pytest.fixture(scope="module")
def spec_catalog(django_db_blocker):
    params = connection.get_connection_params()
    admin = {k: v for k, v in params.items() if k in {"host", "port", "user", "password"}}
    scratch = f"{connection.settings_dict['NAME']}_spec"
    with django_db_blocker.unblock():
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
            server.execute(f'CREATE DATABASE "{scratch}"')
        try:
            with (
                psycopg.connect(dbname=scratch, autocommit=True, **admin) as spec_db,
                spec_db.cursor() as cursor,
            ):
                cursor.execute("CREATE EXTENSION timescaledb")
                load_spec(cursor)
                yield read_catalog(cursor, spec_tables())
        finally:
            with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
                server.execute(f'DROP DATABASE IF EXISTS "{scratch}"')


@pytest.fixture
def migrated_catalog():
    with connection.cursor() as cursor:
        return read_catalog(cursor.cursor, spec_tables())


def test_the_spec_defines_37_tables_and_11_hypertables(spec_catalog):
    assert len(spec_tables()) == 37
    assert len(spec_catalog[3]) == 11


def test_columns_match_the_spec(spec_catalog, migrated_catalog):
    spec_columns, migrated_columns = spec_catalog[0], migrated_catalog[0]
    differences = []
    for (table, column), expected in sorted(spec_columns.items()):
        actual = migrated_columns.get((table, column))
        if actual is None:
            differences.append(f"{table}.{column}: missing")
            continue
        if table and column == "id" and actual[2] == "gen_random_uuid()" and expected[2] is None:
            actual = (actual[0], actual[1], None)
        if actual != expected:
            differences.append(
                f"{table}.{column}: spec (type, not null, default) {expected}, migrated {actual}"
            )
    for (table, column), (type_, _, _) in sorted(migrated_columns.items()):
        if (table, column) not in spec_columns and column not in MIXIN_COLUMNS and type_ != GEOMETRY_TYPE:
            differences.append(f"{table}.{column}: not in the spec and not a mixin or PostGIS column")
    assert differences == []


def test_every_spec_index_exists(spec_catalog, migrated_catalog):
    assert sorted(spec_catalog[1] - migrated_catalog[1]) == []


def test_foreign_keys_unique_constraints_and_primary_keys_match(spec_catalog, migrated_catalog):
    spec_constraints, migrated_constraints = spec_catalog[2], migrated_catalog[2]
    assert sorted(spec_constraints - migrated_constraints) == [], (
        "missing or different in the migrated schema"
    )
    extra_keys = {c for c in migrated_constraints - spec_constraints if c[1] in ("p", "f")}
    assert sorted(extra_keys) == [], "foreign or primary keys the spec does not have"


def test_hypertables_partition_on_the_spec_time_columns(spec_catalog, migrated_catalog):
    assert migrated_catalog[3] == spec_catalog[3]
    assert ("simulation_states", "simulation_time") in migrated_catalog[3]
    assert ("prediction_accuracy", "prediction_timestamp") in migrated_catalog[3]


def test_models_declare_the_hypertables_the_database_has(migrated_catalog):
    from django.apps import apps

    declared = {
        (model._meta.db_table, model.hypertable.time_column)
        for model in apps.get_models()
        if getattr(model, "is_hypertable", lambda: False)()
    }
    assert declared == migrated_catalog[3]
