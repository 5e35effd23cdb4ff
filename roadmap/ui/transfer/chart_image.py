"""A chart of `roadmap.charts` shown as a picture that fits the width it is given.

The chart is drawn once as a PNG, as it is exported (same fonts), and scaled to the width on
screen, so a resize costs nothing. matplotlib is imported the first time a chart is drawn.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap.domain.snapshot import RoadmapSnapshot

DRAW_DPI = 144  # sharp on a high-DPI screen at the widths a window gives a chart


def chart_png(snapshot: RoadmapSnapshot, name: str, language: str) -> tuple[bytes, list[str]]:
    """Chart `name` of `snapshot` as PNG bytes, and the chart's warnings."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from roadmap.charts.registry import ChartOptions, render
    from roadmap.charts.style import chart_fonts

    chart = render(snapshot, name, ChartOptions(language=language))
    FigureCanvasAgg(chart.figure)
    buffer = io.BytesIO()
    with chart_fonts(list(chart.fonts)):
        chart.figure.savefig(buffer, format="png", dpi=DRAW_DPI, facecolor="white")
    return buffer.getvalue(), list(chart.warnings)


class ChartImage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_png(self, data: bytes) -> None:
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data, "PNG")
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.pixmap.isNull():
            return 0
        return round(width * self.pixmap.height() / self.pixmap.width())

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(0, 0, target.width(), target.height(), self.pixmap)
        painter.end()
