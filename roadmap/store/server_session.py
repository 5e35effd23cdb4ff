"""The store interface on the shared server: one roadmap of a PostgreSQL repository.

`ServerSession` is `SqlSession` with PostgreSQL's settings (parameter mark `%s`,
`IS NOT DISTINCT FROM`, dates kept by psycopg, `UniqueViolation` for a taken key), scoped to
one roadmap: every statement carries `roadmap_id = …`, so reads see that roadmap's rows only
and the services' `load_all`, `rows_where`, `positions`, … work on the server unchanged.

The conflict rule, with the row version standing in for the values: the server knows which
version each row was last written at (`row_version`), and the planner knows which version it
read the roadmap at. So a change is applied only while its row was not written after that:

- an **update** is `UPDATE t SET <after>, row_version = <new> WHERE roadmap_id = … AND <key>
  AND row_version <= <read at>`; a **delete** is the same `DELETE`, and leaves a removal
  marker (`repository_removed`) for incremental pulls;
- an **insert** of a key that is there (or a delete or update of a row that is not) is a
  conflict too; an insert takes back a removal marker of its key.

Each must touch exactly one row (the row counts of a batch are summed and compared);
otherwise `ConflictError` is raised and the caller's transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import psycopg
from sqlalchemy import Connection

from roadmap.domain.entities import Entity, EntityKind
from roadmap.domain.errors import ConflictError
from roadmap.store.interface import Key, RowChange
from roadmap.store.migration_ops import ROADMAP_ID, ROW_VERSION
from roadmap.store.rows import codec, quote
from roadmap.store.sql_session import SqlSession, _selection

ReadAt = Callable[[RowChange], int]


def row_key(key: Key) -> str:
    """A row's key as one text, for `repository_removed`."""
    return key_text(*(value for _, value in key))


def key_text(*values: Any) -> str:
    """The key values of a row as one text: an entity's id, a link row's `owner|member`."""
    return "|".join(str(value) for value in values)


def key_values(text: str) -> list[str]:
    """The key values `key_text` joined."""
    return text.split("|")


