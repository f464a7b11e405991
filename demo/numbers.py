"""Numbers as the demo and the test factories write them: exact decimals and seeded UUIDs.

No factory-boy here: the caller passes its own random generator (the demo day's stream, or
`factory.random.randgen` in the factories), which keeps both reproducible from one seed.
"""

import random
import uuid
from decimal import Decimal


def dec(value: float, places: int) -> Decimal:
    """An exact decimal with `places` digits after the point (what NUMERIC(p, places) stores)."""
    return Decimal(f"{value:.{places}f}")


def random_uuid(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from `rng` (so a seeded generator gives the same ids)."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)
