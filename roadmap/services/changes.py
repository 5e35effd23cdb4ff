"""What an edit did, row by row, and what it means to the views.

Every command is planned as a list of `RowChange`s (insert, update, delete of one row) and
applied in one transaction. Undo applies the same list inverted and reversed, so every command,
including cascading deletes and whole imports, is undoable by the same few lines of code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from roadmap.domain.entities import EntityKind
from roadmap.store.rows import Row, quote
from roadmap.store.schema import KIND_OF_TABLE, lineage, metadata

Ref = tuple[EntityKind, str]


@dataclass(frozen=True)
class RowChange:
    """One row of one table: inserted (no `before`), deleted (no `after`) or updated."""

    table: str
    key: tuple[tuple[str, Any], ...]
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class Changes:
    """Which entities an edit added, updated or removed, so views refresh only those."""

    added: frozenset[Ref] = field(default_factory=frozenset)
    updated: frozenset[Ref] = field(default_factory=frozenset)
    removed: frozenset[Ref] = field(default_factory=frozenset)

    def kinds(self) -> frozenset[EntityKind]:
        return frozenset(kind for kind, _ in self.added | self.updated | self.removed)

    def touches(self, *kinds: EntityKind) -> bool:
        return not self.kinds().isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @staticmethod
    def of(rows: Iterable[RowChange]) -> Changes:
        added: set[Ref] = set()
        updated: set[Ref] = set()
        removed: set[Ref] = set()
        for change in rows:
            kind = KIND_OF_TABLE.get(change.table)
            if change.table == lineage.name:
                continue  # where the file came from: no record of the roadmap, no view shows it
            if kind is None:  # a link table: both ends changed
                for column, value in change.key:
                    target = metadata.tables[change.table].c[column].foreign_keys
                    parent = next(iter(target)).column.table.name
                    updated.add((KIND_OF_TABLE[parent], value))
                continue
            ref = (kind, dict(change.key)["id"])
            if change.before is None:
                added.add(ref)
            elif change.after is None:
                removed.add(ref)
            else:
                updated.add(ref)
        # An entity deleted and re-created in one edit reads as updated.
        both = added & removed
        return Changes(
            frozenset(added - both),
            frozenset((updated | both) - added - removed),
            frozenset(removed - both),
        )


class Action(StrEnum):
    """What kind of edit a command was; with the entity kind and name it makes the Undo title."""

    ADD = "add"
    CHANGE = "change"
    DELETE = "delete"
    MOVE = "move"
    REORDER = "reorder"
    LINK = "link"
    UNLINK = "unlink"
    IMPORT = "import"
    MERGE = "merge"


_VERBS = {
    Action.ADD: "Add",
    Action.CHANGE: "Change",
    Action.DELETE: "Delete",
    Action.MOVE: "Move",
    Action.REORDER: "Reorder",
    Action.LINK: "Link",
    Action.UNLINK: "Unlink",
    Action.IMPORT: "Import into",
    Action.MERGE: "Merge copies into",
}


@dataclass(frozen=True)
class Edit:
    """A done command: what it was (for the Undo menu), its rows, and what it changed."""

    action: Action
    kind: EntityKind
    name: str
    rows: tuple[RowChange, ...]

    @property
    def title(self) -> str:
        """An English title such as 'Move step "Tape-out"'; the app builds a translated one."""
        return f'{_VERBS[self.action]} {self.kind.value.replace("_", " ")} "{self.name}"'

    @property
    def changes(self) -> Changes:
        return Changes.of(self.rows)

    def inverse(self) -> Edit:
        rows = tuple(change.inverse() for change in reversed(self.rows))
        return Edit(self.action, self.kind, self.name, rows)


def apply_rows(conn: Connection, rows: Iterable[RowChange]) -> None:
    """Write the row changes in order through the driver (inside the caller's transaction).

    Consecutive inserts into one table go in one `executemany`, so an import of thousands of
    rows costs a handful of statements.
    """
    pending: list[RowChange] = []

    def flush() -> None:
        if pending:
            first = pending[0]
            assert first.after is not None
            cols = ", ".join(quote(c) for c in first.after)
            marks = ", ".join("?" * len(first.after))
            sql = f"INSERT INTO {quote(first.table)} ({cols}) VALUES ({marks})"
            conn.exec_driver_sql(sql, [tuple(c.after.values()) for c in pending if c.after])
            pending.clear()

    for change in rows:
        if change.before is None:
            assert change.after is not None
            if pending and (
                pending[0].table != change.table or pending[0].after.keys() != change.after.keys()  # type: ignore[union-attr]
            ):
                flush()
            pending.append(change)
            continue
        flush()
        table = quote(change.table)
        where = " AND ".join(f"{quote(col)} = ?" for col, _ in change.key)
        key_values = tuple(value for _, value in change.key)
        if change.after is None:
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where}", key_values)
        else:
            sets = ", ".join(f"{quote(c)} = ?" for c in change.after)
            conn.exec_driver_sql(
                f"UPDATE {table} SET {sets} WHERE {where}", (*change.after.values(), *key_values)
            )
    flush()