class ServerSession(SqlSession):
    """One roadmap of the repository, inside the caller's server transaction.

    `version` is the version the changes are written at; `read_at` the version they were
    planned against (see the module), or a function giving it per change. A session only for
    reading needs neither.
    """

    mark: ClassVar[str] = "%s"
    same: ClassVar[str] = "IS NOT DISTINCT FROM"
    native_dates: ClassVar[bool] = True
    taken: ClassVar[tuple[type[Exception], ...]] = (psycopg.errors.UniqueViolation,)
    tiebreak: ClassVar[str] = "id"
    key_offset: ClassVar[int] = 1  # `_insert` writes the roadmap's id first

    def __init__(
        self,
        conn: Connection,
        roadmap_id: str,
        *,
        version: int = 0,
        read_at: int | ReadAt = 0,
    ) -> None:
        super().__init__(conn.connection.driver_connection)
        self.roadmap_id = roadmap_id
        self.version = version
        if callable(read_at):
            self._read_at = read_at
        else:
            planned = read_at
            self._read_at = lambda _change: planned
        self._scope = (f"{ROADMAP_ID} = %s",)
        self._scope_values = (roadmap_id,)

    def load_written_after(self, kind: EntityKind, version: int) -> list[Entity]:
        """The records of `kind` written after `version`, without their list-of-IDs fields (a
        pull reads the link rows that changed on their own). Follows the
        `(roadmap_id, row_version)` index: the cost is that of the changes."""
        sql, _order = _selection(kind)
        rows = self._fetch(sql + self._where(f"{ROW_VERSION} > %s"), self._params(version))
        return codec(kind, native_dates=True).decode_all(rows)

    def rows_written_after(
        self, table: str, columns: Sequence[str], version: int
    ) -> list[tuple[Any, ...]]:
        """`columns` of the rows of `table` written after `version`."""
        names = ", ".join(quote(c) for c in columns)
        where = self._where(f"{ROW_VERSION} > %s")
        return [
            tuple(r)
            for r in self._fetch(
                f"SELECT {names} FROM {quote(table)}{where}", self._params(version)
            )
        ]

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """`insert_all`'s rows, with the roadmap's id and the version they are written at."""
        extra = [(self.roadmap_id, *row, self.version) for row in rows]
        super()._insert(table, (ROADMAP_ID, *columns, ROW_VERSION), extra)

    def _apply_batch(self, batch: list[RowChange]) -> None:
        first = batch[0]
        table = quote(first.table)
        key = [col for col, _ in first.key]
        if first.before is None:
            self._insert_batch(batch)
            return
        where = " AND ".join(
            [f"{ROADMAP_ID} = %s", *(f"{quote(col)} = %s" for col in key), f"{ROW_VERSION} <= %s"]
        )
        params: list[list[Any]] = []
        if first.after is None:
            sql = f"DELETE FROM {table} WHERE {where}"
            for c in batch:
                params.append([self.roadmap_id, *(v for _, v in c.key), self._read_at(c)])
        else:
            sets = ", ".join(f"{quote(col)} = %s" for col in (*first.after, ROW_VERSION))
            sql = f"UPDATE {table} SET {sets} WHERE {where}"
            for c in batch:
                assert c.after is not None
                values = [*c.after.values(), self.version]
                params.append([*values, self.roadmap_id, *(v for _, v in c.key), self._read_at(c)])
        if self._write(sql, params) != len(batch):
            raise ConflictError("edit.conflict", what=self._changed(batch))
        if first.after is None:
            self._mark_removed(batch)

    def _insert_batch(self, batch: list[RowChange]) -> None:
        first = batch[0]
        assert first.after is not None
        self._write(
            "DELETE FROM repository_removed WHERE roadmap_id = %s AND table_name = %s "
            "AND row_key = %s",
            [(self.roadmap_id, c.table, row_key(c.key)) for c in batch],
        )
        # A taken key would fail the statement and with it the transaction: look first, so
        # the conflict can name the row.
        if self._taken_rows(batch):
            raise ConflictError("edit.row_exists", what=self._taken(batch))
        columns = (ROADMAP_ID, *first.after, ROW_VERSION)
        sql = (
            f"INSERT INTO {quote(first.table)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({self._marks(len(columns))})"
        )
        rows = [(self.roadmap_id, *c.after.values(), self.version) for c in batch if c.after]
        try:
            self._write(sql, rows)
        except self.taken:  # inserted meanwhile by a write that bypassed the roadmap's lock
            raise ConflictError("edit.row_exists", what=self._describe(first)) from None

    def _taken_rows(self, batch: list[RowChange]) -> bool:
        key = [col for col, _ in batch[0].key]
        if len(key) == 1:
            sql = f"SELECT 1 FROM {quote(batch[0].table)} WHERE {ROADMAP_ID} = %s AND "
            sql += f"{quote(key[0])} = ANY(%s) LIMIT 1"
            return bool(self._fetch(sql, (self.roadmap_id, [c.key[0][1] for c in batch])))
        return any(self._holds(c) for c in batch)

    def _mark_removed(self, batch: list[RowChange]) -> None:
        self._write(
            "INSERT INTO repository_removed (roadmap_id, table_name, row_key, row_version) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (roadmap_id, table_name, row_key) "
            "DO UPDATE SET row_version = EXCLUDED.row_version",
            [(self.roadmap_id, c.table, row_key(c.key), self.version) for c in batch],
        )

    def _changed(self, batch: list[RowChange]) -> Any:
        """The first row of `batch` that was written after the version it was planned
        against, or is not there (the rest of the batch was written at `version` already; a
        deleted row is gone either way, so a delete names a row still there)."""
        for change in batch:
            found = self._holds(change, ROW_VERSION)
            written = found[0][0] if found else None
            if change.after is None:
                if written is not None:
                    return self._describe(change)
                continue
            planned = written is not None and written <= self._read_at(change)
            if not planned and written != self.version:
                return self._describe(change)
        return self._describe(batch[0])
