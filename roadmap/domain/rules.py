"""The rules every entity obeys, written once for the app, the CLI and the importers.

`validate(entity)` raises `ValidationError` with one sentence that names the thing, says what is
wrong and how to put it right. It checks types too, because values also arrive from workbooks
and JSON files, where anything can stand in a cell.
"""

from __future__ import annotations

import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any

from roadmap.domain.entities import (
    NAME_FIELDS,
    Criterion,
    Dependency,
    Entity,
    FigureOfMerit,
    Idea,
    Lane,
    Mobility,
    Pathway,
    RoadmapInfo,
    Score,
    Step,
    Vote,
    VoteCount,
    name_of,
)
from roadmap.domain.errors import ValidationError
from roadmap.domain.messages import Message, message

TRL_MIN, TRL_MAX = 1, 9
SCORE_MIN, SCORE_MAX = 1, 5
# What a roadmap can plan: dates a planner means, lags of at most a century, positions that fit
# in 64 bits. Checked on import and on every command, and on load (roadmap/store/stored_values).
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2200, 12, 31)
LAG_LIMIT = 36_500
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
WEIGHT_MAX = 1_000_000.0  # weights are relative; beyond this the weighted sums lose meaning
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def named(entity: Entity) -> Message:
    """`label` as a message, so that the kind is named in the reader's language."""
    if text := name_of(entity):
        return message("entity.named", kind=entity.kind, name=_short(text))
    return message("entity.unnamed", kind=entity.kind, id=entity.id)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


_HINTS: dict[type[Entity], dict[str, Any]] = {}


