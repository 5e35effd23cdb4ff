"""Baselines in the store: their labels and rows, read through the store interface."""

from __future__ import annotations

from roadmap.store.interface import Row, StoreSession
from roadmap.store.schema import baselines

TABLE = baselines.name
LABEL_COLUMNS = ("id", "name", "taken_at", "taken_by", "note")
COLUMNS = (*LABEL_COLUMNS, "content")


def baseline_labels(session: StoreSession) -> list[Row]:
    """Every baseline without its plan, oldest first."""
    return [{c: row[c] for c in LABEL_COLUMNS} for row in baseline_rows(session)]


def baseline_rows(session: StoreSession) -> list[Row]:
    """Every baseline with its plan, oldest first."""
    return session.table_rows(TABLE, ("taken_at",))


def baseline_row(session: StoreSession, name: str) -> Row | None:
    """The whole row of the baseline called `name` (names are unique), or None."""
    rows = session.rows_where(TABLE, "name", name)
    return rows[0] if rows else None


def baseline_count(session: StoreSession) -> int:
    return len(session.table_rows(TABLE, ("taken_at",)))
