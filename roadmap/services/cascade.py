"""Plan a delete with everything it takes along, read from the foreign keys' `ondelete`.

Deleting a pathway deletes its steps, their dependencies and scores, and clears the pathway from
its patents. The database could do that by itself, but then undo would not know what to put
back; so the plan lists every row explicitly, children first.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from sqlalchemy import Connection

from roadmap.domain.errors import ValidationError
from roadmap.services.changes import RowChange
from roadmap.store.rows import quote
from roadmap.store.schema import KIND_OF_TABLE, metadata

Key = tuple[tuple[str, object], ...]


@cache
def _referencing() -> dict[str, list[tuple[str, str, str]]]:
    """For each table, the (child table, column, ondelete) pairs that point at it."""
    result: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            result[fk.column.table.name].append(
                (table.name, fk.parent.name, fk.ondelete or "RESTRICT")
            )
    return result


def row_key(table: str, row: dict[str, object]) -> Key:
    pk = metadata.tables[table].primary_key.columns
    return tuple((col.name, row[col.name]) for col in pk)


def _select(conn: Connection, table: str, column: str, value: object) -> list[dict[str, object]]:
    cols = list(metadata.tables[table].columns.keys())
    sql = (
        f"SELECT {', '.join(quote(c) for c in cols)} FROM {quote(table)} WHERE {quote(column)} = ?"
    )
    return [dict(zip(cols, row, strict=True)) for row in conn.exec_driver_sql(sql, (value,))]


def plan_delete(conn: Connection, table: str, entity_id: str) -> list[RowChange]:
    """The row changes that delete one entity and what depends on it, children first."""
    rows = _select(conn, table, "id", entity_id)
    if not rows:
        return []
    plan: list[RowChange] = []
    planned: set[tuple[str, Key]] = set()
    _plan_row(conn, table, rows[0], plan, planned)
    return plan


def _plan_row(
    conn: Connection,
    table: str,
    row: dict[str, object],
    plan: list[RowChange],
    planned: set[tuple[str, Key]],
) -> None:
    key = row_key(table, row)
    if (table, key) in planned:
        return
    planned.add((table, key))
    for child, column, ondelete in _referencing()[table]:
        children = _select(conn, child, column, row["id"])
        if not children:
            continue
        if ondelete == "CASCADE":
            for child_row in children:
                _plan_row(conn, child, child_row, plan, planned)
        elif ondelete == "SET NULL":
            for child_row in children:
                child_key = row_key(child, child_row)
                if (child, child_key) not in planned:
                    plan.append(RowChange(child, child_key, {column: row["id"]}, {column: None}))
        else:
            raise ValidationError(
                "record.still_used",
                kind=KIND_OF_TABLE[table],
                count=len(children),
                child_kind=KIND_OF_TABLE[child],
            )
    plan.append(RowChange(table, key, row, None))
