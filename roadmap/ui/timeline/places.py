"""Where each step and each dependency is drawn, kept as plain numbers whether or not a scene
item exists for it: the step's `StepPlace`, the `Arrow` between two places, and `StepGraphic`,
the base of the scene items (bars and diamonds, in `items`) that a place may have.

A big roadmap has far more steps than fit in the window: the L roadmap's 10,000 scene items cost
a fifth of a second to make and index when it opens. So the canvas makes a step's item only when
its row comes near the view, or when someone asks for it (`items.StepItems`); until then the
step is a `StepPlace`, which is all the arrows, the row index and the canvas's bookkeeping need.

These three refer to each other (a place knows its arrows and its item, an arrow its two
places, an item its place), so they live together here; what draws them (`items`, the arrow
layer in `arrows`) builds on this module and never the other way round. An arrow reaches the
layer that paints it only through `ArrowPainter`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, KeysView, Mapping
from datetime import date
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from roadmap.domain.entities import Dependency, Step
from roadmap.domain.enums import DependencyType
from roadmap.ui.timeline.layout import ROW_HEIGHT, GroupBand
from roadmap.ui.timeline.scale import day_x
from roadmap.ui.timeline.style import CanvasStyle, patent_lines

DIAMOND = 8.0  # px: half the width of a milestone's diamond
LONG_LINK = 1500.0  # px: links spanning more rows than this show only near their ends
STUB = ROW_HEIGHT * 0.9  # px: how far a long link's stubs reach toward the other end
ARROW_PAD_DAYS = 150.0  # days: room around an arrow's ends for its elbows at any zoom
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def step_ends(point: bool, start: date, end: date, top: float) -> tuple[float, float, float]:
    """Where arrows attach to a step shown at these dates with its row at `top`:
    (left x, right x, middle y) in scene units. A milestone attaches at its diamond's centre."""
    if point:
        x = day_x(start) + 0.5
        return x, x, top + ROW_HEIGHT / 2
    return day_x(start), day_x(end) + 1, top + ROW_HEIGHT / 2


class StepPlace:
    """One drawable step: its value, its row (a row of a `GroupBand`: the step's top follows
    the group's, so a row added above moves no step), where it is shown across (its dates, or
    a drag's preview), the arrows that follow it, and its scene item once one has been made."""

    __slots__ = ("arrows", "group", "item", "pad_px", "row", "step", "x")

    def __init__(self, step: Step, group: GroupBand | None = None, row: int = 0) -> None:
        self.step = step
        self.group = group  # None until the layout has placed a new step
        self.row = row
        point = step.step_kind.is_point
        self.pad_px = DIAMOND if point else 0.0  # px arrows keep clear of its ends
        left, right, _middle = step_ends(point, step.start, step.end, 0.0)
        self.x = (left, right)
        self.arrows: list[Arrow] = []
        self.item: StepGraphic | None = None

    @property
    def top(self) -> float:
        """The top of its row, in scene pixels."""
        group = self.group
        return 0.0 if group is None else group.top + self.row * ROW_HEIGHT

    @property
    def ends(self) -> tuple[float, float, float]:
        """Where arrows attach: (left x, right x, middle y) in scene units."""
        group = self.group
        top = 0.0 if group is None else group.top + self.row * ROW_HEIGHT
        return self.x[0], self.x[1], top + ROW_HEIGHT / 2

    def isSelected(self) -> bool:  # named like the scene item it stands for
        return self.item is not None and self.item.isSelected()

    def left(self) -> QPointF:
        return QPointF(self.x[0], self.top + ROW_HEIGHT / 2)

    def right(self) -> QPointF:
        return QPointF(self.x[1], self.top + ROW_HEIGHT / 2)

    def show(self, start: date, end: date) -> None:
        """Shown at these dates (its own, or a drag's preview): its arrows follow."""
        left, right, _middle = step_ends(self.pad_px > 0, start, end, 0.0)
        if (left, right) != self.x:
            self.x = (left, right)
            for arrow in self.arrows:
                arrow.follow(rows=False)

    def place_in(self, group: GroupBand, row: int) -> None:
        """Put in `row` of `group` (the layout packed it there): its arrows follow."""
        if group is not self.group or row != self.row:
            self.group = group
            self.row = row
            for arrow in self.arrows:
                arrow.follow()

    def bar_rect(self) -> QRectF:
        """The bar's rect in scene coordinates (days across, pixels down); for a milestone,
        the day it falls on."""
        left, right = self.x
        if self.pad_px:
            left, right = left - 0.5, right + 0.5
        return QRectF(left, self.top, right - left, ROW_HEIGHT)


