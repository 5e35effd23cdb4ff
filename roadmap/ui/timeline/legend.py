"""A compact legend in a strip under the timeline: what the colours are (lanes, or pathways when
colouring by pathway), the kinds of step, the statuses and the markers — drawn in the same
colours and shapes as the bars, flowed into as few lines as the strip's width allows. The strip
takes its own room in the canvas's layout, so it never covers a row of the timeline."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap.domain.entities import EntityKind
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.style import CanvasStyle

_MARK = 14.0  # the width of a sample before its word
_GAP = 12.0
_PAD = 6.0

Entry = tuple[str, QColor, str]  # (shape, colour, words)


class Legend(QWidget):
    def __init__(self, session: RoadmapSession, style: CanvasStyle, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.canvas_style = style
        self.setObjectName("legend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        session.edited.connect(self._on_edited)
        self.refresh()

    def _on_edited(self, edit: Edit) -> None:
        # Only lanes and pathways are listed: a step's edit (every drag, undo and redo) left
        # the legend as it was, yet laid it out and painted it again.
        if edit.changes.touches(EntityKind.ROADMAP, EntityKind.LANE, EntityKind.PATHWAY):
            self.refresh()

    def entries(self) -> list[Entry]:
        """What the legend lists, in order."""
        style = self.canvas_style
        if style.color_mode == "pathway":
            colours = [("swatch", QColor(p.color), p.name) for p in self.session.pathways.values()]
        else:
            colours = [
                ("swatch", QColor(lane.color), lane.name) for lane in self.session.lanes.values()
            ]
        grey = QColor("#8e8e93")
        return [
            *colours,
            ("bar", grey, tr("step")),
            ("milestone", grey, tr("milestone")),
            ("gate", grey, tr("decision gate")),
            ("done", grey, tr("✓ done")),
            ("risk", style.risk, tr("⚠ at risk")),
            ("cancelled", grey, tr("cancelled")),
            ("today", QColor("#d62728"), tr("today")),
            ("critical", style.critical, tr("critical path")),
            ("patent", style.patent_mark, tr("patent")),
        ]

    def _lines(self, width: float) -> list[list[tuple[Entry, float]]]:
        metrics = self.fontMetrics()
        lines: list[list[tuple[Entry, float]]] = [[]]
        used = _PAD
        for entry in self.entries():
            size = _MARK + 4 + metrics.horizontalAdvance(entry[2])
            if lines[-1] and used + size > width - _PAD:
                lines.append([])
                used = _PAD
            lines[-1].append((entry, size))
            used += size + _GAP
        return lines

    def refresh(self) -> None:
        """Take as many lines as the entries need at this width."""
        lines = self._lines(float(max(200, self.width())))
        line_height = self.fontMetrics().height() + 4
        self.setFixedHeight(int(len(lines) * line_height + 2 * _PAD))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.drawLine(QPointF(0, 0.5), QPointF(self.width(), 0.5))
        text = self.palette().text().color()
        line_height = self.fontMetrics().height() + 4
        y = _PAD
        for line in self._lines(float(max(200, self.width()))):
            x = _PAD
            for (shape, colour, words), size in line:
                mid = y + line_height / 2
                _draw_sample(painter, shape, colour, QRectF(x, mid - 5, _MARK, 10))
                painter.setPen(text)
                painter.drawText(
                    QRectF(x + _MARK + 4, y, size, line_height),
                    Qt.AlignmentFlag.AlignVCenter,
                    words,
                )
                x += size + _GAP
            y += line_height
        painter.end()


def _draw_sample(painter: QPainter, shape: str, colour: QColor, box: QRectF) -> None:
    """A small copy of how the timeline draws `shape`."""
    painter.save()
    mid = box.center()
    if shape in ("swatch", "bar", "done", "risk", "cancelled"):
        fill = colour.lighter(165) if shape != "swatch" else colour
        pen = QPen(colour.darker(125), 1)
        if shape == "risk":
            pen = QPen(colour, 2)
            fill = QColor("#f2f2f2")
        elif shape == "cancelled":
            pen = QPen(colour, 1, Qt.PenStyle.DashLine)
            fill = QColor("#d9d9d9")
        elif shape == "done":
            fill = colour.lighter(185)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 2, 2)
    elif shape in ("milestone", "gate"):
        r = box.height() / 2
        diamond = QPolygonF(
            [
                QPointF(mid.x(), mid.y() - r),
                QPointF(mid.x() + r, mid.y()),
                QPointF(mid.x(), mid.y() + r),
                QPointF(mid.x() - r, mid.y()),
            ]
        )
        painter.setPen(QPen(colour.darker(130), 1.5))
        painter.setBrush(QColor("white") if shape == "gate" else colour)
        painter.drawPolygon(diamond)
    elif shape == "today":
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(mid.x(), box.top() - 2), QPointF(mid.x(), box.bottom() + 2))
    elif shape == "critical":
        painter.setPen(QPen(colour, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 2, 2)
    elif shape == "patent":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(mid, 3.5, 3.5)
    painter.restore()
