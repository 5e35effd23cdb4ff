"""The steps drawn on the timeline: bars and milestone diamonds (arrows are in `arrows`,
what they share in `style`, their base `StepGraphic` and where each step is in `places`).

Items live in scene units (days across, pixels down) so the scene's index culls them, and
paint in device pixels (text, badges and arrowheads keep their size at every zoom). Each paints
only when it is in view; elided labels are cached per width. The canvas makes an item only when
its step's row comes near the view (`StepItems`); where a step is shown lives in its
`StepPlace`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.domain.entities import Step
from roadmap.domain.enums import StepStatus
from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.places import DIAMOND, StepGraphic, StepPlace
from roadmap.ui.timeline.scale import day_x
from roadmap.ui.timeline.style import BAR_MARGIN, DIMMED, CanvasStyle, draw_patent_mark


class StepBar(StepGraphic):
    """A step with a duration: a bar with name, TRL badge, status look and progress."""

    def __init__(self, step: Step, style: CanvasStyle, place: StepPlace) -> None:
        super().__init__(step, style, place)
        self._elided: tuple[float, str, str] = (-1.0, "", "")
        self.name_px = style.metrics.horizontalAdvance(step.name) + 12
        # Scene x where the next step in the row starts: a name that does not fit inside the
        # bar is written beside it up to there (as the exported timeline chart does), by a
        # child item, so that the bar's own extent stays the bar's.
        self.room_until: float | None = None
        self.beside = NameBeside(self)

    def set_step(self, step: Step) -> None:
        self.name_px = self.canvas_style.metrics.horizontalAdvance(step.name) + 12
        super().set_step(step)

    def show_dates(self, start: date, end: date) -> None:
        self.beside.prepareGeometryChange()
        super().show_dates(start, end)

    def geometry_changed(self) -> None:
        self.beside.prepareGeometryChange()
        self.prepareGeometryChange()

    def scale_changing(self, scale: float) -> None:
        # The bar's own extent is its dates'; only the room for its name beside it follows
        # the scale, and not even that where the next step in its row ends the room first
        # (most bars, zoomed out): re-indexing every bar and its name made a zoom step that
        # crosses a scale 2–3 times as long as the others.
        if self.room_beside(scale) != self.room_beside():
            self.beside.prepareGeometryChange()

    def days(self) -> float:
        return max(1.0, float((self.shown[1] - self.shown[0]).days + 1))

    def room_beside(self, scale: float | None = None) -> float:
        """Days right of the bar its name may take, sized (like a diamond's label) for zooms
        down to `diamond_scale` (or `scale`)."""
        room = self.name_px / (scale or self.canvas_style.diamond_scale)
        if self.room_until is not None:
            room = min(room, self.room_until - self.pos().x() - self.days())
        return max(0.0, room)

    def name_fits(self, bar_px: float) -> bool:
        return self.name_px - 2 <= bar_px

    def boundingRect(self) -> QRectF:
        rect = QRectF(0, 0, self.days(), ROW_HEIGHT)
        tail = self._tail()
        if tail is not None:
            x = self.pos().x()
            rect = rect.united(QRectF(tail[0] - x, 0, tail[1] - tail[0], ROW_HEIGHT))
        return rect

    def _tail(self) -> tuple[float, float] | None:
        """The slack tail in scene x, unless the bar is being dragged away from its dates."""
        if self.shown != (self.step.start, self.step.end):
            return None
        return self.canvas_style.tail_of(self.step.id)

    def bar_width(self) -> float:
        """The bar's own width in days (without the slack tail drawn after it)."""
        return max(1.0, float((self.shown[1] - self.shown[0]).days + 1))

    def shape(self) -> QPainterPath:
        # Only the bar can be grabbed: a press on the slack tail after it is not on the step.
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.bar_width(), ROW_HEIGHT))
        return path

    def zone(self, scene_x: float, px_per_day: float) -> str:
        """Which part of the bar a press at `scene_x` grabs: 'start', 'end' or 'body' (the
        end is the bar's, never the end of its slack tail)."""
        width_px = self.bar_width() * px_per_day
        local = (scene_x - self.pos().x()) * px_per_day
        if width_px >= 14:
            if local <= 5:
                return "start"
            if local >= width_px - 5:
                return "end"
        return "body"

    def _label(self, width: float, badge: str) -> str:
        name = self.step.name
        cached_width, cached_name, text = self._elided
        if cached_width == width and cached_name == name + badge:
            return text
        text = self.canvas_style.metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        self._elided = (width, name + badge, text)
        return text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, step = self.canvas_style, self.step
        width = max(1.0, float((self.shown[1] - self.shown[0]).days + 1))
        transform = painter.worldTransform()
        device = transform.mapRect(QRectF(0, 0, width, ROW_HEIGHT))
        tail = self._tail()
        painter.save()
        if style.dimmed(step):
            painter.setOpacity(DIMMED)
        painter.setWorldTransform(QTransform())
        if tail is not None:
            x = self.pos().x()
            left = transform.map(QPointF(tail[0] - x, 0)).x()
            right = transform.map(QPointF(tail[1] - x, 0)).x()
            mid = device.center().y()
            painter.fillRect(QRectF(left, mid - 0.5, right - left, 1.2), style.slack)
            painter.fillRect(QRectF(right - 1, mid - 3, 1.2, 6), style.slack)
        bar = QRectF(
            device.left(),
            device.top() + BAR_MARGIN,
            max(device.width(), 2.0),
            device.height() - 2 * BAR_MARGIN,
        )
        color = style.color_of(step)
        cancelled = step.status is StepStatus.CANCELLED
        done = step.status is StepStatus.DONE
        fill, pen, progress = style.bar_look(color, done, cancelled)
        if step.status is StepStatus.AT_RISK:
            pen = QPen(style.risk, 2)
        critical = style.is_critical(step.id)
        if critical:
            pen = QPen(style.critical, 2.2)
        if self.isSelected():
            pen = QPen(style.selection, 2.5)
        if step.id in style.found:
            painter.setPen(QPen(style.found_color, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bar.adjusted(-2, -2, 2, 2), 4, 4)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bar, 3, 3)
        if critical:
            painter.fillRect(
                QRectF(bar.left() + 1, bar.top() + 1, bar.width() - 2, 3), style.critical
            )
        if step.progress and not cancelled:
            done_width = bar.width() * step.progress / 100
            painter.fillRect(
                QRectF(bar.left() + 1, bar.bottom() - 4, max(0.0, done_width - 2), 3),
                progress,
            )
        # A name too long for the bar is written beside it (NameBeside) when there is room.
        beside = not self.name_fits(bar.width()) and self.beside.room_px(transform) > 0
        if bar.width() > 24 and not beside:
            badge = ""
            if step.trl_start is not None and bar.width() > 110:
                badge = f"TRL {step.trl_start}→{step.trl_target}"
            badge_width = style.small_metrics.horizontalAdvance(badge) + 8 if badge else 0
            prefix = "✓ " if done else "⚠ " if step.status is StepStatus.AT_RISK else ""
            text_rect = bar.adjusted(5, 0, -5 - badge_width, -2)
            painter.setFont(style.font)
            painter.setPen(style.muted if cancelled or done else style.text)
            font = style.font
            if cancelled:
                font = QFont(style.font)
                font.setStrikeOut(True)
                painter.setFont(font)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._label(text_rect.width(), prefix)
                if not prefix
                else prefix
                + self._label(text_rect.width() - style.metrics.horizontalAdvance(prefix), prefix),
            )
            if badge:
                badge_rect = QRectF(
                    bar.right() - badge_width - 3, bar.top() + 3, badge_width, bar.height() - 8
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 200))
                painter.drawRoundedRect(badge_rect, 3, 3)
                painter.setPen(style.text)
                painter.setFont(style.small)
                painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        if step.id in style.patents:
            draw_patent_mark(
                painter, style, QPointF(bar.right() - min(7, bar.width() / 2), bar.top())
            )
        painter.restore()


