"""Turn one whole roadmap into another as row changes: the heart of import and of samples.

Matching is by ID, so a workbook edited in Excel updates the rows it names and nothing else.
Inserts and updates go parents first, deletions children first, so foreign keys hold at every
statement.
"""

from __future__ import annotations

from dataclasses import replace

from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.services.changes import RowChange
from roadmap.store.rows import codec
from roadmap.store.schema import LINKS

LinkKey = tuple[str, tuple[tuple[str, object], ...]]


def _link_rows(kind: EntityKind, entity: Entity) -> dict[LinkKey, dict[str, object]]:
    rows: dict[LinkKey, dict[str, object]] = {}
    for link_field in codec(kind).link_fields:
        table, owner, member = LINKS[(kind, link_field)]
        for target in getattr(entity, link_field):
            row = {owner: entity.id, member: target}
            rows[(table.name, ((owner, entity.id), (member, target)))] = row
    return rows


def plan_diff(old: RoadmapSnapshot, new: RoadmapSnapshot) -> list[RowChange]:
    """Row changes that make a file holding `old` hold `new`."""
    upserts: list[RowChange] = []
    link_adds: list[RowChange] = []
    link_removes: list[RowChange] = []
    deletes: list[RowChange] = []
    for kind in WRITE_ORDER:
        c = codec(kind)
        table = c.table.name
        before = {e.id: e for e in old.of(kind)}
        after_ids: set[str] = set()
        for entity in new.of(kind):
            after_ids.add(entity.id)
            previous = before.get(entity.id)
            row = c.encode(entity)
            key = (("id", entity.id),)
            if previous is None:
                upserts.append(RowChange(table, key, None, row))
            else:
                old_row = c.encode(previous)
                changed = [col for col in c.columns if old_row[col] != row[col]]
                if changed:
                    upserts.append(
                        RowChange(
                            table,
                            key,
                            {k: old_row[k] for k in changed},
                            {k: row[k] for k in changed},
                        )
                    )
            old_links = _link_rows(kind, previous) if previous is not None else {}
            new_links = _link_rows(kind, entity)
            for link_key, link in new_links.items():
                if link_key not in old_links:
                    link_adds.append(RowChange(link_key[0], link_key[1], None, link))
            for link_key, link in old_links.items():
                if link_key not in new_links:
                    link_removes.append(RowChange(link_key[0], link_key[1], link, None))
        for entity_id, entity in before.items():
            if entity_id not in after_ids:
                for link_key, link in _link_rows(kind, entity).items():
                    link_removes.append(RowChange(link_key[0], link_key[1], link, None))
                deletes.append(RowChange(table, (("id", entity_id),), c.encode(entity), None))
    return link_removes + upserts + link_adds + list(reversed(deletes))


def plan_insert(snapshot: RoadmapSnapshot) -> list[RowChange]:
    """Row changes that write `snapshot` into an empty file."""
    rows: list[RowChange] = []
    links: list[RowChange] = []
    for kind in WRITE_ORDER:
        c = codec(kind)
        for entity in snapshot.of(kind):
            rows.append(RowChange(c.table.name, (("id", entity.id),), None, c.encode(entity)))
            links += [
                RowChange(k[0], k[1], None, row) for k, row in _link_rows(kind, entity).items()
            ]
    return rows + links


def merge(old: RoadmapSnapshot, incoming: RoadmapSnapshot) -> RoadmapSnapshot:
    """`old` with every record of `incoming` added or replacing the one with its ID.

    Records of `old` that `incoming` does not name are kept. The roadmap's own record follows
    `incoming` when it has the same ID.
    """
    result = old
    for kind in WRITE_ORDER:
        if kind is EntityKind.ROADMAP:
            if incoming.info.id == old.info.id:
                result = replace(result, info=incoming.info)
            continue
        theirs = {e.id: e for e in incoming.of(kind)}
        merged = [theirs.pop(e.id, e) for e in old.of(kind)] + list(theirs.values())
        result = result.with_section(kind, tuple(merged))
    return result
