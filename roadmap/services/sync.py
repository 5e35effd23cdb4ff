"""Turn one whole roadmap into another as row changes: the heart of import and of samples.

Matching is by ID, so a workbook edited in Excel updates the rows it names and nothing else.
Inserts and updates go parents first, deletions children first, so foreign keys hold at every
statement.
"""

from __future__ import annotations

from dataclasses import replace

from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.store.interface import Key, Row, RowChange, StoreSession
from roadmap.store.rows import codec
from roadmap.store.tables import LINKS, primary_key

LinkKey = tuple[str, Key]


def _link_rows(kind: EntityKind, entity: Entity) -> dict[LinkKey, Row]:
    """The link rows of `entity`, positioned in the order of its list-of-IDs fields."""
    rows: dict[LinkKey, Row] = {}
    for link_field in codec(kind).link_fields:
        table, owner, member = LINKS[(kind, link_field)]
        for position, target in enumerate(getattr(entity, link_field)):
            row = {owner: entity.id, member: target, "position": position}
            rows[(table.name, ((owner, entity.id), (member, target)))] = row
    return rows


def list_changes(
    kind: EntityKind,
    link_field: str,
    owner_id: str,
    old: tuple[str, ...],
    new: tuple[str, ...],
    stored: dict[str, int],
) -> tuple[list[RowChange], list[RowChange]]:
    """The link rows that turn the list `old` of the record `owner_id` (e.g. a product's
    pathways) into `new`: (rows to delete, rows to add or move). `stored`: the stored position
    of each member of `old`. Members added after the kept ones are appended after the owner's
    other links (the kept rows stay as they are); when `new` puts a member before a kept one
    or reorders them, the owner's rows are numbered afresh in `new`'s order — a list is
    ordered, and a re-imported, merged or pulled list must read back as it came."""
    table, owner, member = LINKS[(kind, link_field)]
    name = table.name

    def key(target: str) -> Key:
        return ((owner, owner_id), (member, target))

    def row(target: str, position: int) -> Row:
        return {owner: owner_id, member: target, "position": position}

    old_set, new_set = set(old), set(new)
    removed = [
        RowChange(name, key(t), row(t, stored.get(t, 0)), None) for t in old if t not in new_set
    ]
    kept = [t for t in new if t in old_set]
    added: list[RowChange] = []
    if kept == [t for t in old if t in new_set] and tuple(kept) == new[: len(kept)]:
        position = max(stored.values(), default=-1) + 1
        for target in new[len(kept) :]:
            added.append(RowChange(name, key(target), None, row(target, position)))
            position += 1
        return removed, added
    for position, target in enumerate(new):
        if target not in old_set:
            added.append(RowChange(name, key(target), None, row(target, position)))
        elif stored.get(target, 0) != position:
            before, after = {"position": stored.get(target, 0)}, {"position": position}
            added.append(RowChange(name, key(target), before, after))
    return removed, added


class _Positions:
    """The stored positions of the rows a plan deletes or appends to, read once per table.

    Without a session (a plan sent elsewhere, e.g. to the shared repository) they are the
    records' places in `old`, as `plan_insert` gives them."""

    def __init__(self, session: StoreSession | None, old: RoadmapSnapshot) -> None:
        self._session = session
        self._old = old
        self._stored: dict[str, dict[Key, int]] = {}
        self._next: dict[tuple[str, object], int] = {}

    def stored(self, table: str) -> dict[Key, int]:
        if table not in self._stored:
            if self._session is None:
                self._stored[table] = self._in_old(table)
            else:
                keys = primary_key(table)
                self._stored[table] = {
                    tuple((k, row[k]) for k in keys): int(row["position"])
                    for row in self._session.positions(table)
                }
        return self._stored[table]

    def _in_old(self, table: str) -> dict[Key, int]:
        found: dict[Key, int] = {}
        for kind in WRITE_ORDER:
            c = codec(kind)
            if c.table.name == table:
                return {(("id", e.id),): i for i, e in enumerate(self._old.of(kind))}
            if not c.link_fields:
                continue
            for entity in self._old.of(kind):
                for link_key, row in _link_rows(kind, entity).items():
                    if link_key[0] == table:
                        found[link_key[1]] = int(row["position"])
        return found

    def of(self, table: str, key: Key) -> int:
        return self.stored(table).get(key, 0)

    def append(self, table: str, scope: object = None) -> int:
        """The next free position in `table` (among the links of owner `scope`)."""
        slot = (table, scope)
        if slot not in self._next:
            stored = self.stored(table)
            used = [p for k, p in stored.items() if scope is None or k[0][1] == scope]
            self._next[slot] = max(used, default=-1) + 1
        position = self._next[slot]
        self._next[slot] += 1
        return position


