"""Demo data: a coherent demo day at the airport, in all 37 tables (`manage.py seed_demo`).

Operations run in "Normal operations" except for a thunderstorm seven hours before the end of
the day, when "Irregular operations" is active, apron operations are suspended (a crisis with
its response, communications and resources around the incident) and a burst of decisions,
disrupted journeys and a twin what-if run follow. The last minutes hold live work: decisions
being executed, pending approvals that expire in the future, journeys in progress.

A development and test app only: installed outside production (settings.py), never imported by
runtime code, built with the test factories (`tests/<app>/factories.py`, factory-boy is a dev
dependency). `seed.py` lists the sections, one module per domain seeds its own; `geography.py`
(the demo airport's map, flights and gates) and `numbers.py` (exact decimals, seeded UUIDs) are
the shared vocabulary that the factories use too, without factory-boy.

This module stays empty: Django imports it while the app registry is still loading.
"""
