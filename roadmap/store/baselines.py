"""Baselines in the store: their labels and rows, read through the store interface."""

from __future__ import annotations

from datetime import date
from typing import Any

from roadmap.store.interface import Row, StoreSession
from roadmap.store.tables import BASELINES

TABLE = BASELINES
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


# The columns of a step and a product that a baseline keeps, in the order of
# roadmap.domain.baseline.STEP_FIELDS / PRODUCT_FIELDS (stored text: ISO dates, enum values).
_STEP_COLUMNS = (
    "id",
    "name",
    "pathway_id",
    "step_kind",
    "start",
    "end",
    "status",
    "progress",
    "trl_start",
    "trl_target",
)
_PRODUCT_COLUMNS = ("id", "name", "launch_date")


def _as_stored(row: Row, columns: tuple[str, ...]) -> list[Any]:
    return [row[c].isoformat() if isinstance(row[c], date) else row[c] for c in columns]


def plan_rows(session: StoreSession) -> tuple[list[list[Any]], list[list[Any]]]:
    """Every step's and product's kept values as stored (ISO dates, enum values), without
    building entities: taking a baseline of 10,000 steps copies them as they are."""
    steps = session.table_rows("steps", ("pathway_id", "position"))
    products = session.table_rows("products", ("position",))
    return (
        [_as_stored(row, _STEP_COLUMNS) for row in steps],
        [_as_stored(row, _PRODUCT_COLUMNS) for row in products],
    )