class StepGraphic(QGraphicsItem):
    """Base of bars and diamonds: a step, where it is shown, and the arrows that follow it."""

    def __init__(self, step: Step, style: CanvasStyle, place: StepPlace) -> None:
        super().__init__()
        self.step = step
        self.canvas_style = style
        self.place = place  # where it is shown, in plain numbers (the arrows read it there)
        place.item = self
        self.shown = (step.start, step.end)
        # setFlags, not setFlag(flag, True): the latter costs 5 µs a call in PySide6, a twentieth
        # of a second over the 10,000 steps of a big roadmap.
        self.setFlags(_SELECTABLE)
        self.setZValue(2)

    def tooltip(self) -> str:
        """Built when asked (the view shows it), not for each of 10,000 items up front."""
        from roadmap.ui.labels import tr, value_label

        s = self.step
        trl = f"\nTRL {s.trl_start} → {s.trl_target}" if s.trl_start is not None else ""
        return (
            f"{s.name}\n{s.start.isoformat()} – {s.end.isoformat()}\n"
            f"{value_label(s.step_kind)} · {value_label(s.status)} · "
            + tr("{percent}% done").format(percent=s.progress)
            + trl
            + patent_lines(self.canvas_style.patents.get(s.id, ()))
        )

    @property
    def arrows(self) -> list[Arrow]:
        """The arrows to and from this step."""
        return self.place.arrows

    @property
    def ends(self) -> tuple[float, float, float]:
        """Where arrows attach, as plain numbers: (left x, right x, middle y) in scene units."""
        return self.place.ends

    def set_step(self, step: Step) -> None:
        """Show `step` (a new value of it) in its place's row."""
        self.step = self.place.step = step
        self.show_dates(step.start, step.end)

    def show_dates(self, start: date, end: date) -> None:
        """Draw the step at these dates (a drag preview or the stored value), in its row."""
        self.prepareGeometryChange()
        self.shown = (start, end)
        self.setPos(self.anchor_x(start), self.place.top)
        self.update()
        self.place.show(start, end)

    def follow_row(self) -> bool:
        """Move to the place's row if that moved (a group above gained or lost a row);
        whether it had to."""
        top = self.place.top
        if self.pos().y() == top:
            return False
        self.setPos(self.pos().x(), top)
        return True

    def anchor_x(self, start: date) -> float:
        return day_x(start)

    def geometry_changed(self) -> None:
        """Its extent changed other than by its dates (zoom, room for its label)."""
        self.prepareGeometryChange()

    def scale_changing(self, scale: float) -> None:
        """`CanvasStyle.diamond_scale` is about to become `scale` (see `items.StepDiamond`):
        tell the scene if that changes the item's extent."""
        self.prepareGeometryChange()

    def left(self) -> QPointF:
        return self.place.left()

    def right(self) -> QPointF:
        return self.place.right()

    pad_px = 0.0

    @property
    def critical(self) -> bool:
        """Drawn as on the critical path (the schedule is shown and this step has no slack)."""
        return self.canvas_style.is_critical(self.step.id)

    def zone(self, scene_x: float, px_per_day: float) -> str:
        """Which part a press at `scene_x` grabs: 'start', 'end' or 'body'."""
        return "body"


