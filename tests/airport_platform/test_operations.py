"""Reusable migration operations and environment validation, on the real database."""

import pytest
from django.db import connection, migrations
from django.db.migrations.state import ProjectState

from airport_platform.db.environment import DatabaseEnvironmentError, validate_environment
from airport_platform.db.operations import CreateHypertable, DatabaseOnDelete, ValidateEnvironment

pytestmark = pytest.mark.django_db


def fetch(query, params=()):
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def run(operation, backwards=False):
    state = ProjectState()
    with connection.schema_editor(atomic=False) as editor:
        if backwards:
            operation.database_backwards("tests", editor, state, state)
        else:
            operation.database_forwards("tests", editor, state, state)


@pytest.fixture
def readings_table():
    """A plain table shaped like the platform's (UUID pk, time column, index, trigger, FK)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            CREATE TABLE op_sites (id uuid PRIMARY KEY);
            CREATE TABLE op_readings (
                id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                "timestamp" timestamptz NOT NULL,
                site_id uuid REFERENCES op_sites(id),
                value numeric(10, 2) NOT NULL CONSTRAINT op_readings_value_range CHECK (value >= 0),
                note text
            );
            CREATE INDEX idx_op_readings_site ON op_readings(site_id);
            CREATE FUNCTION op_touch() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN NEW.note := 'touched'; RETURN NEW; END $$;
            CREATE TRIGGER op_readings_touch BEFORE UPDATE ON op_readings
                FOR EACH ROW EXECUTE FUNCTION op_touch();
            INSERT INTO op_sites VALUES ('00000000-0000-0000-0000-000000000001');
            INSERT INTO op_readings ("timestamp", site_id, value)
                SELECT now() - g * interval '6 hours', '00000000-0000-0000-0000-000000000001', g
                FROM generate_series(1, 40) g;
            """
        )
    return "op_readings"


def primary_key_columns(table):
    return [
        row[0]
        for row in fetch(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)",
            [table],
        )
    ]


def is_hypertable(table):
    return bool(
        fetch("SELECT 1 FROM timescaledb_information.hypertables WHERE hypertable_name = %s", [table])
    )


class TestCreateHypertable:
    operation = CreateHypertable("op_readings", time_column="timestamp", chunk_interval="1 day")

    def test_forward_partitions_on_time_with_a_widened_primary_key(self, readings_table):
        run(self.operation)
        assert is_hypertable("op_readings")
        assert primary_key_columns("op_readings") == ["id", "timestamp"]
        chunks = fetch("SELECT count(*) FROM show_chunks('op_readings')")[0][0]
        assert chunks >= 10  # 40 readings 6 h apart, migrated into daily chunks
        assert fetch("SELECT count(*) FROM op_readings")[0][0] == 40
        interval = fetch(
            "SELECT time_interval FROM timescaledb_information.dimensions WHERE hypertable_name = 'op_readings'"
        )[0][0]
        assert interval.days == 1

    def test_backward_restores_a_plain_table_with_everything_on_it(self, readings_table):
        run(self.operation)
        run(self.operation, backwards=True)
        assert not is_hypertable("op_readings")
        assert primary_key_columns("op_readings") == ["id"]
        assert fetch("SELECT count(*), sum(value) FROM op_readings")[0] == (40, 820)
        index_names = {
            row[0] for row in fetch("SELECT indexname FROM pg_indexes WHERE tablename = 'op_readings'")
        }
        assert index_names == {"op_readings_pkey", "idx_op_readings_site"}
        constraints = {
            row[0]
            for row in fetch(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'op_readings'::regclass AND contype IN ('c', 'f')"
            )
        }
        assert "op_readings_value_range" in constraints
        assert any(name.endswith("_fkey") for name in constraints)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE op_readings SET value = value + 1 RETURNING note")
            assert {row[0] for row in cursor.fetchall()} == {"touched"}  # trigger recreated
        # And forward again works: the round trip is repeatable.
        run(self.operation)
        assert is_hypertable("op_readings")

    def test_deconstructs_for_migration_files(self):
        assert self.operation.deconstruct() == (
            "CreateHypertable",
            ["op_readings"],
            {"time_column": "timestamp", "chunk_interval": "1 day"},
        )


class TestDatabaseOnDelete:
    def test_cascade_is_enforced_by_the_database_and_reversible(self, readings_table):
        operation = DatabaseOnDelete("op_readings", "site_id", on_delete="CASCADE")
        run(operation)
        rule = fetch(
            "SELECT confdeltype FROM pg_constraint WHERE conrelid = 'op_readings'::regclass AND contype='f'"
        )
        assert rule == [("c",)]
        with connection.cursor() as cursor:
            cursor.execute("SAVEPOINT before_delete")
            cursor.execute("DELETE FROM op_sites")
            assert fetch("SELECT count(*) FROM op_readings")[0][0] == 0
            cursor.execute("ROLLBACK TO SAVEPOINT before_delete")
        run(operation, backwards=True)
        rule = fetch(
            "SELECT confdeltype FROM pg_constraint WHERE conrelid = 'op_readings'::regclass AND contype='f'"
        )
        assert rule == [("a",)]  # NO ACTION

    def test_unknown_foreign_key_is_reported(self, readings_table):
        with pytest.raises(ValueError, match="no foreign key constraint on op_readings.note"):
            run(DatabaseOnDelete("op_readings", "note"))

    def test_spec_cascades_exist_in_the_migrated_schema(self):
        # actions.decision_id REFERENCES decisions(id) ON DELETE CASCADE (spec 4.1.3)
        rule = fetch(
            "SELECT confdeltype FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
            "AND a.attnum = c.conkey[1] WHERE c.conrelid = 'actions'::regclass AND a.attname = 'decision_id'"
        )
        assert rule == [("c",)]


class TestEnvironmentValidation:
    def test_the_real_environment_passes(self):
        validate_environment(connection)
        run(ValidateEnvironment())

    def test_missing_extension_is_named_with_how_to_install_it(self):
        with pytest.raises(DatabaseEnvironmentError) as error:
            validate_environment(
                connection, extensions={"h3_postgis": "apt-get install postgresql-{major}-h3"}
            )
        message = str(error.value)
        assert "the 'h3_postgis' extension is not available" in message
        assert "apt-get install postgresql-15-h3" in message
        assert "Traceback" not in message

    def test_too_old_server_is_reported(self):
        with pytest.raises(
            DatabaseEnvironmentError, match=r"PostgreSQL 99 or higher is required, the server runs 15"
        ):
            validate_environment(connection, min_server_version=990000)

    def test_migration_operation_stops_with_the_same_message(self):
        with pytest.raises(DatabaseEnvironmentError, match="'no_such_extension' extension is not available"):
            run(ValidateEnvironment(extensions=("timescaledb", "no_such_extension")))

    def test_operation_is_a_migration_operation(self):
        assert isinstance(ValidateEnvironment(), migrations.operations.base.Operation)
