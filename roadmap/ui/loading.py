"""Opening a big roadmap without Python's cyclic garbage collector getting in the way.

Opening the L roadmap allocates a few hundred thousand long-lived objects (steps, scene items,
arrows, tree nodes). Every burst of allocations makes the collector scan everything alive again:
a tenth of a second of the open, then a pause of tens of milliseconds during later edits
whenever a full collection comes round, and again when the program exits. So the collector
waits while a roadmap loads, and what was loaded is then frozen (`gc.freeze`: kept out of the
collector's scans). Frozen objects are still freed by reference counting as soon as nothing
uses them; closing the roadmap unfreezes everything, so cycles among its objects are collected
as usual from then on.
"""

from __future__ import annotations

from roadmap import collector
from roadmap.collector import collector_paused

__all__ = ["collector_paused", "freeze_loaded", "release_frozen"]


def freeze_loaded() -> None:
    """Keep everything alive now out of the collector's scans (a roadmap has been loaded)."""
    collector.freeze()


def release_frozen() -> None:
    """Let the collector see the frozen objects again (a roadmap was closed)."""
    collector.unfreeze()
