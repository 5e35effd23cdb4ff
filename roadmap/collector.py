"""Big batches of work without Python's cyclic garbage collector getting in the way.

A merge of three copies of L holds five whole roadmaps at once (a few hundred thousand
objects), and every burst of allocations makes the collector scan all of them again: about a
fifth of the merge's time, for cycles that do not exist (entities and snapshots are frozen
values). So long batches run with the collector paused; reference counting still frees
everything as soon as nothing uses it, and the collector resumes afterwards.

Resuming is not free either: the first allocation after it runs a young-generation pass over
everything the batch left alive (loading L's timeline: 25,000 entities), and those objects
are scanned twice more on their way to the oldest generation. A batch that leaves many objects
behind hands them straight to the oldest generation instead (`gc.freeze()` then
`gc.unfreeze()`: two list splices), where only the rare full collection looks at them. Cycles
among them are still found, by that full collection. Not while something is frozen (the app
freezes an open roadmap through `freeze`, `ui/loading.py`): unfreezing would let go of that
too. Whether it is, is remembered here: `gc.get_freeze_count()` walks the whole frozen list,
10-20 ms with L open, and the window asked it after every big write it recorded.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# New objects left by a batch above which they go to the oldest generation: ten young passes'
# worth (the default young threshold is 700), so small reads keep the usual course.
_MANY = 7000
_frozen = False  # whether `freeze` holds objects out of the collector's scans


def freeze() -> None:
    """Keep everything alive now out of the collector's scans (see ui/loading.py)."""
    global _frozen
    gc.freeze()
    _frozen = True


def unfreeze() -> None:
    """Let the collector see what `freeze` kept out again."""
    global _frozen
    gc.unfreeze()
    _frozen = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic collector off, then turn it back on as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if gc.get_count()[0] > _MANY and not _frozen:
                gc.freeze()  # every generation into the permanent one, young count 0 …
                gc.unfreeze()  # … and all of it into the oldest generation
            gc.enable()
