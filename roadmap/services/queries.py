"""The read side: frozen read models, each loaded in a fixed number of statements.

No query returns a live database object and none issues a statement per row, so the cost of
reading a roadmap grows with its rows, not with round trips.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from roadmap.domain.entities import Entity, EntityKind, RoadmapInfo
from roadmap.domain.errors import NotFoundError
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot, Timeline
from roadmap.store.document import Document
from roadmap.store.lineage import LineageRow, load_lineage
from roadmap.store.rows import count, load_all, load_one

E = TypeVar("E", bound=Entity)

_TIMELINE_KINDS = (
    EntityKind.LANE,
    EntityKind.PROBLEM,
    EntityKind.PATHWAY,
    EntityKind.STEP,
    EntityKind.DEPENDENCY,
)


class Queries:
    def __init__(self, document: Document) -> None:
        self._document = document

    def info(self) -> RoadmapInfo:
        with self._document.reading() as conn:
            (info,) = load_all(conn, EntityKind.ROADMAP)
        return cast(RoadmapInfo, info)

    def counts(self) -> dict[str, int]:
        """How many of each thing, without loading any of them."""
        with self._document.reading() as conn:
            return {SECTION[kind]: count(conn, kind) for kind in WRITE_ORDER[1:]}

    def get(self, cls: type[E], entity_id: str) -> E:
        with self._document.reading() as conn:
            found = load_one(conn, cls.kind, entity_id)
        if not isinstance(found, cls):
            raise NotFoundError("record.not_found", kind=cls.kind, id=entity_id)
        return found

    def all(self, cls: type[E]) -> tuple[E, ...]:
        with self._document.reading() as conn:
            return cast(tuple[E, ...], tuple(load_all(conn, cls.kind)))

    def timeline(self) -> Timeline:
        """Lanes, problems, pathways, steps and dependencies: what the timeline draws."""
        with self._document.reading() as conn:
            (info,) = load_all(conn, EntityKind.ROADMAP)
            sections: dict[str, Any] = {
                SECTION[kind]: tuple(load_all(conn, kind)) for kind in _TIMELINE_KINDS
            }
        return Timeline(info=cast(RoadmapInfo, info), **sections)

    def snapshot(self) -> RoadmapSnapshot:
        """The whole roadmap, one statement per table."""
        with self._document.reading() as conn:
            (info,) = load_all(conn, EntityKind.ROADMAP)
            sections: dict[str, Any] = {
                SECTION[kind]: tuple(load_all(conn, kind)) for kind in WRITE_ORDER[1:]
            }
        return RoadmapSnapshot(info=cast(RoadmapInfo, info), **sections)

    def lineage(self) -> list[LineageRow]:
        """Where this file came from (its base, if it is a copy) and the copies merged in."""
        with self._document.reading() as conn:
            return load_lineage(conn)
