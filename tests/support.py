"""Assertion helpers shared by the tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot


def canonical(snapshot: RoadmapSnapshot) -> dict[str, object]:
    """A snapshot with order taken out, for comparing a roadmap with one read from a file
    that lists records in its own order (a workbook sorts them for the reader)."""
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


def in_order(snapshot: RoadmapSnapshot) -> dict[str, object]:
    """The whole snapshot, order included (of records and of their lists of IDs): undo puts
    every row back exactly where it was, so 'the document equals what it was' compares this."""
    return {kind.value: tuple(snapshot.of(kind)) for kind in WRITE_ORDER}


def stored(path: Path) -> RoadmapSnapshot:
    """The roadmap a file holds, read through a read-only workspace of its own."""
    from roadmap.services.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        return workspace.queries.snapshot()