def _places(
    positions: _Positions, table: str, before: dict[str, Entity], order: list[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Stored positions that give the records of `table` the order `order` (the new
    snapshot's): (the position of each new record, the new position of each old record that
    has to move). New records take a free position between their neighbours (after all the
    others when they come last, as an added record does); where there is none — a record
    pulled or merged in between two that are numbered one after the other — every record of
    the table is numbered afresh in that order."""
    stored = positions.stored(table)
    following: list[int | None] = [None] * len(order)
    upcoming: int | None = None
    for i in range(len(order) - 1, -1, -1):
        following[i] = upcoming
        if order[i] in before:
            upcoming = stored.get((("id", order[i]),), 0)
    placed: dict[str, int] = {}
    last = -1
    for i, entity_id in enumerate(order):
        limit = following[i]
        if entity_id in before:
            here = stored.get((("id", entity_id),), 0)
            if here <= last:
                break
            last = here
        elif limit is None:
            last = placed[entity_id] = positions.append(table)
        elif last + 1 < limit:
            last = placed[entity_id] = last + 1
        else:
            break
    else:
        return placed, {}
    renumbered = {entity_id: i for i, entity_id in enumerate(order)}
    moved = {
        entity_id: i
        for entity_id, i in renumbered.items()
        if entity_id in before and stored.get((("id", entity_id),), 0) != i
    }
    return {k: v for k, v in renumbered.items() if k not in before}, moved


def plan_diff(
    old: RoadmapSnapshot, new: RoadmapSnapshot, session: StoreSession | None = None
) -> list[RowChange]:
    """Row changes that make a store holding `old` hold `new`.

    Records the store orders by a position of its own (organizations, people, links…) keep
    theirs (read through `session`); new ones are placed where `new` has them (after the
    others when it lists them last: see `_places`); deleted ones take theirs along, for undo.
    """
    positions = _Positions(session, old)
    upserts: list[RowChange] = []
    link_adds: list[RowChange] = []
    link_removes: list[RowChange] = []
    deletes: list[RowChange] = []
    for kind in WRITE_ORDER:
        c = codec(kind)
        table = c.table.name
        before = {e.id: e for e in old.of(kind)}
        after_ids: set[str] = set()
        placed: dict[str, int] = {}
        moved: dict[str, int] = {}
        if c.stored_position and any(e.id not in before for e in new.of(kind)):
            placed, moved = _places(positions, table, before, [e.id for e in new.of(kind)])
        for entity in new.of(kind):
            after_ids.add(entity.id)
            previous = before.get(entity.id)
            # An unchanged record (the same object, or an equal one) has no row and no link
            # to write — unless a record merged in before it moves it (`moved`); skipping it
            # before encoding keeps a merge or import of a few changes into L from encoding
            # every record twice.
            if (previous is entity or previous == entity) and entity.id not in moved:
                continue
            row = c.encode(entity)
            key = (("id", entity.id),)
            if previous is None:
                if c.stored_position:
                    row["position"] = placed[entity.id]
                upserts.append(RowChange(table, key, None, row))
            else:
                old_row = c.encode(previous)
                changed = [col for col in c.columns if old_row[col] != row[col]]
                if entity.id in moved:
                    old_row["position"] = positions.of(table, key)
                    row["position"] = moved[entity.id]
                    changed.append("position")
                if changed:
                    upserts.append(
                        RowChange(
                            table,
                            key,
                            {k: old_row[k] for k in changed},
                            {k: row[k] for k in changed},
                        )
                    )
            for link_field in c.link_fields:
                old_list = getattr(previous, link_field) if previous is not None else ()
                new_list = getattr(entity, link_field)
                if old_list == new_list:
                    continue
                link_table, owner, member = LINKS[(kind, link_field)]
                stored = {
                    t: positions.of(link_table.name, ((owner, entity.id), (member, t)))
                    for t in old_list
                }
                removes, adds = list_changes(
                    kind, link_field, entity.id, old_list, new_list, stored
                )
                link_removes += removes
                link_adds += adds
        for entity_id, entity in before.items():
            if entity_id not in after_ids:
                for link_key, link in _link_rows(kind, entity).items():
                    link = {**link, "position": positions.of(*link_key)}
                    link_removes.append(RowChange(link_key[0], link_key[1], link, None))
                gone = c.encode(entity)
                if c.stored_position:
                    gone["position"] = positions.of(table, (("id", entity_id),))
                deletes.append(RowChange(table, (("id", entity_id),), gone, None))
    return link_removes + upserts + link_adds + list(reversed(deletes))


def plan_insert(snapshot: RoadmapSnapshot) -> list[RowChange]:
    """Row changes that write `snapshot` into an empty store, in the snapshot's order."""
    rows: list[RowChange] = []
    links: list[RowChange] = []
    for kind in WRITE_ORDER:
        c = codec(kind)
        for position, entity in enumerate(snapshot.of(kind)):
            row = c.encode(entity)
            if c.stored_position:
                row["position"] = position
            rows.append(RowChange(c.table.name, (("id", entity.id),), None, row))
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
