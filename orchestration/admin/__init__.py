"""Orchestration tables in the admin: declarations only (behaviour: airport_platform/admin/).

- `decisions`: the operator's console (decisions with their plan, approvals and dependencies,
  approve / reject, the pending-approvals queue), actions and approvals;
- `dependencies`: the decision and action dependency graphs (edges added through the
  cycle-checking services);
- `modes`: operating modes (activated through the service), system state and events.

What other apps show on these pages (collaboration's AI explanations of a decision) they
register as related panels (airport_platform/admin/panels.py) at their `ready()`: orchestration
imports none of them.
"""

from . import decisions, dependencies, modes

__all__ = ["decisions", "dependencies", "modes"]
