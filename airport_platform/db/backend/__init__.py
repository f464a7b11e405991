"""Database engine: django-timescaledb's PostGIS engine, validating the environment first.

`prepare_database()` runs before migrations and before the test database is set up, and it is
where PostGIS/TimescaleDB would try `CREATE EXTENSION`; checking there first turns a bare
"could not open extension control file" into a message that says what to install.
"""
