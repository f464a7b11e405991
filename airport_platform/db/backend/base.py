from timescale.db.backends.postgis.base import DatabaseWrapper as TimescalePostGISDatabaseWrapper

from airport_platform.db.environment import validate_environment


class DatabaseWrapper(TimescalePostGISDatabaseWrapper):
    def prepare_database(self):
        validate_environment(self)
        super().prepare_database()
