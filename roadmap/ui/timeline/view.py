"""The timeline's view: zoom, scrolling, and the drags that edit steps.

Drag a bar to move it, its ends to resize it (snapping to the time unit; Shift snaps to days),
Alt-drag (or drag in link mode) from one step to another to add a dependency, rubber-band
select several and drag them together. The view only previews; `TimelineCanvas` commits, and
puts the bars back if the services refuse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from roadmap.ui.timeline.backdrop import paint_backdrop, paint_today
from roadmap.ui.timeline.drag import Drag, proposed_dates
from roadmap.ui.timeline.items import StepBar
from roadmap.ui.timeline.layout import TimelineLayout
from roadmap.ui.timeline.places import StepGraphic
from roadmap.ui.timeline.scale import clamp_zoom, day_x

IDEA_MIME = "application/x-frontier-roadmap-idea"  # a parking-lot idea being dragged


class TimelineView(QGraphicsView):
    moves_requested = Signal(object)  # list[(step_id, start, end)]
    link_requested = Signal(str, str)  # from step id, to step id
    edit_requested = Signal(str)  # step id (double-click)
    add_requested = Signal(QPointF)  # scene point of a double-click on an empty spot
    idea_dropped = Signal(str, QPointF)  # parking-lot idea id, scene point of the drop
    arrow_clicked = Signal(QPointF)  # scene point of a click on no step (an arrow there?)
    menu_requested = Signal(QPointF, QPoint)  # scene point and screen point of a right click
    zoom_changed = Signal(float)
    area_changed = Signal()  # scrolled up or down, or resized: other rows are in view

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.px_per_day = 1.0
        self.row_scale = 1.0  # rows drawn this many times their height (View › Taller rows)
        self.setAcceptDrops(True)  # parking-lot ideas dropped become steps there
        self.unit = "quarter"
        self.link_mode = False
        self.read_only = False  # the presenter view: clicks and drags change nothing
        self.layout_info: TimelineLayout | None = None
        self.band_color = QColor(0, 0, 0, 10)
        self.grid_color = QColor(0, 0, 0, 28)
        self.today_color = QColor("#d62728")
        self._drag: Drag | None = None
        self._link_line: QGraphicsLineItem | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.set_zoom(1.0)

    # -- zoom ------------------------------------------------------------------------------

    def set_zoom(self, px_per_day: float, anchor: QPoint | None = None) -> None:
        """Show `px_per_day` pixels per day, keeping the day under `anchor` where it is."""
        px_per_day = clamp_zoom(px_per_day)
        anchor = anchor if anchor is not None else QPoint(self.viewport().width() // 2, 0)
        scene_x = self.mapToScene(anchor).x()
        self.px_per_day = px_per_day
        self.setTransform(QTransform.fromScale(px_per_day, self.row_scale))
        # Put the anchored day back under the pointer.
        offset = scene_x * px_per_day - anchor.x()
        bar = self.horizontalScrollBar()
        bar.setValue(round(offset))
        self.zoom_changed.emit(px_per_day)
        self.viewport().update()

    def set_row_scale(self, scale: float) -> None:
        """Draw rows `scale` times their height (0.6–2.5), keeping the row at the top in view."""
        scale = max(0.6, min(2.5, scale))
        if scale == self.row_scale:
            return
        top = self.mapToScene(0, 0).y()
        self.row_scale = scale
        self.setTransform(QTransform.fromScale(self.px_per_day, scale))
        self.verticalScrollBar().setValue(round(top * scale))
        self.zoom_changed.emit(self.px_per_day)
        self.area_changed.emit()
        self.viewport().update()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self.set_zoom(self.px_per_day * factor, anchor)

    def fit_days(self, first: date, last: date) -> None:
        """Zoom so that first..last fills the width, and scroll to it."""
        width = max(100, self.viewport().width() - 20)
        days = max(7, (last - first).days + 1)
        self.set_zoom(width / days)
        self.horizontalScrollBar().setValue(round(day_x(first) * self.px_per_day) - 10)

    def scroll_to_day(self, day: date) -> None:
        self.horizontalScrollBar().setValue(round(day_x(day) * self.px_per_day) - 40)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self.area_changed.emit()  # before the scroll is painted: the new rows get items

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.area_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() & both == both:
            # Ctrl+Shift+wheel: row height (some platforms turn Shift+wheel sideways).
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_row_scale(self.row_scale * 1.15 ** (delta / 120))
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.25**steps, event.position().toPoint())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    # -- background and today line -------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_backdrop(
            painter,
            QRectF(rect),
            self.layout_info,
            self.px_per_day,
            self.unit,
            self.viewport().palette().color(QPalette.ColorRole.Base),  # what autofill paints
            self.band_color,
            self.grid_color,
        )

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_today(painter, QRectF(rect), self.today_color)

    # -- editing by dragging ---------------------------------------------------------------

    def step_item_at(self, pos: QPoint) -> StepGraphic | None:
        for item in self.items(pos):
            if isinstance(item, StepGraphic):
                return item
        return None

    def _snap_unit(self, event: QMouseEvent) -> str | None:
        return None if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else self.unit

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.read_only:  # the presenter view: looking, not editing
            event.accept()
            return
        item = self.step_item_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is None:
            # Perhaps on an arrow (drawn by one layer, not an item): the canvas picks it.
            self.arrow_clicked.emit(self.mapToScene(event.position().toPoint()))
        if event.button() != Qt.MouseButton.LeftButton or item is None:
            super().mousePressEvent(event)
            return
        scene_x = self.mapToScene(event.position().toPoint()).x()
        modifiers = event.modifiers()
        if self.link_mode or modifiers & Qt.KeyboardModifier.AltModifier:
            self._drag = Drag("link", scene_x, [item], {})
            line = QGraphicsLineItem(QLineF(item.right(), item.right()))
            pen = QPen(QColor("#0a64d6"), 0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            line.setPen(pen)
            line.setZValue(10)
            self.scene().addItem(line)
            self._link_line = line
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            event.accept()
            return
        if not item.isSelected():
            self.scene().clearSelection()
            item.setSelected(True)
        mode = item.zone(scene_x, self.px_per_day)
        items = [item]
        if mode == "body":
            items = [i for i in self.scene().selectedItems() if isinstance(i, StepGraphic)]
        originals = {i.step.id: (i.step.start, i.step.end) for i in items}
        self._drag = Drag(mode, scene_x, items, originals)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        pos = event.position().toPoint()
        if drag is None:
            item = self.step_item_at(pos) if not event.buttons() else None
            if item is not None and not self.link_mode:
                zone = item.zone(self.mapToScene(pos).x(), self.px_per_day)
                cursor = (
                    Qt.CursorShape.SizeHorCursor
                    if zone != "body"
                    else Qt.CursorShape.OpenHandCursor
                )
                self.viewport().setCursor(cursor)
            else:
                self.viewport().setCursor(
                    Qt.CursorShape.CrossCursor
                    if self.link_mode and item
                    else Qt.CursorShape.ArrowCursor
                )
            super().mouseMoveEvent(event)
            return
        scene = self.mapToScene(pos)
        if drag.mode == "link":
            if self._link_line is not None:
                self._link_line.setLine(QLineF(drag.items[0].right(), scene))
            return
        for item_id, (start, end) in proposed_dates(
            drag, scene.x(), self._snap_unit(event)
        ).items():
            drag.moved = True
            next(i for i in drag.items if i.step.id == item_id).show_dates(start, end)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        pos = event.position().toPoint()
        if drag.mode == "link":
            if self._link_line is not None:
                self.scene().removeItem(self._link_line)
                self._link_line = None
            target = self.step_item_at(pos)
            if target is not None and target is not drag.items[0]:
                self.link_requested.emit(drag.items[0].step.id, target.step.id)
            return
        if not drag.moved:
            # A click (no drag) on one bar of several selected selects that bar alone.
            clicked = self.step_item_at(pos)
            if clicked is not None and len(self.scene().selectedItems()) > 1:
                self.scene().clearSelection()
                clicked.setSelected(True)
            return
        proposed = proposed_dates(drag, self.mapToScene(pos).x(), self._snap_unit(event))
        changed = [(i, s, e) for i, (s, e) in proposed.items() if (s, e) != drag.originals[i]]
        if changed:
            self.moves_requested.emit(changed)
        else:
            for item in drag.items:
                item.show_dates(item.step.start, item.step.end)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.step_item_at(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip(), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(self.mapToScene(event.pos()), event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        plain = not event.modifiers() & (held | Qt.KeyboardModifier.MetaModifier)
        if plain and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif plain and event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _idea_in(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return not self.read_only and event.mimeData().hasFormat(IDEA_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._idea_in(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._idea_in(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._idea_in(event):
            super().dropEvent(event)
            return
        idea_id = bytes(event.mimeData().data(IDEA_MIME).data()).decode()
        self.idea_dropped.emit(idea_id, self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.read_only:
            event.accept()
            return
        item = self.step_item_at(event.position().toPoint())
        if item is not None:
            self.edit_requested.emit(item.step.id)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.add_requested.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def bar_at_point(self, item: StepGraphic) -> QPoint:
        """A viewport point over the middle of `item` (for tests and keyboard actions)."""
        center = item.sceneBoundingRect().center() if isinstance(item, StepBar) else item.left()
        return self.mapFromScene(QPointF(center.x(), item.pos().y() + 13))