def _field_types(cls: type[Entity]) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _type_ok(value: object, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is tuple:
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is date:
        return type(value) is date
    if isinstance(hint, type) and issubclass(hint, Enum):
        return isinstance(value, hint)
    return isinstance(value, hint)


def _describe(hint: Any) -> Message:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if args:
        hint = args[0]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return message("type.one_of", choices=", ".join(m.value for m in hint))
    names = {str: "type.text", int: "type.whole_number", float: "type.number", date: "type.date"}
    return message(names.get(hint, "type.id_list"))


def _wrong_type(entity: Entity, name: str, value: object) -> ValidationError:
    hint = _field_types(type(entity))[name]
    return ValidationError(
        "rule.wrong_type",
        what=named(entity),
        field=name,
        expected=_describe(hint),
        value=repr(value),
    )


def check_types(entity: Entity) -> None:
    """Raise `ValidationError` for the first field whose value is not of its declared type
    or lies outside what a roadmap can hold (non-finite numbers, 64 bits, DATE_MIN–DATE_MAX)."""
    _type_checker(type(entity))(entity)


# What `_type_ok` and `_check_range` decide, written out per field: an import validates tens of
# thousands of records, and a generic walk over the type hints costs most of its time.
_SIMPLE_TYPE_TESTS = {
    str: "isinstance(v, str)",
    int: "(isinstance(v, int) and not isinstance(v, bool))",
    float: "(isinstance(v, (int, float)) and not isinstance(v, bool))",
    date: "type(v) is date",
}
_RANGE_TESTS = {
    int: "if not INT_MIN <= v <= INT_MAX: _check_range(e, {name!r}, v)",
    # A pre-filter: whatever it lets through, `_check_range` would let through too.
    float: "if not (isfinite(v) if type(v) is float else INT_MIN <= v <= INT_MAX):"
    " _check_range(e, {name!r}, v)",
    date: "if not DATE_MIN <= v <= DATE_MAX: _check_range(e, {name!r}, v)",
}
_CHECKERS: dict[type[Entity], Callable[[Entity], None]] = {}


def _type_checker(cls: type[Entity]) -> Callable[[Entity], None]:
    checker = _CHECKERS.get(cls)
    if checker is not None:
        return checker
    names: dict[str, Any] = {
        "date": date,
        "isfinite": math.isfinite,
        "INT_MIN": INT_MIN,
        "INT_MAX": INT_MAX,
        "DATE_MIN": DATE_MIN,
        "DATE_MAX": DATE_MAX,
        "_check_range": _check_range,
        "_type_ok": _type_ok,
        "_wrong_type": _wrong_type,
        "_no_id": _no_id,
    }
    lines = ["def check(e):"]
    for number, f in enumerate(fields(cls)):
        hint = _field_types(cls)[f.name]
        args = typing.get_args(hint)
        optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and (
            len(args) == 2 and type(None) in args
        )
        base = next(a for a in args if a is not type(None)) if optional else hint
        test = _SIMPLE_TYPE_TESTS.get(base)
        if test is None and isinstance(base, type) and issubclass(base, Enum):
            names[f"t{number}"] = base
            test = f"isinstance(v, t{number})"
        elif test is None and typing.get_origin(base) is tuple:
            test = "(isinstance(v, tuple) and all(isinstance(x, str) for x in v))"
        indent = "        " if optional else "    "
        lines.append(f"    v = e.{f.name}")
        if optional:
            lines.append("    if v is not None:")
        if test is None:  # any other hint: the generic rules, as they are
            names[f"h{number}"] = hint
            # (indented under the `if v is not None:` of an optional field, like the rest)
            lines.append(
                f"{indent}if not _type_ok(v, h{number}): raise _wrong_type(e, {f.name!r}, v)"
            )
            lines.append(f"{indent}_check_range(e, {f.name!r}, v)")
            continue
        lines.append(f"{indent}if not {test}: raise _wrong_type(e, {f.name!r}, v)")
        if base in _RANGE_TESTS:
            lines.append(indent + _RANGE_TESTS[base].format(name=f.name))
    lines.append("    if not e.id or not isinstance(e.id, str): _no_id(e)")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<type check {cls.__name__}>", "exec"), names)
    made: Callable[[Entity], None] = names["check"]
    _CHECKERS[cls] = made
    return made


def _no_id(entity: Entity) -> None:
    raise ValidationError("rule.no_id", kind=entity.kind)


def _check_range(entity: Entity, name: str, value: object) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("rule.not_finite", what=named(entity), field=name)
    if isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        raise ValidationError("rule.number_too_large", what=named(entity), field=name)
    if isinstance(value, date) and not DATE_MIN <= value <= DATE_MAX:
        raise ValidationError(
            "rule.date_out_of_range",
            what=named(entity),
            field=name,
            value=value,
            first=DATE_MIN.year,
            last=DATE_MAX.year,
        )


def _require_text(entity: Entity, attr: str) -> None:
    if not str(getattr(entity, attr)).strip():
        raise ValidationError("rule.empty_text", kind=entity.kind, id=entity.id, field=attr)


def _check_color(entity: Entity, color: str) -> None:
    if not _COLOR.match(color):
        raise ValidationError("rule.bad_color", what=named(entity), color=repr(color))


def _check_step(step: Step) -> None:
    _require_text(step, "name")
    if step.end < step.start:
        raise ValidationError(
            "step.end_before_start", what=named(step), start=step.start, end=step.end
        )
    if step.step_kind.is_point and step.end != step.start:
        raise ValidationError("step.point_has_length", what=named(step), step_kind=step.step_kind)
    if (step.trl_start is None) != (step.trl_target is None):
        raise ValidationError("step.trl_half_given", what=named(step))
    for name in ("trl_start", "trl_target"):
        trl = getattr(step, name)
        if trl is not None and not TRL_MIN <= trl <= TRL_MAX:
            raise ValidationError("step.trl_out_of_range", what=named(step), trl=trl)
    if (
        step.trl_start is not None
        and step.trl_target is not None
        and step.trl_target < step.trl_start
    ):
        raise ValidationError(
            "step.trl_lowered", what=named(step), target=step.trl_target, start=step.trl_start
        )
    if not 0 <= step.progress <= 100:
        raise ValidationError(
            "step.progress_out_of_range", what=named(step), progress=step.progress
        )
    if step.budget is not None and step.budget < 0:
        raise ValidationError("step.negative_budget", what=named(step))


def _check_roadmap(info: RoadmapInfo) -> None:
    _require_text(info, "title")
    if info.horizon_end <= info.horizon_start:
        raise ValidationError(
            "roadmap.horizon_reversed",
            what=named(info),
            start=info.horizon_start,
            end=info.horizon_end,
        )


def _check_score(score: Score) -> None:
    if not SCORE_MIN <= score.value <= SCORE_MAX:
        raise ValidationError("score.out_of_range", id=score.id, value=score.value)


def _check_criterion(criterion: Criterion) -> None:
    _require_text(criterion, "name")
    if criterion.weight < 0:
        raise ValidationError(
            "criterion.negative_weight", what=named(criterion), weight=criterion.weight
        )
    if criterion.weight > WEIGHT_MAX:
        raise ValidationError(
            "criterion.weight_too_large",
            what=named(criterion),
            weight=criterion.weight,
            limit=f"{WEIGHT_MAX:,.0f}",
        )


def _check_dependency(dep: Dependency) -> None:
    if dep.from_step_id == dep.to_step_id:
        raise ValidationError("dependency.on_itself")
    if not -LAG_LIMIT <= dep.lag_days <= LAG_LIMIT:
        raise ValidationError(
            "dependency.lag_too_long", id=dep.id, lag=dep.lag_days, limit=f"{LAG_LIMIT:,}"
        )


def _check_mobility(move: Mobility) -> None:
    if move.end is not None and move.end < move.start:
        raise ValidationError(
            "mobility.end_before_start", id=move.id, start=move.start, end=move.end
        )
    if move.from_org_id == move.to_org_id:
        raise ValidationError("mobility.same_organization", id=move.id)


def _check_vote(vote: Vote) -> None:
    _require_text(vote, "question")
    if vote.dots_each < 1 or vote.cap < 0 or vote.participants < 0:
        raise ValidationError("vote.bad_setup", what=named(vote))


def _check_vote_count(count: VoteCount) -> None:
    targets = [t for t in (count.pathway_id, count.step_id, count.product_id) if t]
    if len(targets) != 1:
        raise ValidationError("vote.one_item", id=count.id)
    if count.count < 0:
        raise ValidationError("vote.negative_count", id=count.id, count=count.count)


def validate(entity: Entity) -> None:
    """Raise `ValidationError` if `entity` breaks a rule that needs no other entity."""
    check_types(entity)
    if isinstance(entity, Step):
        _check_step(entity)
    elif isinstance(entity, RoadmapInfo):
        _check_roadmap(entity)
    elif isinstance(entity, Score):
        _check_score(entity)
    elif isinstance(entity, Criterion):
        _check_criterion(entity)
    elif isinstance(entity, Dependency):
        _check_dependency(entity)
    elif isinstance(entity, Mobility):
        _check_mobility(entity)
    elif isinstance(entity, (Lane, Pathway)):
        _require_text(entity, "name")
        _check_color(entity, entity.color)
    elif isinstance(entity, Idea):
        _require_text(entity, "text")
    elif isinstance(entity, Vote):
        _check_vote(entity)
    elif isinstance(entity, VoteCount):
        _check_vote_count(entity)
    elif isinstance(entity, FigureOfMerit):
        _require_text(entity, "name")
    else:
        for attr in NAME_FIELDS:
            if hasattr(entity, attr):
                _require_text(entity, attr)
