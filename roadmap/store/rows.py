"""Entities to table rows and back: the codec every store backend shares.

A row is a plain dict as the store interface speaks it: enums as their text value, dates as
`date`. Decoding is compiled per table (see `_compile_constructors`) because loading 10,000
steps is dominated by per-value Python work; a driver that returns dates as ISO text (SQLite)
gets a decoder that parses them, one that returns `date` objects (PostgreSQL) one that does not.
"""

from __future__ import annotations

import sqlite3
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

from roadmap.domain.entities import ENTITY_TYPES, Entity, EntityKind
from roadmap.domain.errors import RoadmapError
from roadmap.domain.packing import plain_expression
from roadmap.store.interface import Row
from roadmap.store.tables import BY_NAME, LINKS, TABLES, StoredTable

if TYPE_CHECKING:
    from sqlalchemy import Connection


class UndecodableText(RoadmapError):
    """The file holds text that is not UTF-8 (only another program can have written it)."""


def undecodable(exc: sqlite3.OperationalError) -> UndecodableText | None:
    """The refusal for a read that met text in another encoding; None for other errors."""
    if "decode" not in str(exc):
        return None
    return UndecodableText("file.bad_text", detail=str(exc))


class LenientReader(sqlite3.Connection):
    """A read-only connection that shows text which is not UTF-8 with U+FFFD instead of
    refusing it (`roadmap export` of such a file still works; `check` names the values).

    Decoding runs in the driver's C code; only a read that meets bad bytes is run again with
    a Python decoder for every text value (`read_rows`), so a sound file loads at full speed.
    """


def lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def read_rows(driver: Any, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """All rows of `sql` as the driver's tuples; text that is not UTF-8 is refused
    (`UndecodableText`), or replaced on a `LenientReader`."""
    try:
        rows: list[Any] = driver.execute(sql, tuple(params)).fetchall()
        return rows
    except sqlite3.OperationalError as exc:
        # Text written by another program in some other encoding: told, not a traceback.
        refusal = undecodable(exc)
        if refusal is None:
            raise
        if not isinstance(driver, LenientReader):
            raise refusal from None
    driver.text_factory = lenient_text
    try:
        rows = driver.execute(sql, tuple(params)).fetchall()
    finally:
        driver.text_factory = str
    return rows


def quote(name: str) -> str:
    return f'"{name}"'


def _decoder(hint: Any, native_dates: bool) -> Callable[[Any], Any] | None:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if args else hint
    if base is date:
        return None if native_dates else date.fromisoformat
    if isinstance(base, type) and issubclass(base, Enum):
        # A dict lookup is several times faster than calling the enum class.
        return {member.value: member for member in base}.__getitem__
    if base is float:
        return float
    return None


def _encode_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


@dataclass(frozen=True)
class Codec:
    """How one entity type maps onto its table."""

    cls: type[Entity]
    table: StoredTable
    columns: tuple[str, ...]
    decoders: tuple[Callable[[Any], Any] | None, ...]
    link_fields: tuple[str, ...]
    # The table keeps a `position` the entity does not have (organizations, people, …): the
    # order they were added in, stored so that undoing a delete puts a row back where it was.
    stored_position: bool
    make: Callable[[Sequence[Any]], Entity]
    make_linked: Callable[[Sequence[Any], dict[str, Any]], Entity]
    # `(entity, position) -> the values of insert_columns`, as the driver takes them.
    pack: Callable[[Entity, int], tuple[Any, ...]]

    @property
    def insert_columns(self) -> tuple[str, ...]:
        """The columns a new row of this table is written with: the entity's, and `position`
        where the table keeps one of its own."""
        return self.columns + (("position",) if self.stored_position else ())

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


def _compile_constructors(
    cls: type[Entity], decoders: Sequence[Callable[[Any], Any] | None], nullable: Sequence[bool]
) -> tuple[Callable[[Sequence[Any]], Entity], Callable[[Sequence[Any], dict[str, Any]], Entity]]:
    """`row -> entity` functions written out per table.

    Loading 10,000 steps is dominated by per-value Python work; spelling the conversions out
    (as `dataclasses` itself does for `__init__`) halves it against a generic loop. The entity
    is then filled slot by slot rather than through the frozen `__init__` (which sets each
    field through `object.__setattr__`): the values were checked when the file was opened
    (`stored_values.py`), the entities have no `__post_init__`, and this is about twice as
    fast. List-of-ID fields, which are not columns, get their default unless given.
    """
    every = fields(cls)
    assert not hasattr(cls, "__post_init__") and hasattr(cls, "__slots__"), cls
    names: dict[str, Any] = {"cls": cls, "new": object.__new__}
    body = ["    o = new(cls)"]
    for i, conv in enumerate(decoders):
        names[f"s{i}"] = getattr(cls, every[i].name).__set__
        value = f"r[{i}]"
        if conv is not None:
            names[f"c{i}"] = conv
            value = (
                f"(None if r[{i}] is None else c{i}(r[{i}]))" if nullable[i] else f"c{i}(r[{i}])"
            )
        body.append(f"    s{i}(o, {value})")
    plain, linked = list(body), list(body)
    for j, link in enumerate(every[len(decoders) :]):
        names[f"l{j}"] = getattr(cls, link.name).__set__
        names[f"d{j}"] = default = link.default
        assert isinstance(default, tuple), link  # shared by every entity: must be immutable
        plain.append(f"    l{j}(o, d{j})")
        linked.append(f"    l{j}(o, extra.get({link.name!r}, d{j}))")
    source = (
        "def make(r):\n" + "\n".join(plain) + "\n    return o\n"
        "def make_linked(r, extra):\n" + "\n".join(linked) + "\n    return o\n"
    )
    exec(compile(source, f"<row decoder {cls.__name__}>", "exec"), names)
    return names["make"], names["make_linked"]


def _compile_packer(
    cls: type[Entity],
    columns: Sequence[str],
    hints: dict[str, Any],
    native_dates: bool,
    position: bool,
) -> Callable[[Entity, int], tuple[Any, ...]]:
    """`(entity, position) -> row values` written out per table, for writing a whole roadmap
    into a new file: enums as their value, dates as ISO text unless the driver keeps dates."""
    values = [
        plain_expression(hints[name], f"e.{name}", keep_dates=native_dates) for name in columns
    ]
    if position:
        values.append("p")
    source = f"def pack(e, p):\n    return ({', '.join(values)},)\n"
    names: dict[str, Any] = {}
    exec(compile(source, f"<row packer {cls.__name__}>", "exec"), names)
    packer: Callable[[Entity, int], tuple[Any, ...]] = names["pack"]
    return packer


def codec(kind: EntityKind, *, native_dates: bool = False) -> Codec:
    """How `kind` maps onto its table; `native_dates` for a driver that returns `date`s."""
    # One cache key however it is asked: `codec(k)` and `codec(k, native_dates=False)` were
    # two, and opening a roadmap compiled the constructors of a kind twice.
    return _codec(kind, native_dates)


@cache
def _codec(kind: EntityKind, native_dates: bool) -> Codec:
    cls = ENTITY_TYPES[kind]
    hints = typing.get_type_hints(cls)
    link_fields = tuple(f.name for f in fields(cls) if (kind, f.name) in LINKS)
    columns = tuple(f.name for f in fields(cls) if f.name not in link_fields)
    # Rows decode positionally, so list-of-ID fields (given by keyword) must come last.
    assert all(f.name in link_fields for f in fields(cls)[len(columns) :]), kind
    table = TABLES[kind]
    missing = set(columns) - set(table.columns)
    assert not missing, f"{kind}: columns missing in table: {missing}"
    decoders = tuple(_decoder(hints[c], native_dates) for c in columns)
    nullable = [type(None) in typing.get_args(hints[c]) for c in columns]
    make, make_linked = _compile_constructors(cls, decoders, nullable)
    stored_position = "position" in table.columns and "position" not in columns
    pack = _compile_packer(cls, columns, hints, native_dates, stored_position)
    return Codec(
        cls, table, columns, decoders, link_fields, stored_position, make, make_linked, pack
    )


@cache
def date_columns(table: str) -> frozenset[str]:
    """The columns of `table` that hold dates (ISO text in SQLite, `date` at the interface)."""
    return BY_NAME[table].dates


@cache
def link_order(table: str) -> tuple[str, str]:
    """The (owner, member) columns of a link table: members are ordered within their owner."""
    for link, owner, member in LINKS.values():
        if link.name == table:
            return owner, member
    raise KeyError(table)


def fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows as the driver's plain tuples, for the file's own bookkeeping tables."""
    driver = conn.connection.driver_connection
    assert driver is not None
    return read_rows(driver, sql, params)
