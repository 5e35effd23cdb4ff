"""Assertion helpers shared by the tests."""

from __future__ import annotations

import dataclasses

from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot


def canonical(snapshot: RoadmapSnapshot) -> dict[str, object]:
    """A snapshot with order taken out, for 'the document equals what it was' assertions.

    Undo re-inserts deleted rows, which may then load in another order; the content must be
    identical all the same.
    """
    result: dict[str, object] = {}
    for kind in WRITE_ORDER:
        items = []
        for entity in snapshot.of(kind):
            links = {
                f.name: tuple(sorted(getattr(entity, f.name)))
                for f in dataclasses.fields(entity)
                if isinstance(getattr(entity, f.name), tuple)
            }
            items.append(dataclasses.replace(entity, **links))
        result[kind.value] = sorted(items, key=lambda e: e.id)
    return result
