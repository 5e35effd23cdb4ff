"""Big batches of work without Python's cyclic garbage collector getting in the way.

A merge of three copies of L holds five whole roadmaps at once (a few hundred thousand
objects), and every burst of allocations makes the collector scan all of them again: about a
fifth of the merge's time, for cycles that do not exist (entities and snapshots are frozen
values). So long batches run with the collector paused; reference counting still frees
everything as soon as nothing uses it, and the collector resumes afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic collector off, then turn it back on as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
