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
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any

from roadmap.domain.entities import (
    Criterion,
    Dependency,
    Entity,
    FigureOfMerit,
    Lane,
    Mobility,
    Pathway,
    RoadmapInfo,
    Score,
    Step,
)
from roadmap.domain.errors import ValidationError

TRL_MIN, TRL_MAX = 1, 9
SCORE_MIN, SCORE_MAX = 1, 5
# What a roadmap can plan: dates a planner means, lags of at most a century, positions that fit
# in 64 bits. Checked on import and on every command, and on load (roadmap/store/stored_values).
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2200, 12, 31)
LAG_LIMIT = 36_500
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
WEIGHT_MAX = 1_000_000.0  # weights are relative; beyond this the weighted sums lose meaning
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def label(entity: Entity) -> str:
    """How a message names a thing: its kind and its name (or statement, or title)."""
    for attr in ("name", "title", "statement"):
        text = getattr(entity, attr, None)
        if isinstance(text, str) and text:
            short = text if len(text) <= 60 else text[:57] + "…"
            return f'{entity.kind.value.replace("_", " ")} "{short}"'
    return f"{entity.kind.value.replace('_', ' ')} {entity.id}"


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


def _describe(hint: Any) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if args:
        hint = args[0]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return "one of " + ", ".join(m.value for m in hint)
    names = {str: "text", int: "a whole number", float: "a number", date: "a date"}
    return names.get(hint, "a list of IDs")


def check_types(entity: Entity) -> None:
    hints = _field_types(type(entity))
    for f in fields(entity):
        value = getattr(entity, f.name)
        if not _type_ok(value, hints[f.name]):
            raise ValidationError(
                f"{label(entity)}: {f.name} must be {_describe(hints[f.name])}, not {value!r}."
            )
        _check_range(entity, f.name, value)
    if not entity.id or not isinstance(entity.id, str):
        raise ValidationError(f"{entity.kind.value}: every record needs an ID.")


def _check_range(entity: Entity, name: str, value: object) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{label(entity)}: {name} must be a finite number.")
    if isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        raise ValidationError(f"{label(entity)}: {name} is too large a number.")
    if isinstance(value, date) and not DATE_MIN <= value <= DATE_MAX:
        raise ValidationError(
            f"{label(entity)}: {name} {value} is outside the years {DATE_MIN.year}–{DATE_MAX.year}."
        )


def _require_text(entity: Entity, attr: str) -> None:
    if not str(getattr(entity, attr)).strip():
        raise ValidationError(
            f"{entity.kind.value.replace('_', ' ')} {entity.id}: {attr} is empty."
        )


def _check_color(entity: Entity, color: str) -> None:
    if not _COLOR.match(color):
        raise ValidationError(f"{label(entity)}: color {color!r} is not a #RRGGBB color.")


def _check_step(step: Step) -> None:
    _require_text(step, "name")
    if step.end < step.start:
        raise ValidationError(
            f"{label(step)}: end {step.end} is before start {step.start}; "
            "set the end on or after the start."
        )
    if step.step_kind.is_point and step.end != step.start:
        raise ValidationError(
            f"{label(step)}: a {step.step_kind.value.replace('_', ' ')} happens on one day, "
            "so its end must equal its start."
        )
    if (step.trl_start is None) != (step.trl_target is None):
        raise ValidationError(f"{label(step)}: give both TRL at start and target TRL, or neither.")
    for name in ("trl_start", "trl_target"):
        trl = getattr(step, name)
        if trl is not None and not TRL_MIN <= trl <= TRL_MAX:
            raise ValidationError(f"{label(step)}: TRL {trl} is outside 1–9.")
    if (
        step.trl_start is not None
        and step.trl_target is not None
        and step.trl_target < step.trl_start
    ):
        raise ValidationError(
            f"{label(step)}: target TRL {step.trl_target} is below the TRL at start "
            f"{step.trl_start}; a step cannot lower maturity."
        )
    if not 0 <= step.progress <= 100:
        raise ValidationError(f"{label(step)}: progress {step.progress}% is outside 0–100.")
    if step.budget is not None and step.budget < 0:
        raise ValidationError(f"{label(step)}: budget cannot be negative.")


def _check_roadmap(info: RoadmapInfo) -> None:
    _require_text(info, "title")
    if info.horizon_end <= info.horizon_start:
        raise ValidationError(
            f"{label(info)}: the horizon ends ({info.horizon_end}) before it starts "
            f"({info.horizon_start})."
        )


def _check_score(score: Score) -> None:
    if not SCORE_MIN <= score.value <= SCORE_MAX:
        raise ValidationError(f"score {score.id}: {score.value} is outside 1–5.")


def _check_criterion(criterion: Criterion) -> None:
    _require_text(criterion, "name")
    if criterion.weight < 0:
        raise ValidationError(f"{label(criterion)}: weight {criterion.weight} is negative.")
    if criterion.weight > WEIGHT_MAX:
        raise ValidationError(
            f"{label(criterion)}: weight {criterion.weight} is above {WEIGHT_MAX:,.0f}."
        )


def _check_dependency(dep: Dependency) -> None:
    if dep.from_step_id == dep.to_step_id:
        raise ValidationError("A step cannot depend on itself.")
    if not -LAG_LIMIT <= dep.lag_days <= LAG_LIMIT:
        raise ValidationError(
            f"dependency {dep.id}: a lag of {dep.lag_days} days is beyond ±{LAG_LIMIT:,} days "
            "(a century)."
        )


def _check_mobility(move: Mobility) -> None:
    if move.end is not None and move.end < move.start:
        raise ValidationError(
            f"mobility {move.id}: ends ({move.end}) before it starts ({move.start}); set the "
            "end on or after the start, or leave it empty while the move lasts."
        )
    if move.from_org_id == move.to_org_id:
        raise ValidationError(f"mobility {move.id}: moves to the organization it comes from.")


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
    elif isinstance(entity, FigureOfMerit):
        _require_text(entity, "name")
    else:
        for attr in ("name", "title", "statement"):
            if hasattr(entity, attr):
                _require_text(entity, attr)
