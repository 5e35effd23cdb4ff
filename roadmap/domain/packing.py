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
from dataclasses import fields
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from roadmap.domain.entities import ENTITY_TYPES, EntityKind
from roadmap.domain.errors import ValidationError
from roadmap.domain.snapshot import SECTION, WRITE_ORDER, RoadmapSnapshot

PACK_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _reader(hint: Any) -> Callable[[Any], Any]:
    if typing.get_origin(hint) is tuple:  # a list of IDs
        return tuple
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if args else hint
    optional = type(None) in typing.get_args(hint)
    convert: Callable[[Any], Any]
    if base is date:
        convert = date.fromisoformat
    elif isinstance(base, type) and issubclass(base, Enum):
        convert = base
    elif base is float:
        convert = float
    else:
        return lambda value: value
    if optional:
        return lambda value: None if value is None else convert(value)
    return convert


@cache
def _layout(kind: EntityKind) -> tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]:
    cls = ENTITY_TYPES[kind]
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in fields(cls))
    return names, tuple(_reader(hints[name]) for name in names)


def pack(snapshot: RoadmapSnapshot) -> bytes:
    """`snapshot` as compressed bytes that `unpack` turns back into an equal snapshot."""
    data: dict[str, Any] = {"pack": PACK_VERSION}
    for kind in WRITE_ORDER:
        names, _ = _layout(kind)
        data[SECTION.get(kind, "roadmap")] = [
            [_plain(getattr(entity, name)) for name in names] for entity in snapshot.of(kind)
        ]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(blob: bytes) -> RoadmapSnapshot:
    """The snapshot `pack` made; raises `ValidationError` for bytes it did not make."""
    try:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
        if data.get("pack") != PACK_VERSION:
            raise ValueError("unknown pack version")
        sections: dict[str, Any] = {}
        info = None
        for kind in WRITE_ORDER:
            names, readers = _layout(kind)
            cls = ENTITY_TYPES[kind]
            items = tuple(
                cls(**{n: read(v) for n, read, v in zip(names, readers, row, strict=True)})
                for row in data[SECTION.get(kind, "roadmap")]
            )
            if kind is EntityKind.ROADMAP:
                (info,) = items
            else:
                sections[SECTION[kind]] = items
    except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError("copy.base_unreadable", reason=str(exc)) from None
    return RoadmapSnapshot(info=info, **sections)  # type: ignore[arg-type]
