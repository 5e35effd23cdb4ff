"""Build entities from loosely typed records (JSON objects, workbook rows).

Both importers hand in dicts of field → raw value; this module turns them into entities or
says exactly which field is wrong and why, in words a planner understands.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from math import isfinite
from typing import Any

from roadmap.domain.entities import ENTITY_TYPES, SIBLING_SCOPE, Entity, EntityKind
from roadmap.domain.messages import Message, message

# Fields a record must give, beyond those the entity cannot be made without.
_ALSO_REQUIRED: dict[EntityKind, tuple[str, ...]] = {
    EntityKind.STEP: ("name", "start", "end"),
    EntityKind.PATHWAY: ("name",),
    EntityKind.FIGURE_OF_MERIT: ("name",),
    EntityKind.MOBILITY: ("start",),
    EntityKind.PATENT_EVENT: ("date",),
    EntityKind.SCORE: ("value",),
}


class ValueProblem(ValueError):
    """A value that cannot be read as its field's type; `said` is the catalogue message,
    `str()` its English text."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.render("en"))
        self.said = said


def problem_of(error: Exception) -> str | Message:
    """What went wrong with a value, as a message when the error carries one."""
    said = getattr(error, "said", None)
    return said if isinstance(said, Message) else str(error)


class FieldError(ValueError):
    """One field of one record cannot be read: `said` in the reader's language, `message`
    its English text."""

    def __init__(self, field: str, said: Message) -> None:
        super().__init__(said.render("en"))
        self.field = field
        self.said = said
        self.message = said.render("en")

    @property
    def missing(self) -> bool:
        return self.said.code == "value.missing"


@cache
def hints(kind: EntityKind) -> dict[str, Any]:
    return typing.get_type_hints(ENTITY_TYPES[kind])


@cache
def record_fields(kind: EntityKind) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(ENTITY_TYPES[kind]))


