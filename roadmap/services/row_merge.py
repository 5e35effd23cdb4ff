"""Bringing a roadmap's changes on the server together with a file's, record by record.

`apply_delta` rebuilds the server's current roadmap from the file's base and what the server
says changed since (records, link rows, removals), so a pull reads only the changes.
`merge_records` is a record-level three-way merge: a record changed on one side takes that
side; changed alike on both, once; changed differently on both (or deleted on one side and
changed on the other) is a conflict, and so is a result that breaks the whole-roadmap rules.
It is the interim for publish and pull until the field-level engine of the breakout copies
(issue 14) is on main; its callers need only `merged` and `conflicts`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from roadmap.domain.consistency import find_violations
from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.messages import Message
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.store.rows import codec
from roadmap.store.schema import LINKS


@dataclass(frozen=True)
class RecordConflict:
    kind: EntityKind
    id: str
    name: str
    base: Entity | None
    mine: Entity | None
    theirs: Entity | None
    reason: Message | None = None


@dataclass(frozen=True)
class RecordMerge:
    merged: RoadmapSnapshot
    conflicts: tuple[RecordConflict, ...]


def name_of(entity: Entity | None) -> str:
    for attribute in ("name", "title", "statement", "number"):
        value = getattr(entity, attribute, None)
        if isinstance(value, str) and value:
            return value
    return getattr(entity, "id", "")


def apply_delta(
    base: RoadmapSnapshot,
    records: dict[EntityKind, list[Entity]],
    links: dict[str, list[tuple[str, str]]],
    gone: dict[str, list[str]],
) -> RoadmapSnapshot:
    """`base` with the server's changes since it applied: the roadmap as the server has it."""
    result = base
    for kind in WRITE_ORDER:
        c = codec(kind)
        current: dict[str, Entity] = {e.id: e for e in base.of(kind)}
        for key in gone.get(c.table.name, []):
            current.pop(key, None)
        for entity in records.get(kind, []):
            old = current.get(entity.id)
            kept = {f: getattr(old, f) if old is not None else () for f in c.link_fields}
            current[entity.id] = replace(entity, **kept) if kept else entity  # type: ignore[arg-type]
        for link_field in c.link_fields:
            source, _, _ = LINKS[(kind, link_field)]
            added = links.get(source.name, [])
            dropped = [key.split("|", 1) for key in gone.get(source.name, [])]
            touched: dict[str, list[str]] = {}
            for owner, member in dropped:
                if owner in current:
                    members = touched.setdefault(owner, list(getattr(current[owner], link_field)))
                    if member in members:
                        members.remove(member)
            for owner, member in added:
                if owner in current:
                    members = touched.setdefault(owner, list(getattr(current[owner], link_field)))
                    if member not in members:
                        members.append(member)
            for owner, members in touched.items():
                current[owner] = replace(current[owner], **{link_field: tuple(members)})  # type: ignore[arg-type]
        result = result.with_section(kind, tuple(current.values()))
    return result


def _same(a: Entity | None, b: Entity | None) -> bool:
    if a is None or b is None:
        return a is b
    return bool(_canonical(a) == _canonical(b))


def _canonical(entity: Entity) -> Any:
    # Link fields are sets: their order on the server is not the file's.
    values = {f: tuple(sorted(getattr(entity, f))) for f in codec(entity.kind).link_fields}
    return replace(entity, **values) if values else entity  # type: ignore[arg-type]


def merge_records(
    base: RoadmapSnapshot, mine: RoadmapSnapshot, theirs: RoadmapSnapshot
) -> RecordMerge:
    conflicts: list[RecordConflict] = []
    result = mine
    for kind in WRITE_ORDER:
        b = {e.id: e for e in base.of(kind)}
        m = {e.id: e for e in mine.of(kind)}
        t = {e.id: e for e in theirs.of(kind)}
        merged = dict(m)
        for entity_id in t.keys() | b.keys():
            was, ours, other = b.get(entity_id), m.get(entity_id), t.get(entity_id)
            if _same(was, other) or _same(ours, other):
                continue  # they did not change it, or changed it as we did
            if _same(was, ours):
                if other is None:
                    merged.pop(entity_id, None)
                else:
                    merged[entity_id] = other
                continue
            shown = name_of(ours or other or was)
            conflicts.append(RecordConflict(kind, entity_id, shown, was, ours, other))
        order = [e.id for e in mine.of(kind)] + [i for i in t if i not in m]
        result = result.with_section(kind, tuple(merged[i] for i in order if i in merged))
    if not conflicts:
        for violation in find_violations(result):
            conflicts.append(
                RecordConflict(EntityKind.ROADMAP, "", "", None, None, None, violation.message)
            )
    return RecordMerge(result, tuple(conflicts))
