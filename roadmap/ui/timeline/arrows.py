"""Dependency arrows, all painted by one scene item.

15,000 arrows as 15,000 `QGraphicsItem`s cost a third of a second to create and a Python call
each to paint. Here an arrow is plain data (`places.Arrow`) kept in a coarse index of
horizontal bands, and one `ArrowLayer` paints the arrows that cross the exposed part of the
scene, their lines batched into a few paths. Each arrow's path is cached for the current zoom.

An arrow across many rows (more than `LONG_LINK` pixels) is drawn as two stubs, one at each
end, so rows between its ends stay readable and their repaints do not touch it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from math import ceil, floor

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.places import ARROW_PAD_DAYS, LONG_LINK, Arrow, StepGraphic, StepPlace
from roadmap.ui.timeline.style import CanvasStyle

_FEW = 64  # arrows moved together: more than this, and the whole layer is repainted once
_MIDDLE = ROW_HEIGHT / 2  # arrows attach at the middle of a row
BAND = 512.0  # px: arrows are found for bands of the scene's height this tall


class ArrowLayer(QGraphicsItem):
    """Every dependency arrow of the timeline, painted where the scene is exposed."""

    def __init__(
        self, style: CanvasStyle, places_near: Callable[[float, float], Iterable[StepPlace]]
    ) -> None:
        """`places_near(top, bottom)`: the places with a row between those scene heights."""
        super().__init__()
        self.canvas_style = style
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._places_near = places_near
        self._batch: set[Arrow] | None = None  # arrows moved during `batch()`
        self._found: dict[int, set[Arrow]] = {}  # band of the height -> the arrows drawn there

    # -- finding and repainting -------------------------------------------------------------
    #
    # Arrows are not indexed by height ahead of time: a step's height follows its group's (see
    # `places`), so an index would have to move with every row added above. They are found
    # through the steps they join, whose rows the layout finds by height, for each band of the
    # height painted; what is found is kept for the next paints (scrolling, zooming) until
    # anything moves.

    def forget_found(self) -> None:
        """Steps, rows or arrows moved: find the arrows of a band afresh when it is painted."""
        self._found.clear()

    def add(self, arrow: Arrow) -> None:
        self._found.clear()
        if self._batch is None:
            self.update(arrow.scene_rect())

    def remove(self, arrow: Arrow) -> None:
        self._found.clear()
        if self._batch is not None:
            self._batch.discard(arrow)
        if arrow.drawn is not None:
            self.update(QRectF(*arrow.drawn))

    def repaint(self, rect: QRectF) -> None:
        """Paint this part of the scene again (an arrow asks, through `ArrowPainter`)."""
        self.update(rect)

    def moved(self, arrow: Arrow, rows: bool = True) -> None:
        if rows:  # the bands of the height it is found in depend on its rows alone
            self._found.clear()
        if self._batch is not None:
            self._batch.add(arrow)
            return
        self._repaint_moved(arrow)

    def _repaint_moved(self, arrow: Arrow) -> None:
        if arrow.drawn is not None:
            self.update(QRectF(*arrow.drawn))  # where it was painted
        self.update(arrow.scene_rect())

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Repaint the arrows that move inside once, at the end (most arrows would otherwise
        be repainted once per end), or the whole layer when many moved."""
        if self._batch is not None:  # already inside one
            yield
            return
        self._batch = set()
        try:
            yield
        finally:
            moved, self._batch = self._batch, None
            if len(moved) > _FEW:
                self.update()
            else:
                for arrow in moved:
                    self._repaint_moved(arrow)

    def clear(self) -> None:
        self._found.clear()
        if self._batch is not None:
            self._batch.clear()
        self.update()

    def arrows_in(self, rect: QRectF) -> set[Arrow]:
        """The arrows drawn in scene `rect` (perhaps a few more; see `_find`)."""
        known = self._found
        first, last = int(rect.top() // BAND), int(rect.bottom() // BAND)
        missing = [band for band in range(first, last + 1) if band not in known]
        if missing:
            self._find(missing[0], missing[-1])
        found: set[Arrow] = set()
        for band in range(first, last + 1):
            found |= known[band]
        return found

    def _find(self, first: int, last: int) -> None:
        """Find the arrows drawn in bands `first` to `last` of the height, in one pass (the
        bands of a repaint after an edit are found together: each band alone looked at the
        steps within `LONG_LINK` of it again). In a band are the arrows of the steps with a row
        within `LONG_LINK` of it whose line crosses it (or its `ROW_HEIGHT` margins) or, if
        drawn as two stubs, whose stub reaches into it."""
        bands: dict[int, set[Arrow]] = {band: set() for band in range(first, last + 1)}
        self._found.update(bands)
        top, bottom = first * BAND - ROW_HEIGHT, (last + 1) * BAND + ROW_HEIGHT
        seen: set[Arrow] = set()
        # The hot path of every repaint: heights worked out inline (see StepPlace.ends).
        for place in self._places_near(top - LONG_LINK, bottom + LONG_LINK):
            for arrow in place.arrows:
                if arrow in seen:
                    continue
                seen.add(arrow)
                source, target = arrow.source, arrow.target
                group = source.group
                ya = (group.top if group is not None else 0.0) + source.row * ROW_HEIGHT + _MIDDLE
                group = target.group
                yb = (group.top if group is not None else 0.0) + target.row * ROW_HEIGHT + _MIDDLE
                low, high = (ya, yb) if ya <= yb else (yb, ya)
                if high < top or low > bottom:
                    continue
                # A long one is drawn as two stubs: it is in the bands either end is in.
                spans = ((ya, ya), (yb, yb)) if high - low > LONG_LINK else ((low, high),)
                for span_low, span_high in spans:
                    # Band b holds heights b * BAND - ROW_HEIGHT to (b + 1) * BAND + ROW_HEIGHT.
                    from_band = max(first, ceil((span_low - ROW_HEIGHT) / BAND) - 1)
                    to_band = min(last, floor((span_high + ROW_HEIGHT) / BAND))
                    for band in range(from_band, to_band + 1):
                        bands[band].add(arrow)

    def arrow_at(self, point: QPointF, scale: float, reach_px: float = 4.0) -> Arrow | None:
        """The arrow drawn within `reach_px` pixels of scene `point` at zoom `scale` (the
        nearest-drawn first), or None: how a click picks an arrow."""
        near = QRectF(point.x() - ARROW_PAD_DAYS, point.y() - ROW_HEIGHT, 2 * ARROW_PAD_DAYS, 0)
        near.setHeight(2 * ROW_HEIGHT)
        # The paths are in scene y and scene x times the zoom (see Arrow.paths).
        pixel = QPointF(point.x() * scale, point.y())
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * reach_px)
        for arrow in self.arrows_in(near):
            path, head = arrow.paths(scale)
            if not path.controlPointRect().adjusted(-9, -9, 9, 9).contains(pixel):
                continue
            if stroker.createStroke(path).contains(pixel) or head.containsPoint(
                pixel, Qt.FillRule.OddEvenFill
            ):
                return arrow
        return None

    def set_extent(self, rect: QRectF) -> None:
        """Cover the whole scene (the layer is indexed as one item)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    # -- painting --------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the pointer: clicks go to the steps

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect
        transform = painter.worldTransform()
        scale = transform.m11()
        left = exposed.left() - ARROW_PAD_DAYS
        right = exposed.right() + ARROW_PAD_DAYS
        style = self.canvas_style
        # Highlighted: the arrows of the selected steps and the arrow clicked (as
        # `Arrow.highlighted` and `Arrow.critical` say, asked here once per paint, not per arrow).
        scene = self.scene()
        selected = (
            {id(item.place) for item in scene.selectedItems() if isinstance(item, StepGraphic)}
            if scene is not None
            else set()
        )
        clicked = style.selected_dependency
        critical = style.critical_dependencies if style.show_schedule else frozenset()
        # Per kind (plain, critical, highlighted): every line in one path, every head in another.
        groups: dict[int, tuple[QPainterPath, QPainterPath]] = {}
        for arrow in self.arrows_in(exposed):
            # The hot path of every repaint: `Arrow.ends` and `Arrow.extent` worked out inline.
            source, target = arrow.source, arrow.target
            ax = source.x[0] if arrow.start_to_start else source.x[1]
            bx = target.x[0]
            low_x, high_x = (ax, bx) if ax <= bx else (bx, ax)
            if high_x < left or low_x > right:
                continue
            group = source.group
            ya = (group.top if group is not None else 0.0) + source.row * ROW_HEIGHT + _MIDDLE
            group = target.group
            yb = (group.top if group is not None else 0.0) + target.row * ROW_HEIGHT + _MIDDLE
            low_y, high_y = (ya, yb) if ya <= yb else (yb, ya)
            arrow.drawn = (  # what to paint over when it moves
                low_x - ARROW_PAD_DAYS,
                low_y - ROW_HEIGHT,
                high_x - low_x + 2 * ARROW_PAD_DAYS,
                high_y - low_y + 2 * ROW_HEIGHT,
            )
            dependency_id = arrow.dependency.id
            kind = (
                2
                if id(source) in selected or id(target) in selected or dependency_id == clicked
                else 1
                if dependency_id in critical
                else 0
            )
            paths = groups.get(kind)
            if paths is None:
                heads = QPainterPath()
                heads.setFillRule(Qt.FillRule.WindingFill)  # overlapping heads stay filled
                paths = groups[kind] = (QPainterPath(), heads)
            arrow.draw_into(paths[0], paths[1], scale, (ax, ya, bx, yb))
        if not groups:
            return
        painter.save()
        painter.setWorldTransform(
            QTransform(1, 0, 0, transform.m22(), transform.dx(), transform.dy())
        )
        painter.setClipRect(
            QRectF(exposed.left() * scale, exposed.top(), exposed.width() * scale, exposed.height())
        )
        for kind in sorted(groups):
            lines, heads = groups[kind]
            color = (style.arrow, style.critical, style.selection)[kind]
            # The lines run along the axes: crisp without antialiasing, and several times
            # cheaper to draw; only the heads are smoothed.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(color, (1.0, 2.0, 2.0)[kind]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(lines)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillPath(heads, color)
        painter.restore()
