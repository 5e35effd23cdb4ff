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

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.places import ARROW_PAD_DAYS, LONG_LINK, Arrow, StepPlace
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

    def moved(self, arrow: Arrow) -> None:
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
        found: set[Arrow] = set()
        known = self._found
        for band in range(int(rect.top() // BAND), int(rect.bottom() // BAND) + 1):
            arrows = known.get(band)
            if arrows is None:
                arrows = known[band] = self._find(band * BAND, (band + 1) * BAND)
            found |= arrows
        return found

    def _find(self, top: float, bottom: float) -> set[Arrow]:
        """The arrows drawn between scene heights `top` and `bottom`: those of the steps with
        a row within `LONG_LINK` of it, whose line crosses it or, if drawn as two stubs, whose
        stub reaches into it."""
        top, bottom = top - ROW_HEIGHT, bottom + ROW_HEIGHT
        found: set[Arrow] = set()
        seen: set[Arrow] = set()
        # The hot path of every repaint: heights worked out inline (see StepPlace.ends).
        for place in self._places_near(top - LONG_LINK, bottom + LONG_LINK):
            for arrow in place.arrows:
                if arrow in seen:
                    continue
                seen.add(arrow)
                source, target = arrow.source, arrow.target
                group = source.group
                ya = (group.top if group is not None else 0.0) + source.row * ROW_HEIGHT
                group = target.group
                yb = (group.top if group is not None else 0.0) + target.row * ROW_HEIGHT
                low, high = (ya, yb) if ya <= yb else (yb, ya)
                if high + _MIDDLE < top or low + _MIDDLE > bottom:
                    continue
                if high - low > LONG_LINK and not (
                    top <= ya + _MIDDLE <= bottom or top <= yb + _MIDDLE <= bottom
                ):
                    continue  # only its two stubs are drawn, and neither is here
                found.add(arrow)
        return found

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
        groups: dict[int, tuple[QPainterPath, list[QPolygonF]]] = {}
        for arrow in self.arrows_in(exposed):
            ax, _ya, bx, _yb = arrow.ends()
            if (ax if ax > bx else bx) < left or (ax if ax < bx else bx) > right:
                continue
            path, head = arrow.paths(scale)
            arrow.drawn = arrow.extent()  # what to paint over when it moves
            kind = 2 if arrow.highlighted else 1 if arrow.critical else 0
            group = groups.get(kind)
            if group is None:
                group = groups[kind] = (QPainterPath(), [])
            group[0].addPath(path)
            group[1].append(head)
        if not groups:
            return
        painter.save()
        painter.setWorldTransform(
            QTransform(1, 0, 0, transform.m22(), transform.dx(), transform.dy())
        )
        painter.setClipRect(
            QRectF(exposed.left() * scale, exposed.top(), exposed.width() * scale, exposed.height())
        )
        style = self.canvas_style
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
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            for head in heads:
                painter.drawPolygon(head)
        painter.restore()