class ArrowPainter(Protocol):
    """What an arrow asks of the layer that paints it (`arrows.ArrowLayer`)."""

    canvas_style: CanvasStyle

    def moved(self, arrow: Arrow, rows: bool = True) -> None:
        """One of the arrow's steps moved (`rows`: to another row, not only across): paint
        over where it was and where it is now."""

    def repaint(self, rect: QRectF) -> None:
        """Paint this part of the scene again."""


class Arrow:
    """One dependency between two drawn steps: what the layer needs to draw it."""

    __slots__ = (
        "_cache",
        "_seen",
        "dependency",
        "drawn",
        "layer",
        "source",
        "start_to_start",
        "target",
    )

    def __init__(
        self, dependency: Dependency, source: StepPlace, target: StepPlace, layer: ArrowPainter
    ) -> None:
        self.dependency = dependency
        self.source = source
        self.target = target
        self.layer = layer
        self.start_to_start = dependency.type is DependencyType.START_TO_START
        # Where it was last painted (left, top, width, height), to paint over when it moves:
        # plain numbers, set by the layer's paint (making a QRectF for each of 15,000 arrows
        # up front is a noticeable part of opening).
        self.drawn: tuple[float, float, float, float] | None = None
        # The zoom, the ends, the line and its head's tip, as last drawn at a zoom seen twice.
        self._cache: tuple[float, tuple[float, ...], QPainterPath, tuple[float, float]] | None = (
            None
        )
        self._seen = 0.0  # the zoom of the last paint (see draw_into)
        source.arrows.append(self)
        target.arrows.append(self)

    @property
    def critical(self) -> bool:
        """Drawn as a link of the critical path (the schedule is shown)."""
        style = self.layer.canvas_style
        return style.show_schedule and self.dependency.id in style.critical_dependencies

    @property
    def highlighted(self) -> bool:
        return (
            self.source.isSelected()
            or self.target.isSelected()
            or self.dependency.id == self.layer.canvas_style.selected_dependency
        )

    def detach(self) -> None:
        for end in (self.source, self.target):
            if self in end.arrows:
                end.arrows.remove(self)

    def follow(self, rows: bool = True) -> None:
        """One of its steps moved (or is being dragged; `rows`: to another row, not only
        across): draw it where they are now."""
        self.layer.moved(self, rows)

    def update(self) -> None:
        self.layer.repaint(self.scene_rect())

    def ends(self) -> tuple[float, float, float, float]:
        """(x, y) where the arrow leaves its source and (x, y) where it enters its target."""
        source, target = self.source.ends, self.target.ends
        return (source[0] if self.start_to_start else source[1]), source[2], target[0], target[2]

    def scene_rect(self) -> QRectF:
        """A scene rect that holds the arrow at any zoom (for repainting where it is)."""
        return QRectF(*self.extent())

    def extent(self) -> tuple[float, float, float, float]:
        """`scene_rect` as plain numbers (left, top, width, height)."""
        ax, ya, bx, yb = self.ends()
        left, right = (ax, bx) if ax <= bx else (bx, ax)
        top, bottom = (ya, yb) if ya <= yb else (yb, ya)
        return (
            left - ARROW_PAD_DAYS,
            top - ROW_HEIGHT,
            right - left + 2 * ARROW_PAD_DAYS,
            bottom - top + 2 * ROW_HEIGHT,
        )

    def paths(
        self, scale: float, ends: tuple[float, float, float, float] | None = None
    ) -> tuple[QPainterPath, QPolygonF]:
        """The arrow's line and head, in scene y and scene x × `scale` (device pixels before
        scrolling), cached until the zoom changes or a step moves; `ends`: `self.ends()`, if
        the caller has worked them out."""
        ends = ends or self.ends()
        cached = self._cache
        if cached is None or cached[0] != scale or cached[1] != ends:
            path = QPainterPath()
            tip = self._trace(path, scale, ends)
            cached = self._cache = (scale, ends, path, tip)
        x, y = cached[3]
        head = QPolygonF([QPointF(x, y), QPointF(x - 6, y - 3.5), QPointF(x - 6, y + 3.5)])
        return cached[2], head

    def draw_into(
        self,
        lines: QPainterPath,
        heads: QPainterPath,
        scale: float,
        ends: tuple[float, float, float, float],
    ) -> None:
        """Add the arrow's line to `lines` and its head to `heads` (as `paths` draws them).
        While the zoom changes at every paint, the line is traced straight into `lines`: a
        path of its own, made for one paint and copied, was most of a zoom step's arrows. It
        is kept from the second paint at one zoom on (scrolling, editing)."""
        cached = self._cache
        if cached is not None and cached[0] == scale and cached[1] == ends:
            lines.addPath(cached[2])
            x, y = cached[3]
        elif self._seen == scale:
            path = QPainterPath()
            x, y = self._trace(path, scale, ends)
            self._cache = (scale, ends, path, (x, y))
            lines.addPath(path)
        else:
            self._seen = scale
            x, y = self._trace(lines, scale, ends)
        heads.moveTo(x, y)
        heads.lineTo(x - 6, y - 3.5)
        heads.lineTo(x - 6, y + 3.5)
        heads.closeSubpath()

    def _trace(
        self, path: QPainterPath, scale: float, ends: tuple[float, float, float, float]
    ) -> tuple[float, float]:
        """Add the arrow's line to `path`; where its head's tip is."""
        ax, ya, bx, yb = ends
        start_to_start = self.start_to_start
        pad = self.source.pad_px
        sx, sy = ax * scale + (-pad if start_to_start else pad), ya
        ex, ey = bx * scale - self.target.pad_px - 1, yb
        out = -8.0 if start_to_start else 8.0
        path.moveTo(sx, sy)
        if abs(ey - sy) > LONG_LINK:
            # Two stubs: out of the source toward the target, and into the target.
            down = 1.0 if ey > sy else -1.0
            elbow = sx + out
            path.lineTo(elbow, sy)
            path.lineTo(elbow, sy + down * STUB)
            path.moveTo(ex - 8, ey - down * STUB)
            path.lineTo(ex - 8, ey)
        elif ex - sx >= 14 and not start_to_start:
            mid = sx + out
            path.lineTo(mid, sy)
            path.lineTo(mid, ey)
        else:
            half = ROW_HEIGHT / 2
            between = ey - half if ey > sy else ey + half
            if abs(ey - sy) < 1:
                between = sy + half
            first = min(sx + out, ex - 8) if start_to_start else sx + out
            path.lineTo(first, sy)
            path.lineTo(first, between)
            path.lineTo(ex - 8, between)
            path.lineTo(ex - 8, ey)
        path.lineTo(ex, ey)
        return ex, ey


