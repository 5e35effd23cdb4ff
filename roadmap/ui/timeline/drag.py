"""A drag on the timeline in progress, and the dates it proposes: a bar's body moves (with
every selected step), its start or end resizes it, snapping to the time unit (None: to days).
The view previews these dates; the canvas stores them when the mouse is released."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from roadmap.ui.timeline.places import StepGraphic
from roadmap.ui.timeline.scale import snap, x_day


@dataclass
class Drag:
    """What is being dragged and from where."""

    mode: str  # "start", "end", "body" or "link"
    press_x: float
    items: list[StepGraphic]
    originals: dict[str, tuple[date, date]]
    moved: bool = False


def proposed_dates(drag: Drag, scene_x: float, unit: str | None) -> dict[str, tuple[date, date]]:
    """The dates each dragged step would get if released at `scene_x`."""
    pointer = x_day(scene_x + 0.5)
    result: dict[str, tuple[date, date]] = {}
    if drag.mode == "body":
        lead = drag.items[0].step.id
        start, _end = drag.originals[lead]
        delta = round(scene_x - drag.press_x)
        moved = snap(start + timedelta(days=delta), unit)
        shift = moved - start
        for item_id, (s, e) in drag.originals.items():
            result[item_id] = (s + shift, e + shift)
    elif drag.mode == "start":
        ((item_id, (s, e)),) = drag.originals.items()
        result[item_id] = (snap(pointer, unit), e)
    else:
        ((item_id, (s, e)),) = drag.originals.items()
        result[item_id] = (s, snap(pointer, unit) - timedelta(days=1 if unit else 0))
    return result
