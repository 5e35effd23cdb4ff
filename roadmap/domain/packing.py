"""A whole roadmap as compact bytes: how a copy carries its base, and a file its merged copies.

The base of a breakout copy is the roadmap as it was when the copy was made. It is stored in
the copy (and in the JSON and workbook it is exported to) as zlib-compressed JSON of one list
of field values per record, so the L roadmap's base costs about a megabyte, not ten.
"""

from __future__ import annotations

import json
import typing
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from roadmap.domain.entities import ENTITY_TYPES, EntityKind
from roadmap.domain.errors import ValidationError
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot

PACK_VERSION = 1


def _base(hint: Any) -> tuple[Any, bool]:
    """A field's type without `| None`, and whether it may be None."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return (args[0] if args else hint), type(None) in typing.get_args(hint)


def plain_expression(hint: Any, value: str, *, keep_dates: bool = False) -> str:
    """The Python expression that turns the field `value` (of type `hint`) into a plain value
    for JSON or a database driver: enums as their value, dates as ISO text unless
    `keep_dates` (a driver that takes `date`s); lists of IDs stay tuples (`json` writes a tuple
    as a list). Written out once per record class by the code that packs records."""
    base, nullable = _base(hint)
    if typing.get_origin(hint) is tuple:
        return value
    if base is date and not keep_dates:
        plain = f"{value}.isoformat()"
    elif base is date:
        return value
    elif isinstance(base, type) and issubclass(base, StrEnum):
        plain = f"str({value})"  # the value, without the slow `.value` descriptor
    elif isinstance(base, type) and issubclass(base, Enum):
        plain = f"{value}.value"
    else:
        return value
    return f"(None if {value} is None else {plain})" if nullable else plain


def _reader(hint: Any) -> Callable[[Any], Any] | None:
    """How a field's JSON value becomes the field's value (None: it already is)."""
    if typing.get_origin(hint) is tuple:  # a list of IDs
        return tuple
    base, _ = _base(hint)
    if base is date:
        return date.fromisoformat
    if isinstance(base, type) and issubclass(base, Enum):
        return {member.value: member for member in base}.__getitem__
    if base is float:
        return float
    return None


@dataclass(frozen=True)
class _Layout:
    row: Callable[[Any], list[Any]]  # entity -> its JSON row
    make: Callable[[list[Any]], Any]  # JSON row -> entity (ValueError/KeyError if not one)


@cache
def _layout(kind: EntityKind) -> _Layout:
    """The row writer and reader of `kind`, written out per entity class.

    A merge of three copies of L packs and unpacks a few hundred thousand values; spelling
    the conversions out (as `store/rows.py` does for table rows) halves a generic loop. An
    entity is filled slot by slot, as `cls(*row)` would fill it (the entities have no
    `__post_init__`), without the frozen `__init__`'s `object.__setattr__` per field.
    """
    cls = ENTITY_TYPES[kind]
    assert not hasattr(cls, "__post_init__") and hasattr(cls, "__slots__"), cls
    hints = typing.get_type_hints(cls)
    every = fields(cls)
    names: dict[str, Any] = {"cls": cls, "new": object.__new__}
    written = ", ".join(plain_expression(hints[f.name], f"e.{f.name}") for f in every)
    body = [
        f"def row(e):\n    return [{written}]\n",
        f"def make(r):\n    if len(r) != {len(every)}:\n"
        f"        raise ValueError(f'a {kind.value} has {{len(r)}} fields, not {len(every)}')\n"
        "    o = new(cls)",
    ]
    for i, f in enumerate(every):
        names[f"s{i}"] = getattr(cls, f.name).__set__
        value = f"r[{i}]"
        read = _reader(hints[f.name])
        if read is not None:
            names[f"c{i}"] = read
            value = f"(None if r[{i}] is None else c{i}(r[{i}]))"
        body.append(f"    s{i}(o, {value})")
    source = "\n".join(body) + "\n    return o\n"
    exec(compile(source, f"<packed rows {cls.__name__}>", "exec"), names)
    return _Layout(names["row"], names["make"])


def _rows(kind: EntityKind, entities: tuple[Any, ...]) -> list[list[Any]]:
    row = _layout(kind).row
    return [row(entity) for entity in entities]


def pack(snapshot: RoadmapSnapshot) -> bytes:
    """`snapshot` as compressed bytes that `unpack` turns back into an equal snapshot."""
    data: dict[str, Any] = {"pack": PACK_VERSION}
    for kind in WRITE_ORDER:
        data[SECTION.get(kind, "roadmap")] = _rows(kind, snapshot.of(kind))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Level 1: a few times faster than the default for ~15% more bytes; merges of L pack
    # three copies, so speed matters more than the last hundred kilobytes.
    return zlib.compress(text.encode("utf-8"), 1)


def _entities(kind: EntityKind, rows: list[list[Any]]) -> tuple[Any, ...]:
    make = _layout(kind).make
    return tuple(make(row) for row in rows)


def unpack(blob: bytes) -> RoadmapSnapshot:
    """The snapshot `pack` made; raises `ValidationError` for bytes it did not make."""
    try:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
        if data.get("pack") != PACK_VERSION:
            raise ValueError("unknown pack version")
        sections: dict[str, Any] = {}
        info = None
        for kind in WRITE_ORDER:
            items = _entities(kind, data[SECTION.get(kind, "roadmap")])
            if kind is EntityKind.ROADMAP:
                (info,) = items
            else:
                sections[SECTION[kind]] = items
    except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError("copy.base_unreadable", reason=str(exc)) from None
    return RoadmapSnapshot(info=info, **sections)  # type: ignore[arg-type]
