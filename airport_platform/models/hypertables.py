from dataclasses import dataclass


@dataclass(frozen=True)
class Hypertable:
    """How a `TimeSeriesModel` is partitioned: its time column and chunk interval.

    Declared once on the model (`hypertable = Hypertable(...)`); the migration's
    `CreateHypertable` freezes the same values, and a test checks the database agrees.
    """

    time_column: str
    chunk_interval: str
