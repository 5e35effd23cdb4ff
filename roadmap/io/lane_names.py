"""Lanes matched by name when a file is imported into a roadmap that does not know their IDs.

Records are matched by ID (DESIGN: IDs tie the file, the workbook and the JSON together), but a
workbook made from another roadmap — the sample, a template, a colleague's file — names the
same layers (Industry & market, Product, Technology, Research) under IDs of its own. Merged by
ID alone, the roadmap ended up with two lanes of each name. A planner means the lane of that
name: a lane of the file whose ID is new here and whose name (ignoring case and spacing) is a
lane's here is that lane — its steps and ideas join it, and the roadmap's lane stays as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from roadmap.domain.entities import Entity, EntityKind, references
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def match_lanes_by_name(
    current: RoadmapSnapshot, incoming: RoadmapSnapshot
) -> tuple[RoadmapSnapshot, int]:
    """`incoming` with each lane of a new ID that has the name of a lane of `current` replaced
    by that lane (every reference to it rewritten, the file's lane record dropped), and how
    many lanes were matched. A lane here is matched at most once, and never when the file
    brings that lane by its own ID."""
    here = {lane.id for lane in current.lanes}
    by_name: dict[str, str] = {}
    for lane in current.lanes:
        by_name.setdefault(_name_key(lane.name), lane.id)
    taken = {lane.id for lane in incoming.lanes if lane.id in here}
    matched: dict[str, str] = {}
    for lane in incoming.lanes:
        if lane.id in here:
            continue
        target = by_name.get(_name_key(lane.name))
        if target is not None and target not in taken:
            matched[lane.id] = target
            taken.add(target)
    if not matched:
        return incoming, 0
    result = incoming.with_section(
        EntityKind.LANE, tuple(lane for lane in incoming.lanes if lane.id not in matched)
    )
    for kind in WRITE_ORDER:
        records = result.of(kind)
        changed = tuple(_pointed(record, matched) for record in records)
        if any(a is not b for a, b in zip(records, changed, strict=True)):
            result = result.with_section(kind, changed)
    return result, len(matched)


def _pointed(record: Entity, matched: dict[str, str]) -> Entity:
    """`record` with its references to matched lanes pointing at the lanes here."""
    values: dict[str, Any] = {}
    for ref in references(type(record)):
        if ref.target is not EntityKind.LANE:
            continue
        value = getattr(record, ref.field)
        if ref.many:
            ids = tuple(matched.get(v, v) for v in value)
            if ids != tuple(value):
                values[ref.field] = ids
        elif value in matched:
            values[ref.field] = matched[value]
    return replace(record, **values) if values else record
