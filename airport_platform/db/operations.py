"""Reusable, reversible migration operations for what Django cannot express itself.

ValidateEnvironment()                                    # spec 5.2 validation checks
CreateHypertable("system_states", time_column="timestamp", chunk_interval="1 day")
DatabaseOnDelete("actions", "decision_id", on_delete="CASCADE")
CreateModelIfMissing(name="DecisionEvent", fields=[...], options={...})  # adopts an existing table
"""

from django.db import migrations
from psycopg import sql

from .environment import MIN_SERVER_VERSION, REQUIRED_EXTENSIONS, validate_environment


def flush_deferred_sql(schema_editor):
    """Run the SQL Django defers to the end of a migration (FK constraints, indexes) now.

    Operations that alter those objects can then run in the same migration as the
    `CreateModel` that declared them.
    """
    for statement in schema_editor.deferred_sql:
        schema_editor.execute(statement)
    schema_editor.deferred_sql.clear()


def _fetch(schema_editor, query, params=()):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def _run(schema_editor, statement):
    """Execute a psycopg `sql.Composed` through the schema editor (so `sqlmigrate` logs it)."""
    with schema_editor.connection.cursor() as cursor:
        schema_editor.execute(statement.as_string(cursor.connection), params=None)


class ValidateEnvironment(migrations.operations.base.Operation):
    """Stop the migration with a clear message unless PostgreSQL and its extensions fit."""

    reversible = True
    reduces_to_sql = False

    def __init__(self, min_server_version=MIN_SERVER_VERSION, extensions=tuple(REQUIRED_EXTENSIONS)):
        self.min_server_version = min_server_version
        self.extensions = tuple(extensions)

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {
                "min_server_version": self.min_server_version,
                "extensions": self.extensions,
            },
        )

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        validate_environment(
            schema_editor.connection,
            min_server_version=self.min_server_version,
            extensions={name: REQUIRED_EXTENSIONS.get(name, "install it") for name in self.extensions},
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def describe(self):
        return f"Validate PostgreSQL >= {self.min_server_version // 10000} with {', '.join(self.extensions)}"


class CreateHypertable(migrations.operations.base.Operation):
    """Turn a table into a TimescaleDB hypertable partitioned on `time_column`.

    TimescaleDB rejects unique indexes that lack the partitioning column, so the primary key
    becomes (id, time_column); Django keeps using `id` as the model's primary key.

    Reverse: TimescaleDB cannot convert a hypertable back, so the rows are copied into a plain
    table of the same name, and its indexes, constraints, triggers and the foreign keys that
    point at it are recreated under their original names, with the primary key back on (id).
    """

    reversible = True
    reduces_to_sql = False

    def __init__(self, table, *, time_column, chunk_interval, pk_column="id"):
        self.table = table
        self.time_column = time_column
        self.chunk_interval = chunk_interval
        self.pk_column = pk_column

    def deconstruct(self):
        kwargs = {"time_column": self.time_column, "chunk_interval": self.chunk_interval}
        if self.pk_column != "id":
            kwargs["pk_column"] = self.pk_column
        return (self.__class__.__qualname__, [self.table], kwargs)

    def state_forwards(self, app_label, state):
        pass

    def describe(self):
        return f"Make {self.table} a hypertable on {self.time_column} ({self.chunk_interval} chunks)"

    @property
    def migration_name_fragment(self):
        return f"hypertable_{self.table}"

    def _primary_key_name(self, schema_editor):
        rows = _fetch(
            schema_editor,
            "SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p'",
            [self.table],
        )
        return rows[0][0] if rows else None

    def _set_primary_key(self, schema_editor, *columns):
        table = sql.Identifier(self.table)
        current = self._primary_key_name(schema_editor)
        if current:
            _run(
                schema_editor,
                sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(table, sql.Identifier(current)),
            )
        _run(
            schema_editor,
            sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                table, sql.Identifier(f"{self.table}_pkey"), sql.SQL(", ").join(map(sql.Identifier, columns))
            ),
        )

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._set_primary_key(schema_editor, self.pk_column, self.time_column)
        _run(
            schema_editor,
            sql.SQL(
                "SELECT create_hypertable({}::regclass, by_range({}, {}::interval), migrate_data => true)"
            ).format(
                sql.Literal(self.table), sql.Literal(self.time_column), sql.Literal(self.chunk_interval)
            ),
        )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        table = self.table
        # The default time index create_hypertable adds is not recreated on the plain table.
        default_time_index = f"{table}_{self.time_column}_idx"
        constraints = _fetch(
            schema_editor,
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %s::regclass AND contype IN ('c', 'f', 'u', 'x') ORDER BY conname",
            [table],
        )
        constraint_names = {name for name, _ in constraints}
        indexes = [
            definition
            for name, definition in _fetch(
                schema_editor,
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = %s ORDER BY indexname",
                [table],
            )
            if name not in constraint_names and name != default_time_index and name != f"{table}_pkey"
        ]
        triggers = [
            definition
            for (definition,) in _fetch(
                schema_editor,
                "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = %s::regclass "
                "AND NOT tgisinternal AND tgname <> 'ts_insert_blocker' ORDER BY tgname",
                [table],
            )
        ]
        referencing = _fetch(
            schema_editor,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE confrelid = %s::regclass AND contype = 'f' ORDER BY conname",
            [table],
        )
        old = f"{table}__hypertable"
        ident = sql.Identifier(table)
        _run(schema_editor, sql.SQL("ALTER TABLE {} RENAME TO {}").format(ident, sql.Identifier(old)))
        _run(
            schema_editor,
            sql.SQL(
                "CREATE TABLE {} (LIKE {} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY "
                "INCLUDING STORAGE INCLUDING COMMENTS)"
            ).format(ident, sql.Identifier(old)),
        )
        _run(schema_editor, sql.SQL("INSERT INTO {} SELECT * FROM {}").format(ident, sql.Identifier(old)))
        _run(schema_editor, sql.SQL("DROP TABLE {} CASCADE").format(sql.Identifier(old)))
        _run(
            schema_editor,
            sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
                ident, sql.Identifier(f"{table}_pkey"), sql.Identifier(self.pk_column)
            ),
        )
        for name, definition in constraints:
            _run(
                schema_editor,
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}").format(
                    ident, sql.Identifier(name), sql.SQL(definition)
                ),
            )
        for definition in indexes + triggers:
            _run(schema_editor, sql.SQL(definition))
        for other_table, name, definition in referencing:
            _run(
                schema_editor,
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}").format(
                    sql.SQL(other_table), sql.Identifier(name), sql.SQL(definition)
                ),
            )


