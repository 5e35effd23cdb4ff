"""The chosen baseline on the timeline: a thin ghost bar under each step's current bar (a small
diamond for milestones and gates) at the baseline's dates, and the slip between the baseline
finish and the current finish shaded (red when later, green when earlier).

Steps the compared plan has and this roadmap does not (added in the other scenario, deleted
here since the baseline) have no row: `ghost_band.GhostBand` draws them, dashed and labelled,
in a band under the last lane, painted by this same item.

One scene item paints every ghost in the exposed part of the scene, finding the rows there
through the drawing's row index, so it costs nothing for the 10,000 steps out of view. It works
in scene coordinates (days across, pixels down), so it lines up with the bars at any zoom and
scroll; only its heights are in pixels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.services.changes import Edit
from roadmap.ui.timeline.ghost_band import GhostBand
from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.scale import day_x
from roadmap.ui.timeline.style import BAR_MARGIN

if TYPE_CHECKING:
    from roadmap.ui.baseline_choice import BaselineChoice
    from roadmap.ui.timeline.canvas import TimelineCanvas
    from roadmap.ui.timeline.drawing import TimelineDrawing

GHOST_HEIGHT = 3.0  # px: fits in the margin under a bar
GHOST_TOP = ROW_HEIGHT - BAR_MARGIN + 0.5  # px below the row's top
GHOST_DIAMOND = 4.5  # px: half the width of a ghost milestone
GHOST = QColor(110, 116, 126)
SCENARIO = QColor(142, 68, 173)  # another roadmap's bars, told apart from a baseline's grey
LATER = QColor(214, 39, 40, 60)  # the row's slip, a wash behind the bar
EARLIER = QColor(44, 160, 44, 60)
LATER_LINE = QColor(214, 39, 40)  # the slip again in the ghost's line, where no bar hides it
EARLIER_LINE = QColor(44, 160, 44)


class BaselineLayer(QGraphicsItem):
    def __init__(self, drawing: TimelineDrawing, choice: BaselineChoice) -> None:
        super().__init__()
        self.drawing = drawing
        self.choice = choice
        self.setZValue(0.5)  # under the arrows (1) and the bars (2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self.band = GhostBand()  # the compared plan's steps that have no row here

    def set_extent(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go to the steps

    def ghost_rect(self, step_id: str) -> QRectF | None:
        """Where the step's ghost is, in scene coordinates; None when it has none."""
        planned = self.choice.planned(step_id)
        place = self.drawing.places.get(step_id)
        if planned is None or place is None:
            return None
        top = place.top + GHOST_TOP
        if planned.is_point:
            x = day_x(planned.start) + 0.5
            return QRectF(x, top - GHOST_DIAMOND + GHOST_HEIGHT / 2, 0, 2 * GHOST_DIAMOND)
        left = day_x(planned.start)
        return QRectF(left, top, day_x(planned.end) + 1 - left, GHOST_HEIGHT)

    def band_top(self) -> float:
        """Where the band of steps only in the compared plan begins: under the last lane."""
        layout = self.drawing.layout_info
        return layout.height if layout is not None else 0.0

    def band_rect(self, index: int) -> QRectF:
        """The ghost of the band's `index`th step, in scene coordinates."""
        return self.band.rect(index, self.band_top())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.choice.steps:
            return
        exposed = option.exposedRect
        transform = painter.worldTransform()
        scale = transform.m11()
        if self.band.steps:
            painter.save()
            painter.setWorldTransform(
                QTransform(1, 0, 0, transform.m22(), transform.dx(), transform.dy())
            )
            color = SCENARIO if self.choice.scenario else GHOST
            self.band.paint(painter, self.band_top(), exposed, scale, color)
            painter.restore()
        planned_steps = self.choice.steps
        ghosts: list[QRectF] = []
        diamonds: list[QPolygonF] = []
        later: list[QRectF] = []
        earlier: list[QRectF] = []
        for place in self.drawing.places_between(exposed.top(), exposed.bottom()):
            planned = planned_steps.get(place.step.id)
            if planned is None:
                continue
            step = place.step
            top = place.top
            if planned.is_point:
                x = (day_x(planned.start) + 0.5) * scale
                y = top + GHOST_TOP + GHOST_HEIGHT / 2
                d = GHOST_DIAMOND
                diamonds.append(
                    QPolygonF(
                        [QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)]
                    )
                )
                old_x, new_x = x, (day_x(step.end) + 0.5) * scale
            else:
                left = day_x(planned.start) * scale
                right = (day_x(planned.end) + 1) * scale
                ghosts.append(QRectF(left, top + GHOST_TOP, max(right - left, 1.0), GHOST_HEIGHT))
                old_x, new_x = right, (day_x(step.end) + 1) * scale
            if new_x != old_x:
                band = QRectF(min(old_x, new_x), top + 1, abs(new_x - old_x), ROW_HEIGHT - 2)
                (later if new_x > old_x else earlier).append(band)
        if not (ghosts or diamonds):
            return
        painter.save()
        # Days scaled to pixels here, so heights and diamonds stay in pixels at any zoom.
        painter.setWorldTransform(
            QTransform(1, 0, 0, transform.m22(), transform.dx(), transform.dy())
        )
        painter.setPen(Qt.PenStyle.NoPen)
        for color, bands in ((LATER, later), (EARLIER, earlier)):
            for band in bands:
                painter.fillRect(band, color)
        ghost_color = SCENARIO if self.choice.scenario else GHOST
        for ghost in ghosts:
            painter.fillRect(ghost, ghost_color)
        for color, bands in ((LATER_LINE, later), (EARLIER_LINE, earlier)):
            for band in bands:
                line_top = band.top() - 1 + GHOST_TOP
                painter.fillRect(QRectF(band.left(), line_top, band.width(), GHOST_HEIGHT), color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(ghost_color)
        for diamond in diamonds:
            painter.drawPolygon(diamond)
        painter.restore()


class BaselineGhosts(QObject):
    """Puts a `BaselineLayer` on a canvas and repaints it when the plan or the choice changes."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.layer = BaselineLayer(canvas.drawing, canvas.session.baselines)
        canvas.scene.addItem(self.layer)
        self.layer.set_extent(canvas.scene.sceneRect())
        canvas.scene.sceneRectChanged.connect(self.layer.set_extent)
        canvas.session.baselines.changed.connect(self._repaint)
        canvas.session.edited.connect(self._on_edited)

    def _repaint(self) -> None:
        self._update_band()
        self.layer.update()

    def _on_edited(self, _edit: Edit) -> None:
        if self.layer.choice.steps:
            self._update_band()
            self.layer.update()

    def _update_band(self) -> None:
        """Which of the compared plan's steps have no bar here (added there, or deleted here
        since the baseline); the scene grows under the lanes to hold their ghosts."""
        choice = self.layer.choice
        band = self.layer.band
        here = set(self.canvas.session.steps)
        if not band.update(choice.steps, here, choice.name or "", choice.scenario):
            return
        first = min((p.start for p in band.steps), default=None)
        last = max((p.end for p in band.steps), default=None)
        self.canvas.drawing.set_below(band.height(), first, last)
