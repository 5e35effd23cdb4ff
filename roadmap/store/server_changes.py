"""What changed on the server since a version, and the roadmap it makes of a base.

A pull or a publish that finds others published since its base reads only the rows written
after the base's version (`changed_since`, along the `(roadmap_id, row_version)` index) and
applies them to the base it keeps (`apply_delta`): the server's current roadmap, at a cost that
follows the number of changes. `moved_rows` names those rows, so a publish can plan each row
against the version it really read (see `server_session.ServerSession`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import Connection, select

from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.snapshot import WRITE_ORDER, RoadmapSnapshot
from roadmap.store.baselines import COLUMNS as BASELINE_COLUMNS
from roadmap.store.baselines import TABLE as BASELINES
from roadmap.store.interface import Row
from roadmap.store.migration_ops import ROADMAP_ID, ROW_VERSION
from roadmap.store.repository import removed, server_table
from roadmap.store.rows import codec
from roadmap.store.schema import LINKS
from roadmap.store.server_session import ServerSession, key_text, key_values


@dataclass(frozen=True)
class Delta:
    """Rows written after a version: records by kind, link rows (owner, member) by table, the
    keys (`row_key` text) of rows removed, by table, and baseline rows."""

    records: dict[EntityKind, list[Entity]]
    links: dict[str, list[tuple[str, str]]]
    gone: dict[str, list[str]]
    baselines: list[Row] = field(default_factory=list)  # whole rows (see services.baseline_sync)
    # Per kind, the whole lists of IDs (in the server's order) of each owner one of whose link
    # rows was written or removed: a list is ordered, so an entry cannot be placed, or a
    # reorder seen, from the changed rows alone.
    lists: dict[EntityKind, dict[str, dict[str, tuple[str, ...]]]] = field(default_factory=dict)

    def moved_rows(self) -> set[tuple[str, str]]:
        """(table, row key text) of every row this delta touches."""
        moved = {(codec(k).table.name, e.id) for k, found in self.records.items() for e in found}
        moved |= {(t, key_text(a, b)) for t, pairs in self.links.items() for a, b in pairs}
        moved |= {(t, key) for t, keys in self.gone.items() for key in keys}
        moved |= {(BASELINES, row["id"]) for row in self.baselines}
        return moved


def changed_since(conn: Connection, roadmap_id: str, version: int) -> Delta:
    """What was written after `version`. Each read follows the (roadmap_id, row_version)
    index, so its cost follows the number of changes, not the size of the roadmap or the
    repository."""
    session = ServerSession(conn, roadmap_id)
    records = {kind: session.load_written_after(kind, version) for kind in WRITE_ORDER}
    links: dict[str, list[tuple[str, str]]] = {}
    for source, owner, member in LINKS.values():
        pairs = session.rows_written_after(source.name, (owner, member), version)
        links[source.name] = [(a, b) for a, b in pairs]
    gone: dict[str, list[str]] = {}
    query = select(removed.c.table_name, removed.c.row_key).where(
        removed.c[ROADMAP_ID] == roadmap_id, removed.c[ROW_VERSION] > version
    )
    for table, key in conn.execute(query):
        gone.setdefault(table, []).append(key)
    lists = {}
    for kind in WRITE_ORDER:
        link_fields = codec(kind).link_fields
        touched: set[str] = set()
        for link_field in link_fields:
            table = LINKS[(kind, link_field)][0].name
            touched |= {owner for owner, _ in links.get(table, [])}
            touched |= {key_values(key)[0] for key in gone.get(table, [])}
        if touched:
            found = session.lists_of(kind, sorted(touched))
            lists[kind] = {
                owner: {f: found.get(owner, {}).get(f, ()) for f in link_fields}
                for owner in touched
            }
    return Delta(records, links, gone, server_baselines(conn, roadmap_id, version), lists)


def server_baselines(conn: Connection, roadmap_id: str, since: int | None = None) -> list[Row]:
    """The roadmap's baselines on the server, whole rows, oldest first (only those written
    after version `since`)."""
    t = server_table(BASELINES)
    query = select(*(t.c[c] for c in BASELINE_COLUMNS)).where(t.c[ROADMAP_ID] == roadmap_id)
    if since is not None:
        query = query.where(t.c[ROW_VERSION] > since)
    return [dict(row._mapping) for row in conn.execute(query.order_by(t.c.taken_at, t.c.id))]


def apply_delta(base: RoadmapSnapshot, delta: Delta) -> RoadmapSnapshot:
    """`base` with the server's changes since it applied: the roadmap as the server has it."""
    records, gone = delta.records, delta.gone
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
        for owner, lists in delta.lists.get(kind, {}).items():
            if owner in current:
                current[owner] = replace(current[owner], **lists)  # type: ignore[arg-type]
        result = result.with_section(kind, tuple(current.values()))
    return result
