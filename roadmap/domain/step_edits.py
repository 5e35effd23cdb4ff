"""What typing one field of a step means for its other fields, the same in every view.

- A new start moves the step and keeps its duration (the end moves along); a new end changes
  the duration. A milestone or decision gate is one day: start and end move together.
- TRL is a pair: setting one level where both were empty sets the other to the same level,
  and clearing one clears both, instead of refusing the half-filled pair.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from roadmap.domain.entities import Step


def values_for(step: Step, field: str, value: Any) -> dict[str, Any]:
    """The fields to store when `field` of `step` is given `value`."""
    if field == "start" and isinstance(value, date):
        return {"start": value, "end": value + (step.end - step.start)}
    if field == "end" and isinstance(value, date) and step.step_kind.is_point:
        return {"start": value, "end": value}
    if field in ("trl_start", "trl_target"):
        other = "trl_target" if field == "trl_start" else "trl_start"
        if value is None:
            return {field: None, other: None}
        if getattr(step, other) is None:
            return {field: value, other: value}
    return {field: value}
