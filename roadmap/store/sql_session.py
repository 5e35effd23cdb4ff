"""The store interface over an SQL database, through the driver's own cursor.

`SqlSession` speaks plain DB-API (`execute`, `executemany`, `fetchall`, `rowcount`) on the
driver connection (the file's own sqlite3 connection; on the server the one beneath a
SQLAlchemy transaction), so loading 10,000 steps is one statement and building the values;
nothing of SQLAlchemy's row machinery runs per row, and the file needs none of it. What differs
between databases is a handful of class attributes: the parameter mark, the NULL-safe
comparison, whether the driver keeps dates as `date` (PostgreSQL) or ISO text (SQLite), and
which driver error means "that key is taken". `SqliteSession` sets them for the file; a
server backend subclasses `SqlSession` the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from operator import itemgetter
from typing import Any, ClassVar

from roadmap.collector import collector_paused
from roadmap.domain.entities import NAME_FIELDS, SIBLING_SCOPE, Entity, EntityKind
from roadmap.domain.errors import ConflictError
from roadmap.domain.messages import Message, message
from roadmap.store.interface import Row, RowChange
from roadmap.store.rows import codec, date_columns, link_order, quote, read_rows
from roadmap.store.tables import BY_NAME, KIND_OF_TABLE, LINKS, TABLES

_CHUNK = 500  # bound parameters per IN (…): well under every database's limit


@cache
def order_columns(table: str) -> tuple[str, ...]:
    """The stored order of a table, as the columns to sort by: within its parent by
    position, ties by key (the file's reads, the server's, and a clone all list a kind so)."""
    if "position" not in BY_NAME[table].columns:  # the store's own tables, baselines
        return BY_NAME[table].primary_key
    kind = KIND_OF_TABLE.get(table)
    if kind is None:
        owner, member = link_order(table)
        return (owner, "position", member)
    if kind is EntityKind.ROADMAP:
        return ()
    scope = SIBLING_SCOPE.get(kind)
    return (scope, "position", "id") if scope else ("position", "id")


def _order_by(table: str) -> str:
    columns = order_columns(table)
    return " ORDER BY " + ", ".join(quote(c) for c in columns) if columns else ""


@cache
def _selection(kind: EntityKind) -> tuple[str, Callable[[Any], Any] | None]:
    """The SELECT that loads `kind` (with `position` last when the entity has none) and the
    key that puts its rows in the stored order.

    The key is for a session whose database may order text differently from Python (a
    server's collation) and for rows gathered from several statements (`load_where`); SQLite
    orders a whole table itself (`sorts_as_python`: its sorter in C costs less than a key
    tuple per row and Python's sort). Decoding reads the entity's columns by index and ignores
    the extra `position`.
    """
    c = codec(kind)
    if "position" not in c.table.columns:
        return c.from_sql, None
    columns = list(c.columns)
    sql = c.from_sql
    if c.stored_position:
        sql = sql.replace(" FROM ", ", position FROM ", 1)
        columns.append("position")
    return sql, itemgetter(*(columns.index(name) for name in order_columns(c.table.name)))


class SqlSession:
    """One transaction or one consistent read on an SQL database (see `StoreSession`)."""

    mark: ClassVar[str] = "?"  # the driver's parameter mark
    same: ClassVar[str] = "IS"  # NULL-safe equality: `a IS b`, `a IS NOT DISTINCT FROM b`
    native_dates: ClassVar[bool] = False  # the driver reads and writes `date` itself
    taken: ClassVar[tuple[type[Exception], ...]] = ()  # what the driver raises for a taken key
    tiebreak: ClassVar[str] = "id"  # last sort key of `table_rows`
    key_offset: ClassVar[int] = 0  # where a row's key starts in the rows `_insert` writes
    # The database orders text as Python does (by code point: SQLite's BINARY collation), so
    # `load_all` may let it sort; a server's collation may not, and Python sorts there.
    sorts_as_python: ClassVar[bool] = False

    def __init__(self, driver: Any) -> None:
        """`driver`: the DB-API connection, inside the transaction the caller began."""
        self._driver: Any = driver
        # Conditions every statement carries, with their values: a server session sees only
        # its own roadmap's rows (`roadmap_id = …`), the file holds one roadmap and needs none.
        self._scope: tuple[str, ...] = ()
        self._scope_values: tuple[Any, ...] = ()

    # -- plumbing -------------------------------------------------------------------------

    def _where(self, *conditions: str) -> str:
        """` WHERE …` of the session's scope and `conditions` (empty if there are none);
        the scope's values come first in the parameters (`_params`)."""
        parts = [*self._scope, *conditions]
        return f" WHERE {' AND '.join(parts)}" if parts else ""

    def _params(self, *values: Any) -> tuple[Any, ...]:
        return (*self._scope_values, *values)

    def _within(self, scope: str | None, value: Any) -> tuple[str, tuple[Any, ...]]:
        """The WHERE clause and parameters of the rows whose `scope` column is `value` (all
        rows of the session's scope when `scope` is None)."""
        if scope is None:
            return self._where(), self._params()
        return self._where(f"{quote(scope)} = {self.mark}"), self._params(value)

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return read_rows(self._driver, sql, params)

    def _write(self, sql: str, params: Sequence[Sequence[Any]]) -> int:
        """Run `sql` once per parameter tuple; the number of rows it touched in all."""
        cursor = self._driver.cursor()
        try:
            if len(params) == 1:
                cursor.execute(sql, tuple(params[0]))
            else:
                cursor.executemany(sql, [tuple(p) for p in params])
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def _marks(self, count: int) -> str:
        return ", ".join([self.mark] * count)

    def _to_db(self, table: str, row: Row) -> list[Any]:
        if self.native_dates:
            return list(row.values())
        dates = date_columns(table)
        return [
            value.isoformat() if name in dates and isinstance(value, date) else value
            for name, value in row.items()
        ]

    def _from_db(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> Row:
        row = dict(zip(columns, values, strict=True))
        if not self.native_dates:
            for name in date_columns(table):
                if isinstance(row.get(name), str):
                    row[name] = date.fromisoformat(row[name])
        return row

    # -- reading --------------------------------------------------------------------------

    def _decode(self, kind: EntityKind, rows: list[Any]) -> list[Entity]:
        c = codec(kind, native_dates=self.native_dates)
        if not c.link_fields or not rows:
            return c.decode_all(rows)
        owners = None if len(rows) > _CHUNK else [row[0] for row in rows]
        links = self._links(kind, owners)
        return c.decode_all(rows, [links.get(row[0]) for row in rows])

    def lists_of(self, kind: EntityKind, owners: Sequence[str]) -> dict[str, dict[str, tuple[str, ...]]]:  # fmt: skip
        """For each of `owners` (IDs of `kind`) that has any, its lists of IDs, in order."""
        return self._links(kind, None if len(owners) > _CHUNK else owners)

    def _links(
        self, kind: EntityKind, owners: Sequence[str] | None
    ) -> dict[str, dict[str, tuple[str, ...]]]:
        """For each owner ID, its list-of-IDs fields (e.g. a product's pathway_ids), in order."""
        result: dict[str, dict[str, tuple[str, ...]]] = {}
        for link_field in codec(kind).link_fields:
            table, owner, member = LINKS[(kind, link_field)]
            sql = f"SELECT {quote(owner)}, {quote(member)} FROM {quote(table.name)}"
            if owners is None:
                sql += self._where()
                params = self._params()
            else:
                sql += self._where(f"{quote(owner)} IN ({self._marks(len(owners))})")
                params = self._params(*owners)
            grouped: dict[str, list[str]] = {}
            for owner_id, member_id in self._fetch(sql + _order_by(table.name), params):
                grouped.setdefault(owner_id, []).append(member_id)
            for owner_id, members in grouped.items():
                result.setdefault(owner_id, {})[link_field] = tuple(members)
        return result

    def load_all(self, kind: EntityKind) -> list[Entity]:
        sql, order = _selection(kind)
        sql += self._where()
        if order is not None and self.sorts_as_python:
            # SQLite's sorter in C costs less than building a key per row for Python's sort.
            sql += _order_by(codec(kind).table.name)
            order = None
        with collector_paused():
            rows = self._fetch(sql, self._params())
            if order is not None:
                rows.sort(key=order)
            entities = self._decode(kind, rows)
            # The collector runs as soon as it resumes: let it find only the entities, not
            # the driver's rows as well (they are garbage now, freed by their count).
            del rows
        return entities

    def load_where(self, kind: EntityKind, column: str, values: Iterable[Any]) -> list[Entity]:
        wanted = list(values)
        sql, order = _selection(kind)
        rows: list[Any] = []
        with collector_paused():
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                where = self._where(f"{quote(column)} IN ({self._marks(len(chunk))})")
                rows += self._fetch(sql + where, self._params(*chunk))
            if order is not None:
                rows.sort(key=order)
            entities = self._decode(kind, rows)
            del rows  # see load_all
        return entities

    def load_one(self, kind: EntityKind, entity_id: str) -> Entity | None:
        found = self.load_where(kind, "id", [entity_id])
        return found[0] if found else None

    def exists(self, kind: EntityKind, entity_id: str) -> bool:
        sql = f"SELECT 1 FROM {quote(TABLES[kind].name)}{self._where(f'id = {self.mark}')}"
        return bool(self._fetch(sql, self._params(entity_id)))

    def count(self, kind: EntityKind) -> int:
        sql = f"SELECT count(*) FROM {quote(TABLES[kind].name)}{self._where()}"
        return int(self._fetch(sql, self._params())[0][0])

    def find_ids(self, kind: EntityKind, **equal: Any) -> list[str]:
        where = self._where(*(f"{quote(col)} = {self.mark}" for col in equal))
        table = TABLES[kind].name
        sql = f"SELECT id FROM {quote(table)}{where}{_order_by(table)}"
        return [row[0] for row in self._fetch(sql, self._params(*self._to_db(table, equal)))]

    def rows_where(self, table: str, column: str, value: Any) -> list[Row]:
        columns = list(BY_NAME[table].columns)
        sql = (
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)} "
            f"{self._where(f'{quote(column)} = {self.mark}')}{_order_by(table)}"
        )
        found = self._fetch(sql, self._params(value))
        return [self._from_db(table, columns, values) for values in found]

    def table_rows(self, table: str, order_by: Sequence[str]) -> list[Row]:
        columns = list(BY_NAME[table].columns)
        # Ties keep the order rows were added in where the database knows it (SQLite's rowid).
        order = ", ".join([*(quote(c) for c in order_by), self.tiebreak])
        sql = (
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)}"
            f"{self._where()} ORDER BY {order}"
        )
        found = self._fetch(sql, self._params())
        return [self._from_db(table, columns, values) for values in found]

    def positions(self, table: str, scope: str | None = None, value: Any = None) -> list[Row]:
        keys = list(BY_NAME[table].primary_key)
        where, params = self._within(scope, value)
        sql = f"SELECT {', '.join(quote(k) for k in keys)}, position FROM {quote(table)}{where}"
        columns = [*keys, "position"]
        return [
            dict(zip(columns, row, strict=True))
            for row in self._fetch(sql + _order_by(table), params)
        ]

    def next_position(self, table: str, scope: str | None = None, value: Any = None) -> int:
        where, params = self._within(scope, value)
        result = self._fetch(f"SELECT max(position) FROM {quote(table)}{where}", params)[0][0]
        return 0 if result is None else int(result) + 1

    # -- writing --------------------------------------------------------------------------

    def apply(self, changes: Sequence[RowChange]) -> None:
        """Consecutive changes of one shape (same table, same columns) go in one
        `executemany`, so an import of thousands of rows costs a handful of statements; the
        rows they touched are counted against the rows they name."""
        batch: list[RowChange] = []
        for change in changes:
            if batch and not _same_shape(batch[0], change):
                self._apply_batch(batch)
                batch = []
            batch.append(change)
        if batch:
            self._apply_batch(batch)

    def insert_all(self, sections: Sequence[tuple[EntityKind, Sequence[Entity]]]) -> None:
        """Write whole sections, in order, into tables that hold none of their rows (a new
        roadmap): one `executemany` per table, each entity packed straight into the values
        the driver takes (no `RowChange` per row), then the link tables. Positions follow
        the order given, as `plan_insert` gives them. A key that is taken is a conflict."""
        links: list[tuple[str, str, str, list[tuple[str, str, int]]]] = []
        for kind, entities in sections:
            c = codec(kind, native_dates=self.native_dates)
            pack = c.pack
            rows = [pack(entity, position) for position, entity in enumerate(entities)]
            self._insert(c.table.name, c.insert_columns, rows)
            for link_field in c.link_fields:
                table, owner, member = LINKS[(kind, link_field)]
                pairs = [
                    (entity.id, target, position)
                    for entity in entities
                    for position, target in enumerate(getattr(entity, link_field))
                ]
                links.append((table.name, owner, member, pairs))
        for table_name, owner, member, pairs in links:
            self._insert(table_name, (owner, member, "position"), pairs)

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        names = ", ".join(quote(c) for c in columns)
        sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({self._marks(len(columns))})"
        cursor = self._driver.cursor()
        try:
            cursor.executemany(sql, rows)
        except self.taken:
            taken = _first_taken(table, rows, self.key_offset)
            raise ConflictError("edit.row_exists", what=taken) from None
        finally:
            cursor.close()

    def _apply_batch(self, batch: list[RowChange]) -> None:
        first = batch[0]
        table = quote(first.table)
        if first.before is None:
            assert first.after is not None
            cols = ", ".join(quote(c) for c in first.after)
            sql = f"INSERT INTO {table} ({cols}) VALUES ({self._marks(len(first.after))})"
            params = [self._to_db(c.table, c.after) for c in batch if c.after is not None]
            try:
                self._write(sql, params)
            except self.taken:
                raise ConflictError("edit.row_exists", what=self._taken(batch)) from None
            return
        key = [col for col, _ in first.key]
        checked = list(first.before)
        where = " AND ".join(
            [f"{quote(col)} = {self.mark}" for col in key]
            + [f"{quote(col)} {self.same} {self.mark}" for col in checked if col not in key]
        )
        checked = [col for col in checked if col not in key]
        if first.after is None:
            sql = f"DELETE FROM {table} WHERE {where}"
            params = [
                [v for _, v in c.key] + self._to_db(c.table, {k: c.before[k] for k in checked})
                for c in batch
                if c.before is not None
            ]
        else:
            sets = ", ".join(f"{quote(c)} = {self.mark}" for c in first.after)
            sql = f"UPDATE {table} SET {sets} WHERE {where}"
            params = [
                self._to_db(c.table, c.after)
                + [v for _, v in c.key]
                + self._to_db(c.table, {k: c.before[k] for k in checked})
                for c in batch
                if c.before is not None and c.after is not None
            ]
        if self._write(sql, params) != len(batch):
            raise ConflictError("edit.conflict", what=self._changed(batch))

    def _changed(self, batch: list[RowChange]) -> Message:
        """The first row of `batch` that was not as it was planned against. The statement
        has run: the rows it could change hold their `after` values now (a deleted one is
        gone), so the culprit is a row that does not — or a row a delete left there."""
        for change in batch:
            expected = {**dict(change.key), **(change.after or {})}
            where = self._where(*(f"{quote(col)} {self.same} {self.mark}" for col in expected))
            values = self._params(*self._to_db(change.table, expected))
            found = bool(self._fetch(f"SELECT 1 FROM {quote(change.table)}{where}", values))
            if found == (change.after is None):
                return self._describe(change)
        return self._describe(batch[0])

    def _describe(self, change: RowChange) -> Message:
        """The row of `change` as a person knows it: its kind and name when it has one."""
        kind = KIND_OF_TABLE.get(change.table)
        key = ", ".join(str(value) for _, value in change.key)
        if kind is None:
            return message("record.link_row", table=change.table, key=key)
        columns = BY_NAME[change.table].columns
        for column in NAME_FIELDS:
            if column in columns:
                where = self._where(f"id = {self.mark}")
                sql = f"SELECT {quote(column)} FROM {quote(change.table)}{where}"
                found = self._fetch(sql, self._params(key))
                if found and found[0][0]:
                    return message("entity.named", kind=kind, name=found[0][0])
        return message("entity.unnamed", kind=kind, id=key)

    def _taken(self, batch: list[RowChange]) -> Message:
        for change in batch:
            if self._holds(change):
                return self._describe(change)
        return self._describe(batch[0])

    def _holds(self, change: RowChange, column: str = "1") -> list[Any]:
        """`column` of the row `change` is keyed by: one row when it is there, none if not."""
        where = self._where(*(f"{quote(col)} = {self.mark}" for col, _ in change.key))
        values = self._params(*(value for _, value in change.key))
        return self._fetch(f"SELECT {column} FROM {quote(change.table)}{where}", values)


def _same_shape(a: RowChange, b: RowChange) -> bool:
    if a.table != b.table or (a.before is None) != (b.before is None):
        return False
    if (a.after is None) != (b.after is None):
        return False
    if a.after is not None and b.after is not None and a.after.keys() != b.after.keys():
        return False
    if a.before is not None and b.before is not None and a.before.keys() != b.before.keys():
        return False
    return [k for k, _ in a.key] == [k for k, _ in b.key]


def _first_taken(table: str, rows: list[tuple[Any, ...]], offset: int) -> Message:
    """The row of a bulk insert whose key came twice (the keys come `offset` columns into
    each row)."""
    kind = KIND_OF_TABLE.get(table)
    width = 1 if kind is not None else 2
    seen: set[tuple[Any, ...]] = set()
    key = rows[0][offset : offset + width]
    for row in rows:
        row_key = row[offset : offset + width]
        if row_key in seen:
            key = row_key
            break
        seen.add(row_key)
    if kind is None:
        return message("record.link_row", table=table, key=", ".join(map(str, key)))
    return message("entity.unnamed", kind=kind, id=key[0])