class StepItems(Mapping[str, StepGraphic]):
    """Every drawable step's scene item by step id, made when first asked for. Asking for a
    step's item always gives one; `made()` lists those that exist without making more."""

    def __init__(self, places: dict[str, StepPlace], make: Callable[[StepPlace], StepGraphic]):
        self._places = places
        self._make = make
        self._made: dict[str, StepGraphic] = {}

    def __getitem__(self, step_id: str) -> StepGraphic:
        place = self._places[step_id]
        if place.item is None:
            return self.make(place)
        # Far from the view, an item may not have followed its row yet (see
        # `TimelineDrawing._rows_moved`): whoever asks for it gets it in place.
        place.item.follow_row()
        return place.item

    def make(self, place: StepPlace) -> StepGraphic:
        """Make the item of `place` (which has none yet)."""
        item = self._made[place.step.id] = self._make(place)
        return item

    def __contains__(self, step_id: object) -> bool:
        return step_id in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def made(self) -> list[StepGraphic]:
        """The items that exist now."""
        return list(self._made.values())

    def made_ids(self) -> KeysView[str]:
        """The steps whose items exist now."""
        return self._made.keys()

    def forget(self, step_id: str) -> None:
        """Its item was taken out of the scene."""
        self._made.pop(step_id, None)

    def forget_all(self) -> None:
        self._made.clear()
