"""The read side: frozen read models, each loaded in a fixed number of statements.

No query returns a live database object and none issues a statement per row, so the cost of
reading a roadmap grows with its rows, not with round trips.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from roadmap.domain.entities import Entity, EntityKind, RoadmapInfo
from roadmap.domain.errors import NotFoundError
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot, Timeline
from roadmap.store.interface import Store
from roadmap.store.lineage import LineageRow, load_lineage

E = TypeVar("E", bound=Entity)

_TIMELINE_KINDS = (
    EntityKind.LANE,
    EntityKind.PROBLEM,
    EntityKind.PATHWAY,
    EntityKind.STEP,
    EntityKind.DEPENDENCY,
)


class Queries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def info(self) -> RoadmapInfo:
        with self._store.read() as session:
            (info,) = session.load_all(EntityKind.ROADMAP)
        return cast(RoadmapInfo, info)

    def counts(self) -> dict[str, int]:
        """How many of each thing, without loading any of them."""
        with self._store.read() as session:
            return {SECTION[kind]: session.count(kind) for kind in WRITE_ORDER[1:]}

    def get(self, cls: type[E], entity_id: str) -> E:
        with self._store.read() as session:
            found = session.load_one(cls.kind, entity_id)
        if not isinstance(found, cls):
            raise NotFoundError("record.not_found", kind=cls.kind, id=entity_id)
        return found

    def all(self, cls: type[E]) -> tuple[E, ...]:
        with self._store.read() as session:
            return cast(tuple[E, ...], tuple(session.load_all(cls.kind)))

    def timeline(self) -> Timeline:
        """Lanes, problems, pathways, steps and dependencies: what the timeline draws."""
        with self._store.read() as session:
            (info,) = session.load_all(EntityKind.ROADMAP)
            sections: dict[str, Any] = {
                SECTION[kind]: tuple(session.load_all(kind)) for kind in _TIMELINE_KINDS
            }
        return Timeline(info=cast(RoadmapInfo, info), **sections)

    def snapshot(self) -> RoadmapSnapshot:
        """The whole roadmap, one statement per table."""
        with self._store.read() as session:
            (info,) = session.load_all(EntityKind.ROADMAP)
            sections: dict[str, Any] = {
                SECTION[kind]: tuple(session.load_all(kind)) for kind in WRITE_ORDER[1:]
            }
        return RoadmapSnapshot(info=cast(RoadmapInfo, info), **sections)

    def lineage(self) -> list[LineageRow]:
        """Where this file came from (its base, if it is a copy) and the copies merged in."""
        with self._store.read() as session:
            return load_lineage(session)
