"""Plan a delete with everything it takes along, read from the foreign keys' `ondelete`.

Deleting a pathway deletes its steps, their dependencies and scores, and clears the pathway from
its patents. The database could do that by itself, but then undo would not know what to put
back; so the plan lists every row explicitly (whole rows, positions included), children first.
"""

from __future__ import annotations

from roadmap.domain.errors import ValidationError
from roadmap.store.interface import Key, Row, RowChange, StoreSession
from roadmap.store.tables import KIND_OF_TABLE, primary_key, referencing


def row_key(table: str, row: Row) -> Key:
    return tuple((col, row[col]) for col in primary_key(table))


def plan_delete(session: StoreSession, table: str, entity_id: str) -> list[RowChange]:
    """The row changes that delete one entity and what depends on it, children first."""
    rows = session.rows_where(table, "id", entity_id)
    if not rows:
        return []
    plan: list[RowChange] = []
    planned: set[tuple[str, Key]] = set()
    _plan_row(session, table, rows[0], plan, planned, {})
    return plan


def _plan_row(
    session: StoreSession,
    table: str,
    row: Row,
    plan: list[RowChange],
    planned: set[tuple[str, Key]],
    nulled: dict[tuple[str, Key], Row],
) -> None:
    key = row_key(table, row)
    if (table, key) in planned:
        return
    planned.add((table, key))
    for child, column, ondelete in referencing(table):
        children = session.rows_where(child, column, row["id"])
        if not children:
            continue
        if ondelete == "CASCADE":
            for child_row in children:
                _plan_row(session, child, child_row, plan, planned, nulled)
        elif ondelete == "SET NULL":
            for child_row in children:
                child_key = row_key(child, child_row)
                if (child, child_key) not in planned:
                    plan.append(RowChange(child, child_key, {column: row["id"]}, {column: None}))
                    nulled.setdefault((child, child_key), {})[column] = None
        else:
            raise ValidationError(
                "record.still_used",
                kind=KIND_OF_TABLE[table],
                count=len(children),
                child_kind=KIND_OF_TABLE[child],
            )
    # A row cleared earlier in this plan is deleted as it will be by then.
    plan.append(RowChange(table, key, {**row, **nulled.get((table, key), {})}, None))
