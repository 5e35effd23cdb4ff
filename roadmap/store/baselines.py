"""The SQL behind baselines: their labels, one baseline's row, and row changes to them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from roadmap.store.rows import Row, fetch
from roadmap.store.schema import baselines

TABLE = baselines.name
LABEL_COLUMNS = ("id", "name", "taken_at", "taken_by", "note")
COLUMNS = (*LABEL_COLUMNS, "content")


def baseline_labels(conn: Connection) -> list[Row]:
    """Every baseline without its plan, oldest first."""
    cols = ", ".join(LABEL_COLUMNS)
    rows = fetch(conn, f"SELECT {cols} FROM {TABLE} ORDER BY taken_at, rowid")
    return [dict(zip(LABEL_COLUMNS, row, strict=True)) for row in rows]


def baseline_rows(conn: Connection) -> list[Row]:
    """Every baseline with its plan, oldest first."""
    rows = fetch(conn, f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY taken_at, rowid")
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def baseline_row(conn: Connection, name: str) -> Row | None:
    """The whole row of the baseline called `name` (names are unique), or None."""
    rows = fetch(conn, f"SELECT {', '.join(COLUMNS)} FROM {TABLE} WHERE name = ?", (name,))
    return dict(zip(COLUMNS, rows[0], strict=True)) if rows else None


def baseline_count(conn: Connection) -> int:
    return int(fetch(conn, f"SELECT count(*) FROM {TABLE}")[0][0])


# The columns of a step and a product that a baseline keeps, in the order of
# roadmap.domain.baseline.STEP_FIELDS / PRODUCT_FIELDS (stored text: ISO dates, enum values).
_STEP_SQL = (
    'SELECT id, name, pathway_id, step_kind, start, "end", status, progress, trl_start, '
    "trl_target FROM steps ORDER BY rowid"
)
_PRODUCT_SQL = "SELECT id, name, launch_date FROM products ORDER BY position, rowid"


def plan_rows(conn: Connection) -> tuple[list[list[Any]], list[list[Any]]]:
    """Every step's and product's kept values as stored, without building entities: taking a
    baseline of 10,000 steps copies them as they are."""
    return [list(r) for r in fetch(conn, _STEP_SQL)], [list(r) for r in fetch(conn, _PRODUCT_SQL)]