class DatabaseOnDelete(migrations.operations.base.Operation):
    """Give a foreign key a database-level ON DELETE rule (Django 5.2 only emulates cascades).

    With `ON DELETE CASCADE` in the database, rows deleted by raw SQL or another service take
    their children with them, as the spec requires. The constraint keeps its name and
    deferrability. Reverse restores `NO ACTION`.

    Note: a later `AlterField` on this foreign key makes Django recreate the constraint without
    the rule; re-apply this operation after such a migration.
    """

    reversible = True
    reduces_to_sql = False
    RULES = ("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION")

    def __init__(self, table, column, *, on_delete="CASCADE"):
        if on_delete not in self.RULES:
            raise ValueError(f"on_delete must be one of {self.RULES}, not {on_delete!r}")
        self.table = table
        self.column = column
        self.on_delete = on_delete

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.table, self.column], {"on_delete": self.on_delete})

    def state_forwards(self, app_label, state):
        pass

    def describe(self):
        return f"ON DELETE {self.on_delete} on {self.table}.{self.column}"

    @property
    def migration_name_fragment(self):
        return f"on_delete_{self.table}_{self.column}"

    def _apply(self, schema_editor, rule):
        flush_deferred_sql(schema_editor)
        rows = _fetch(
            schema_editor,
            """
            SELECT c.conname, c.confrelid::regclass::text, rf.attname, c.condeferrable, c.condeferred
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_attribute rf ON rf.attrelid = c.confrelid AND rf.attnum = c.confkey[1]
            WHERE c.conrelid = %s::regclass AND c.contype = 'f' AND a.attname = %s
              AND array_length(c.conkey, 1) = 1
            """,
            [self.table, self.column],
        )
        if not rows:
            raise ValueError(f"no foreign key constraint on {self.table}.{self.column}")
        name, referenced_table, referenced_column, deferrable, deferred = rows[0]
        timing = ""
        if deferrable:
            timing = " DEFERRABLE INITIALLY DEFERRED" if deferred else " DEFERRABLE INITIALLY IMMEDIATE"
        _run(
            schema_editor,
            sql.SQL(
                "ALTER TABLE {table} DROP CONSTRAINT {name}, ADD CONSTRAINT {name} FOREIGN KEY ({column}) "
                "REFERENCES {ref_table} ({ref_column}) ON DELETE {rule}{timing}"
            ).format(
                table=sql.Identifier(self.table),
                name=sql.Identifier(name),
                column=sql.Identifier(self.column),
                ref_table=sql.SQL(referenced_table),
                ref_column=sql.Identifier(referenced_column),
                rule=sql.SQL(rule),
                timing=sql.SQL(timing),
            ),
        )

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._apply(schema_editor, self.on_delete)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        self._apply(schema_editor, "NO ACTION")


class CreateModelIfMissing(migrations.CreateModel):
    """`CreateModel` that adopts the table when it already exists, rows and all.

    For a model moving between apps under the same table name (the change history moved from
    the core into the domain apps): on a database that has the table it is taken over as is,
    provided it has exactly the model's columns (else the migration stops, naming the
    difference); on a fresh database it is created like any other. Reverse drops the table
    (its rows with it), as `CreateModel` does.
    """

    def describe(self):
        return f"Create model {self.name} (or adopt its existing table)"

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.name)
        table = model._meta.db_table
        existing = {
            column
            for (column,) in _fetch(
                schema_editor,
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s",
                [table],
            )
        }
        if not existing:
            super().database_forwards(app_label, schema_editor, from_state, to_state)
            return
        declared = {field.column for field in model._meta.local_concrete_fields}
        if existing != declared:
            raise ValueError(
                f"cannot adopt table {table}: columns missing {sorted(declared - existing)},"
                f" unexpected {sorted(existing - declared)}"
            )
