"""Benchmarks of the time-series paths (scripts that print figures; never run by the test suite)."""
