"""The lineage rows of a roadmap file: the base it was copied from, the copies merged into it.

See the `lineage` table in `schema.py`. The services write these rows through the same row
changes as every edit, so a merge and its record of what was merged are one undoable edit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import Connection

from roadmap.store.rows import Row, fetch
from roadmap.store.schema import lineage

BASE = "base"  # this file is a breakout copy; `content` is its base
MERGED = "merged"  # the copy `id` was merged into this file; `content` is that copy as merged

_COLUMNS = ("role", "id", "roadmap_id", "label", "parent_id", "created", "content")


@dataclass(frozen=True)
class LineageRow:
    role: str
    id: str
    roadmap_id: str
    label: str
    parent_id: str | None
    created: str
    content: bytes

    @property
    def key(self) -> tuple[tuple[str, str], ...]:
        return (("role", self.role), ("id", self.id))

    def row(self) -> Row:
        return asdict(self)


TABLE = lineage.name


def load_lineage(conn: Connection) -> list[LineageRow]:
    sql = f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} ORDER BY role, created, id"
    return [
        LineageRow(role, id_, roadmap_id, label, parent, created, bytes(content))
        for role, id_, roadmap_id, label, parent, created, content in fetch(conn, sql)
    ]
