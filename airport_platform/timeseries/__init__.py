"""Time series at scale: fast ingest, aggregates, data lifecycle and rollups for the hypertables."""