@cache
def required_fields(kind: EntityKind) -> frozenset[str]:
    bare = {
        f.name
        for f in dataclasses.fields(ENTITY_TYPES[kind])
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    return frozenset(bare | set(_ALSO_REQUIRED.get(kind, ())))


def _show(value: object) -> str:
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def coerce(value: Any, hint: Any) -> Any:
    """`value` as the type `hint` asks for; raises ValueError with a plain message."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
    base = args[0] if optional and args else hint
    if value is None or (isinstance(value, str) and not value.strip() and base is not str):
        if optional:
            return None
        raise ValueProblem(message("value.empty"))
    if typing.get_origin(base) is tuple:
        if isinstance(value, str):
            return tuple(
                part.strip() for part in value.replace(";", ",").split(",") if part.strip()
            )
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise ValueProblem(message("value.not_ids", value=_show(value)))
    if base is date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.strip()).date()
            except ValueError:
                pass
        raise ValueProblem(message("value.not_date", value=_show(value)))
    if isinstance(base, type) and issubclass(base, Enum):
        text = str(value).strip()
        for member in base:
            if text == member.value or text.lower() == member.value.lower():
                return member
        choices = ", ".join(m.value for m in base)
        raise ValueProblem(message("value.not_one_of", value=_show(value), choices=choices))
    if base is int:
        if isinstance(value, bool):
            raise ValueProblem(message("value.not_whole", value=_show(value)))
        number = _number(value)
        if number != int(number):
            raise ValueProblem(message("value.not_whole", value=_show(value)))
        return int(number)
    if base is float:
        return _number(value)
    if base is str:
        if isinstance(value, (dict, list)):
            raise ValueProblem(message("value.not_text"))
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return value if isinstance(value, str) else _show(value)
    raise ValueProblem(message("value.unexpected_type", value=_show(value)))


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueProblem(message("value.not_number", value=_show(value)))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueProblem(message("value.not_number", value=_show(value))) from None
    if not math.isfinite(number):
        raise ValueProblem(message("value.not_finite", value=_show(value)))
    return number


def build(kind: EntityKind, record: Mapping[str, Any]) -> Entity:
    """An entity of `kind` from a record; raises `FieldError` naming the first bad field."""
    converters = _converters(kind)
    optional = optional_fields(kind)
    for name in required_fields(kind):
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise FieldError(name, message("value.missing"))
    values: dict[str, Any] = {}
    for name, raw in record.items():
        convert = converters.get(name)
        if convert is None:
            raise FieldError(name, message("value.unknown_field"))
        try:
            value = convert(raw)
        except ValueError as exc:
            said = problem_of(exc)
            raise FieldError(
                name, said if isinstance(said, Message) else message("value.other", text=said)
            ) from None
        if value is not None or name in optional:
            values[name] = value  # an empty cell (None) takes the field's default
    return ENTITY_TYPES[kind](**values)


@cache
def _converters(kind: EntityKind) -> dict[str, Callable[[Any], Any]]:
    """Per field, `coerce` with a fast path for a value that already has the field's type
    (what a JSON file or a typed cell mostly holds); anything else takes `coerce` itself."""
    return {name: _converter(hint) for name, hint in hints(kind).items()}


@cache
def converter(hint: Any) -> Callable[[Any], Any]:
    """`coerce(value, hint)` as a function, fast for a value that already has the type."""
    return _converter(hint)


def base_type(hint: Any) -> Any:
    """The type a field of type `hint` holds, without its Optional."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if typing.get_origin(hint) in (typing.Union, types.UnionType) else hint


def _converter(hint: Any) -> Callable[[Any], Any]:
    base = base_type(hint)

    def slow(value: Any) -> Any:
        return coerce(value, hint)

    if base is str:
        return lambda value: value if type(value) is str else slow(value)
    if base is int:

        def to_int(value: Any) -> Any:
            if type(value) is int:
                return value
            if type(value) is float and value.is_integer():  # spreadsheets hold floats
                return int(value)
            return slow(value)

        return to_int
    if base is float:
        return lambda value: value if type(value) is float and isfinite(value) else slow(value)
    if base is date:

        def to_date(value: Any) -> Any:
            # `coerce` reads any ISO form; the plain YYYY-MM-DD is read here directly.
            if type(value) is date:
                return value
            if type(value) is str and len(value) == 10 and value[4] == "-":
                try:
                    return date.fromisoformat(value)
                except ValueError:
                    pass
            return slow(value)

        return to_date
    if isinstance(base, type) and issubclass(base, Enum):
        members = {member.value: member for member in base}

        def to_member(value: Any) -> Any:
            if type(value) is base:
                return value
            return (members.get(value) if type(value) is str else None) or slow(value)

        return to_member
    return slow


@cache
def optional_fields(kind: EntityKind) -> frozenset[str]:
    """The fields of `kind` that may hold None: an empty value clears them."""
    return frozenset(
        name for name, hint in hints(kind).items() if type(None) in typing.get_args(hint)
    )


def to_plain(entity: Entity) -> dict[str, Any]:
    """An entity as JSON-ready values: ISO dates, enum values, lists for ID lists."""
    plain: dict[str, Any] = {}
    for name in record_fields(entity.kind):
        value = getattr(entity, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        plain[name] = value
    return plain


def place_in_order(kind: EntityKind, items: list[Entity], given: list[bool]) -> list[Entity]:
    """Records given without a position go after their siblings that have one, in file order.

    `given[i]` says whether `items[i]` came with its own position (a workbook's Order column,
    a JSON record's "position"); when none did, positions follow the order in the file.
    """
    scope = SIBLING_SCOPE.get(kind, ...)
    if scope is ... or all(given):
        return items
    next_free: dict[Any, int] = {}
    for entity, has in zip(items, given, strict=True):
        if has:
            group = getattr(entity, scope) if scope else None
            next_free[group] = max(next_free.get(group, 0), int(getattr(entity, "position", 0)) + 1)
    result = []
    for entity, has in zip(items, given, strict=True):
        if not has:
            group = getattr(entity, scope) if scope else None
            position = next_free.get(group, 0)
            next_free[group] = position + 1
            entity = dataclasses.replace(entity, position=position)  # type: ignore[call-arg]
        result.append(entity)
    return result
