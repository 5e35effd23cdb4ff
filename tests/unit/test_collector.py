"""The collector pause: a big batch's objects go to the oldest generation, nothing is lost."""

from __future__ import annotations

import gc
import weakref

import pytest

from roadmap.collector import collector_paused, freeze, unfreeze


class Marker:
    """A GC-tracked object that can refer to itself (a cycle) and be watched with a weakref."""

    def __init__(self) -> None:
        self.me: object = None


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation))


def test_a_big_batch_leaves_its_objects_in_the_oldest_generation_and_the_collector_on() -> None:
    with collector_paused():
        assert not gc.isenabled()
        batch = [Marker() for _ in range(20_000)]  # like the entities of a loaded table
    assert gc.isenabled()
    # Without the hand-over they would sit in the young generation until its next pass.
    assert _in_generation(batch[-1], 2)
    assert gc.get_count()[0] < 1000


def test_a_cycle_made_in_a_big_batch_is_still_collected() -> None:
    with collector_paused():
        batch = [Marker() for _ in range(20_000)]
        looped = Marker()
        looped.me = looped
        watch = weakref.ref(looped)
    del looped, batch
    assert watch() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert watch() is None


def test_a_small_batch_keeps_the_usual_course() -> None:
    gc.collect()
    with collector_paused():
        small = [Marker() for _ in range(100)]
    assert not _in_generation(small[-1], 2)


def test_what_the_app_froze_stays_frozen() -> None:
    freeze()  # as the app freezes an open roadmap (ui/loading.py)
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            batch = [Marker() for _ in range(20_000)]
        assert gc.get_freeze_count() >= frozen
        assert not _in_generation(batch[-1], 2)
    finally:
        unfreeze()
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_collector_off() -> None:
    with collector_paused():
        with collector_paused():
            batch = [Marker() for _ in range(20_000)]
        assert not gc.isenabled()
        assert not _in_generation(batch[-1], 2)
    assert gc.isenabled()


def test_a_pause_never_counts_the_frozen_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """`gc.get_freeze_count()` walks every frozen object (10-20 ms with L open): a pause
    after a big write on the window's thread knows from `freeze` whether anything is."""

    def counting() -> int:
        raise AssertionError("counted every frozen object")

    freeze()
    try:
        monkeypatch.setattr(gc, "get_freeze_count", counting)
        with collector_paused():
            batch = [Marker() for _ in range(20_000)]
        monkeypatch.undo()
        assert not _in_generation(batch[-1], 2)  # what the app froze was not let go of
    finally:
        unfreeze()
