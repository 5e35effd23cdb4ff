"""Edits on snapshots for the merge tests: what a breakout group does, without a file."""

from __future__ import annotations

import dataclasses
from typing import Any

from roadmap.domain.entities import Entity, EntityKind, Patent, Step
from roadmap.domain.snapshot import RoadmapSnapshot


def change(
    snapshot: RoadmapSnapshot, kind: EntityKind, entity_id: str, **values: Any
) -> RoadmapSnapshot:
    items = tuple(
        dataclasses.replace(e, **values) if e.id == entity_id else e for e in snapshot.of(kind)
    )
    assert any(e.id == entity_id for e in items), entity_id
    return snapshot.with_section(kind, items)


def add(snapshot: RoadmapSnapshot, entity: Entity) -> RoadmapSnapshot:
    return snapshot.with_section(entity.kind, (*snapshot.of(entity.kind), entity))


def delete_step(snapshot: RoadmapSnapshot, step_id: str) -> RoadmapSnapshot:
    """Delete a step with what the file deletes along with it (its links)."""
    result = snapshot.with_section(
        EntityKind.STEP, tuple(s for s in snapshot.steps if s.id != step_id)
    )
    result = result.with_section(
        EntityKind.DEPENDENCY,
        tuple(d for d in snapshot.dependencies if step_id not in (d.from_step_id, d.to_step_id)),
    )
    patents = tuple(
        dataclasses.replace(p, step_ids=tuple(s for s in p.step_ids if s != step_id))
        for p in snapshot.patents
    )
    return result.with_section(EntityKind.PATENT, patents)


def delete(snapshot: RoadmapSnapshot, kind: EntityKind, entity_id: str) -> RoadmapSnapshot:
    return snapshot.with_section(kind, tuple(e for e in snapshot.of(kind) if e.id != entity_id))


def step(snapshot: RoadmapSnapshot, index: int) -> Step:
    return snapshot.steps[index]


def patent(snapshot: RoadmapSnapshot, index: int) -> Patent:
    return snapshot.patents[index]


def by_id(snapshot: RoadmapSnapshot) -> dict[tuple[str, str], Entity]:
    """The content without order: records by kind and ID, lists of links sorted (the order of
    records and of link rows is not a merge's business; undo may restore links in another)."""
    result: dict[tuple[str, str], Entity] = {}
    for (kind, entity_id), entity in snapshot.by_id.items():
        links = {
            f.name: tuple(sorted(getattr(entity, f.name)))
            for f in dataclasses.fields(entity)
            if isinstance(getattr(entity, f.name), tuple)
        }
        result[(kind.value, entity_id)] = dataclasses.replace(entity, **links)
    return result
