"""The lineage rows of a roadmap file: the base it was copied from, the copies merged into it.

See the `lineage` table in `schema.py`. The services write these rows through the same row
changes as every edit, so a merge and its record of what was merged are one undoable edit.
"""

from __future__ import annotations

from sqlalchemy import Connection

from roadmap.domain.lineage import BASE, MERGED, LineageRow
from roadmap.store.rows import fetch
from roadmap.store.schema import lineage

_COLUMNS = ("role", "id", "roadmap_id", "label", "parent_id", "created", "content")

TABLE = lineage.name


__all__ = ["BASE", "MERGED", "TABLE", "LineageRow", "load_lineage"]


def load_lineage(conn: Connection) -> list[LineageRow]:
    sql = f"SELECT {', '.join(_COLUMNS)} FROM {TABLE} ORDER BY role, created, id"
    return [
        LineageRow(role, id_, roadmap_id, label, parent, created, bytes(content))
        for role, id_, roadmap_id, label, parent, created, content in fetch(conn, sql)
    ]