class NameBeside(QGraphicsItem):
    """The name of a bar too short for it, written right of the bar while there is room
    before the next step in the row; clicks go through it."""

    def __init__(self, bar: StepBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        bar = self.bar
        return QRectF(bar.days(), 0, bar.room_beside(), ROW_HEIGHT)

    def room_px(self, transform: QTransform) -> float:
        """Pixels of room beside the bar at this zoom (0 when too little for a name)."""
        room = self.bar.room_beside() * transform.m11() - 6
        return room if room >= min(self.bar.name_px, 48.0) else 0.0

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        bar, style = self.bar, self.bar.canvas_style
        transform = painter.worldTransform()
        # Most bars in view have nothing to write beside them: tell so before mapping points.
        if bar.name_fits(bar.days() * transform.m11()):
            return
        room = self.room_px(transform)
        if room <= 0:
            return
        left = transform.map(QPointF(0, 0))
        right = transform.map(QPointF(bar.days(), ROW_HEIGHT))
        step = bar.step
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setFont(style.font)
        muted = step.status in (StepStatus.CANCELLED, StepStatus.DONE)
        painter.setPen(style.muted if muted else style.text)
        painter.drawText(
            QRectF(right.x() + 4, left.y(), room, right.y() - left.y()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            style.metrics.elidedText(step.name, Qt.TextElideMode.ElideRight, room),
        )
        painter.restore()


class StepDiamond(StepGraphic):
    """A milestone (filled diamond) or decision gate (hollow diamond with a bar), with its label
    beside it; drawn at a fixed size whatever the zoom.

    Not an `ItemIgnoresTransformations` item: the scene cannot index those and tests every one
    of them on every frame. Its extent in days is instead sized for `CanvasStyle.diamond_scale`,
    a zoom at most this far in, which the canvas lowers (re-indexing) when the user zooms out.
    """

    def __init__(self, step: Step, style: CanvasStyle, place: StepPlace) -> None:
        super().__init__(step, style, place)
        self.setZValue(3)
        self._label_width = style.metrics.horizontalAdvance(step.name) + 6
        self.room_until: float | None = None  # scene x where the next step in the row starts

    pad_px = DIAMOND

    def set_step(self, step: Step) -> None:
        self.prepareGeometryChange()
        self._label_width = self.canvas_style.metrics.horizontalAdvance(step.name) + 6
        super().set_step(step)

    def anchor_x(self, start: date) -> float:
        return day_x(start) + 0.5

    def zone(self, scene_x: float, px_per_day: float) -> str:
        return "body"

    def boundingRect(self) -> QRectF:
        scale = self.canvas_style.diamond_scale
        return QRectF(
            (-DIAMOND - 2) / scale, 0, (DIAMOND * 2 + 4 + self._label_width) / scale, ROW_HEIGHT
        )

    def shape(self) -> QPainterPath:
        scale = self.canvas_style.px_per_day
        path = QPainterPath()
        path.addRect(QRectF((-DIAMOND - 2) / scale, 0, (DIAMOND * 2 + 4) / scale, ROW_HEIGHT))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        style, step = self.canvas_style, self.step
        transform = painter.worldTransform()
        px_per_day = transform.m11()
        anchor = transform.map(QPointF(0, 0))
        painter.save()
        if style.dimmed(step):
            painter.setOpacity(DIMMED)
        painter.setWorldTransform(QTransform.fromTranslate(anchor.x(), anchor.y()))
        row = ROW_HEIGHT * transform.m22()  # rows may be drawn taller (View › Taller rows)
        mid = row / 2
        diamond = QPolygonF(
            [
                QPointF(0, mid - DIAMOND),
                QPointF(DIAMOND, mid),
                QPointF(0, mid + DIAMOND),
                QPointF(-DIAMOND, mid),
            ]
        )
        color = style.color_of(step)
        if step.status is StepStatus.CANCELLED:
            color = QColor("#8e8e93")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(
            style.selection if self.isSelected() else color.darker(130),
            2.5 if self.isSelected() else 1.5,
        )
        if step.status is StepStatus.AT_RISK and not self.isSelected():
            pen = QPen(style.risk, 2)
        if style.is_critical(step.id) and not self.isSelected():
            pen = QPen(style.critical, 2.5)
        if step.id in style.found:
            painter.setPen(QPen(style.found_color, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(diamond)
        painter.setPen(pen)
        gate = step.step_kind.value == "decision_gate"
        painter.setBrush(QColor("white") if gate else color)
        painter.drawPolygon(diamond)
        if gate:
            painter.drawLine(QLineF(-DIAMOND / 2, mid, DIAMOND / 2, mid))
        painter.setFont(style.font)
        painter.setPen(
            style.muted if step.status in (StepStatus.CANCELLED, StepStatus.DONE) else style.text
        )
        width = self._label_width
        if self.room_until is not None:
            # Stop the label before the next step in the row rather than write over it.
            room = (self.room_until - self.pos().x()) * px_per_day - DIAMOND - 10
            width = min(width, room)
        if width > 12:
            text = style.metrics.elidedText(step.name, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRectF(DIAMOND + 4, 0, width, row), Qt.AlignmentFlag.AlignVCenter, text
            )
        if step.id in style.patents:
            draw_patent_mark(painter, style, QPointF(DIAMOND - 1, mid - DIAMOND + 1))
        painter.restore()
