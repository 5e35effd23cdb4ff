"""Where each step is drawn, kept as plain numbers whether or not its scene item exists.

A big roadmap has far more steps than fit in the window: the L roadmap's 10,000 scene items cost
a fifth of a second to make and index when it opens. So the canvas makes a step's item only when
its row comes near the view, or when someone asks for it (`StepItems`); until then the step is a
`StepPlace`, which is all the arrows, the row index and the canvas's bookkeeping need.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from roadmap.domain.entities import Step
from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.scale import day_x

if TYPE_CHECKING:
    from roadmap.ui.timeline.arrows import Arrow
    from roadmap.ui.timeline.items import StepGraphic

DIAMOND = 8.0  # px: half the width of a milestone's diamond
BAND = 512.0  # px: height of a band of the row index


def step_ends(point: bool, start: date, end: date, top: float) -> tuple[float, float, float]:
    """Where arrows attach to a step shown at these dates with its row at `top`:
    (left x, right x, middle y) in scene units. A milestone attaches at its diamond's centre."""
    if point:
        x = day_x(start) + 0.5
        return x, x, top + ROW_HEIGHT / 2
    return day_x(start), day_x(end) + 1, top + ROW_HEIGHT / 2


class StepPlace:
    """One drawable step: its value, where it is shown, the arrows that follow it, and its
    scene item once one has been made."""

    __slots__ = ("arrows", "ends", "item", "pad_px", "step", "top")

    def __init__(self, step: Step, top: float) -> None:
        self.step = step
        self.top = top
        point = step.step_kind.is_point
        self.pad_px = DIAMOND if point else 0.0  # px arrows keep clear of its ends
        self.ends = step_ends(point, step.start, step.end, top)
        self.arrows: list[Arrow] = []
        self.item: StepGraphic | None = None

    def isSelected(self) -> bool:  # named like the scene item it stands for
        return self.item is not None and self.item.isSelected()

    def left(self) -> QPointF:
        return QPointF(self.ends[0], self.ends[2])

    def right(self) -> QPointF:
        return QPointF(self.ends[1], self.ends[2])

    def move_to(self, ends: tuple[float, float, float], top: float) -> None:
        """Shown somewhere else (a new row, new dates, or a drag preview): arrows follow."""
        if ends == self.ends and top == self.top:
            return  # e.g. its item was just made where it already was
        self.ends = ends
        self.top = top
        for arrow in self.arrows:
            arrow.follow()

    def bar_rect(self) -> QRectF:
        """The bar's rect in scene coordinates (days across, pixels down); for a milestone,
        the day it falls on."""
        left, right, _middle = self.ends
        if self.pad_px:
            left, right = left - 0.5, right + 0.5
        return QRectF(left, self.top, right - left, ROW_HEIGHT)


class RowIndex:
    """Which steps have their row in which band of the scene's height (for "what is near the
    view" without looking at every step)."""

    def __init__(self) -> None:
        self._bands: dict[int, set[str]] = {}
        self._band_of: dict[str, int] = {}

    def clear(self) -> None:
        self._bands.clear()
        self._band_of.clear()

    def put(self, step_id: str, top: float) -> None:
        band = int(top // BAND)
        old = self._band_of.get(step_id)
        if old == band:
            return
        if old is not None:
            self._bands[old].discard(step_id)
        self._band_of[step_id] = band
        members = self._bands.get(band)
        if members is None:
            self._bands[band] = {step_id}
        else:
            members.add(step_id)

    def remove(self, step_id: str) -> None:
        band = self._band_of.pop(step_id, None)
        if band is not None:
            self._bands[band].discard(step_id)

    def between(self, top: float, bottom: float) -> Iterator[str]:
        """Steps whose row may lie between scene y `top` and `bottom` (whole bands)."""
        for band in range(int(top // BAND), int(bottom // BAND) + 1):
            yield from self._bands.get(band, ())


class StepItems(Mapping[str, "StepGraphic"]):
    """Every drawable step's scene item by step id, made when first asked for. Asking for a
    step's item always gives one; `made()` lists those that exist without making more."""

    def __init__(self, places: dict[str, StepPlace], make: Callable[[StepPlace], StepGraphic]):
        self._places = places
        self._make = make

    def __getitem__(self, step_id: str) -> StepGraphic:
        place = self._places[step_id]
        return place.item if place.item is not None else self._make(place)

    def __contains__(self, step_id: object) -> bool:
        return step_id in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def made(self) -> list[StepGraphic]:
        """The items that exist now."""
        return [p.item for p in self._places.values() if p.item is not None]
