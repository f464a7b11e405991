"""Change history of every entity table, recorded by database triggers (django-pghistory).

See docs/history.md.
"""
