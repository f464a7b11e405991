"""No tables of its own: the app works on the domain apps' hypertables.

The rollups and cross-domain views it creates are database views (see `rollups.py`,
`views.py` and the migrations), read through `selectors.py`. The module exists so that
`post_migrate` is sent for this app (Django skips apps without a models module).
"""
