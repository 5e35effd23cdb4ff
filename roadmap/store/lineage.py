"""The lineage rows of a roadmap file: the base it was copied from, the copies merged into it.

See the `lineage` table in `schema.py`. The services write these rows through the same row
changes as every edit, so a merge and its record of what was merged are one undoable edit.
"""

from __future__ import annotations

from roadmap.domain.lineage import BASE, MERGED, LineageRow
from roadmap.store.interface import StoreSession
from roadmap.store.tables import LINEAGE

_COLUMNS = ("role", "id", "roadmap_id", "label", "parent_id", "created", "content")

TABLE = LINEAGE


__all__ = ["BASE", "MERGED", "TABLE", "LineageRow", "load_lineage"]


def load_lineage(session: StoreSession) -> list[LineageRow]:
    rows = session.table_rows(TABLE, ("role", "created", "id"))
    return [
        LineageRow(
            row["role"],
            row["id"],
            row["roadmap_id"],
            row["label"],
            row["parent_id"],
            row["created"],
            bytes(row["content"]),
        )
        for row in rows
    ]
