"""Dependency arrows, all painted by one scene item.

15,000 arrows as 15,000 `QGraphicsItem`s cost a third of a second to create and a Python call
each to paint. Here an arrow is plain data (`places.Arrow`) kept in a coarse index of
horizontal bands, and one `ArrowLayer` paints the arrows that cross the exposed part of the
scene, their lines batched into a few paths. Each arrow's path is cached for the current zoom.

An arrow across many rows (more than `LONG_LINK` pixels) is drawn as two stubs, one at each
end, so rows between its ends stay readable and their repaints do not touch it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.places import ARROW_PAD_DAYS, BAND, LONG_LINK, Arrow
from roadmap.ui.timeline.style import CanvasStyle

_FEW = 64  # arrows moved together: more than this, and the whole layer is repainted once


class ArrowLayer(QGraphicsItem):
    """Every dependency arrow of the timeline, painted where the scene is exposed."""

    def __init__(self, style: CanvasStyle) -> None:
        super().__init__()
        self.canvas_style = style
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._bands: dict[int, set[Arrow]] = {}
        self._batch: set[Arrow] | None = None  # arrows moved during `batch()`

    # -- the index ----------------------------------------------------------------------------

    def add(self, arrow: Arrow) -> None:
        self._index(arrow, self._place(arrow))

    @staticmethod
    def _place(arrow: Arrow) -> tuple[int, ...]:
        """Work out where the arrow is (its `rect`) and return the bands it is drawn in."""
        # The hot path of opening a big roadmap: plain numbers only.
        source, target = arrow.source.ends, arrow.target.ends
        ax = source[0] if arrow.start_to_start else source[1]
        ya, bx, yb = source[2], target[0], target[2]
        top, bottom = (ya, yb) if ya <= yb else (yb, ya)
        left, width = (ax, bx - ax) if ax <= bx else (bx, ax - bx)
        arrow.rect = (
            left - ARROW_PAD_DAYS,
            top - ROW_HEIGHT,
            width + 2 * ARROW_PAD_DAYS,
            bottom - top + 2 * ROW_HEIGHT,
        )
        bands: tuple[int, ...]
        if bottom - top <= LONG_LINK:
            first, last = int((top - ROW_HEIGHT) // BAND), int((bottom + ROW_HEIGHT) // BAND)
            bands = (first,) if first == last else tuple(range(first, last + 1))
        else:  # drawn near its two ends only
            bands = tuple(
                {
                    int((ya - ROW_HEIGHT) // BAND),
                    int((ya + ROW_HEIGHT) // BAND),
                    int((yb - ROW_HEIGHT) // BAND),
                    int((yb + ROW_HEIGHT) // BAND),
                }
            )
        return bands

    def _index(self, arrow: Arrow, bands: tuple[int, ...]) -> None:
        arrow.bands = bands
        index = self._bands
        for band in bands:
            members = index.get(band)
            if members is None:
                index[band] = {arrow}
            else:
                members.add(arrow)

    def repaint(self, rect: QRectF) -> None:
        """Paint this part of the scene again (an arrow asks, through `ArrowPainter`)."""
        self.update(rect)

    def remove(self, arrow: Arrow) -> None:
        if self._batch is not None:
            self._batch.discard(arrow)
        self._unindex(arrow)
        self.update(QRectF(*arrow.rect))

    def _unindex(self, arrow: Arrow) -> None:
        for band in arrow.bands:
            members = self._bands.get(band)
            if members is not None:
                members.discard(arrow)
        arrow.bands = ()

    def moved(self, arrow: Arrow) -> None:
        if self._batch is not None:
            self._batch.add(arrow)
            return
        self.remove(arrow)  # repaints where it was
        arrow.forget_path()
        self.add(arrow)
        self.update(QRectF(*arrow.rect))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Index the arrows that move inside once, at the end: when a row is added to a lane,
        the steps below it all move, and most arrows would otherwise be indexed twice (once
        per end) and repainted in two places each."""
        if self._batch is not None:  # already inside one
            yield
            return
        self._batch = set()
        try:
            yield
        finally:
            moved, self._batch = self._batch, None
            for arrow in moved:
                old = arrow.rect
                arrow.forget_path()
                bands = self._place(arrow)
                if bands != arrow.bands:  # often the same: most moves are a row or two
                    self._unindex(arrow)
                    self._index(arrow, bands)
                if len(moved) <= _FEW:
                    self.update(QRectF(*old))
                    self.update(QRectF(*arrow.rect))
            if len(moved) > _FEW:
                self.update()

    def clear(self) -> None:
        self._bands.clear()
        if self._batch is not None:
            self._batch.clear()
        self.update()

    def arrows_in(self, rect: QRectF) -> set[Arrow]:
        """Arrows whose bands meet `rect` (a superset of those drawn there)."""
        found: set[Arrow] = set()
        index = self._bands
        for band in range(int(rect.top() // BAND), int(rect.bottom() // BAND) + 1):
            members = index.get(band)
            if members:
                found |= members
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
