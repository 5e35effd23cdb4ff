"""Entities to table rows and back, and the bulk reads behind every query.

Rows are plain dicts of what SQLite holds (text for dates and enums), read and written with
the driver's own SQL so that loading 10,000 steps costs one statement and little more than
building the values.
"""

from __future__ import annotations

import sqlite3
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table

from roadmap.domain.entities import ENTITY_TYPES, SIBLING_SCOPE, Entity, EntityKind
from roadmap.domain.errors import RoadmapError
from roadmap.store.schema import LINKS, TABLES

Row = dict[str, Any]


class UndecodableText(RoadmapError):
    """The file holds text that is not UTF-8 (only another program can have written it)."""


def quote(name: str) -> str:
    return f'"{name}"'


def _decoder(hint: Any) -> Callable[[Any], Any] | None:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if args else hint
    if base is date:
        return date.fromisoformat
    if isinstance(base, type) and issubclass(base, Enum):
        # A dict lookup is several times faster than calling the enum class.
        return {member.value: member for member in base}.__getitem__
    if base is float:
        return float
    return None


def _encode_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Codec:
    """How one entity type maps onto its table."""

    cls: type[Entity]
    table: Table
    columns: tuple[str, ...]
    decoders: tuple[Callable[[Any], Any] | None, ...]
    link_fields: tuple[str, ...]
    make: Callable[[Sequence[Any]], Entity]
    make_linked: Callable[[Sequence[Any], dict[str, Any]], Entity]

    def encode(self, entity: Entity) -> Row:
        return {name: _encode_value(getattr(entity, name)) for name in self.columns}

    def decode(
        self, values: Sequence[Any], links: dict[str, tuple[str, ...]] | None = None
    ) -> Entity:
        return self.decode_all([values], [links] if links else None)[0]

    def decode_all(
        self,
        rows: Sequence[Sequence[Any]],
        links: Sequence[dict[str, tuple[str, ...]] | None] | None = None,
    ) -> list[Entity]:
        """Entities from rows, by a constructor call compiled for this table (see below)."""
        if not links:
            make = self.make
            return [make(row) for row in rows]
        make_linked = self.make_linked
        return [make_linked(row, extra or {}) for row, extra in zip(rows, links, strict=True)]

    @property
    def from_sql(self) -> str:
        """`SELECT <the entity's columns> FROM <its table>`, to add a WHERE or ORDER BY to."""
        cols = ", ".join(quote(c) for c in self.columns)
        return f"SELECT {cols} FROM {quote(self.table.name)}"

    @property
    def select_sql(self) -> str:
        # Kinds ordered among all of their kind load in that order; the others in the order
        # they were written, and views sort them within their parent by `position`.
        ordered = SIBLING_SCOPE.get(self.cls.kind, "") is None
        order = " ORDER BY position, rowid" if ordered else " ORDER BY rowid"
        return self.from_sql + order


def _compile_constructors(
    cls: type[Entity], decoders: Sequence[Callable[[Any], Any] | None], nullable: Sequence[bool]
) -> tuple[Callable[[Sequence[Any]], Entity], Callable[[Sequence[Any], dict[str, Any]], Entity]]:
    """`row -> entity` functions with one constructor call each, written out per table.

    Loading 10,000 steps is dominated by per-value Python work; spelling the conversions out
    (as `dataclasses` itself does for `__init__`) halves it against a generic loop.
    """
    names: dict[str, Any] = {"cls": cls}
    args = []
    for i, conv in enumerate(decoders):
        if conv is None:
            args.append(f"r[{i}]")
            continue
        names[f"c{i}"] = conv
        args.append(
            f"(None if r[{i}] is None else c{i}(r[{i}]))" if nullable[i] else f"c{i}(r[{i}])"
        )
    joined = ", ".join(args)
    source = (
        f"def make(r):\n    return cls({joined})\n"
        f"def make_linked(r, extra):\n    return cls({joined}, **extra)\n"
    )
    exec(compile(source, f"<row decoder {cls.__name__}>", "exec"), names)
    return names["make"], names["make_linked"]


@cache
def codec(kind: EntityKind) -> Codec:
    cls = ENTITY_TYPES[kind]
    hints = typing.get_type_hints(cls)
    link_fields = tuple(f.name for f in fields(cls) if (kind, f.name) in LINKS)
    columns = tuple(f.name for f in fields(cls) if f.name not in link_fields)
    # Rows decode positionally, so list-of-ID fields (given by keyword) must come last.
    assert all(f.name in link_fields for f in fields(cls)[len(columns) :]), kind
    table = TABLES[kind]
    missing = set(columns) - set(table.columns.keys())
    assert not missing, f"{kind}: columns missing in table: {missing}"
    decoders = tuple(_decoder(hints[c]) for c in columns)
    nullable = [type(None) in typing.get_args(hints[c]) for c in columns]
    make, make_linked = _compile_constructors(cls, decoders, nullable)
    return Codec(cls, table, columns, decoders, link_fields, make, make_linked)


def load_links(
    conn: Connection, kind: EntityKind, owners: Sequence[str] | None = None
) -> dict[str, dict[str, tuple[str, ...]]]:
    """For each owner ID, its list-of-IDs fields (e.g. a product's pathway_ids)."""
    result: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    for link_field in codec(kind).link_fields:
        table, owner, member = LINKS[(kind, link_field)]
        grouped: dict[str, list[str]] = defaultdict(list)
        sql = f"SELECT {quote(owner)}, {quote(member)} FROM {quote(table.name)}"
        params: tuple[str, ...] = ()
        if owners is not None:
            sql += f" WHERE {quote(owner)} IN ({', '.join('?' * len(owners))})"
            params = tuple(owners)
        for owner_id, member_id in conn.exec_driver_sql(sql + " ORDER BY rowid", params):
            grouped[owner_id].append(member_id)
        for owner_id, members in grouped.items():
            result[owner_id][link_field] = tuple(members)
    return result


def fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows as the driver's plain tuples: bulk reads skip SQLAlchemy's row objects."""
    driver = conn.connection.driver_connection
    assert driver is not None
    try:
        rows: list[Any] = driver.execute(sql, tuple(params)).fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc):
            raise
        # Text written by another program in some other encoding: told, not a traceback.
        raise UndecodableText("file.bad_text", detail=str(exc)) from None
    return rows


def load_all(conn: Connection, kind: EntityKind) -> list[Entity]:
    """Every entity of `kind`, in display order, in one statement (plus one per link table)."""
    c = codec(kind)
    rows = fetch(conn, c.select_sql)
    if not c.link_fields:
        return c.decode_all(rows)
    links = load_links(conn, kind)
    return c.decode_all(rows, [links.get(row[0]) for row in rows])


def load_where(
    conn: Connection, kind: EntityKind, column: str, values: Iterable[str]
) -> list[Entity]:
    """The entities of `kind` whose `column` is one of `values`."""
    wanted = list(values)
    if not wanted:
        return []
    c = codec(kind)
    found: list[Entity] = []
    # SQLite caps bound parameters; chunk to stay well under the limit.
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        base = c.from_sql
        sql = f"{base} WHERE {quote(column)} IN ({marks})"
        rows = fetch(conn, sql, chunk)
        if c.link_fields:
            links = load_links(conn, kind, [row[0] for row in rows])
            found.extend(c.decode(row, links.get(row[0])) for row in rows)
        else:
            found.extend(c.decode(row) for row in rows)
    return found


def load_one(conn: Connection, kind: EntityKind, entity_id: str) -> Entity | None:
    found = load_where(conn, kind, "id", [entity_id])
    return found[0] if found else None


def count(conn: Connection, kind: EntityKind) -> int:
    sql = f"SELECT count(*) FROM {quote(TABLES[kind].name)}"
    return int(conn.exec_driver_sql(sql).scalar_one())
