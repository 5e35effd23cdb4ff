"""A chart of `roadmap.charts` shown as a picture that fits the width it is given.

The chart is drawn in the session's helper process, as it is exported (same fonts; see
`ui/chart_picture.py`), and handed back already scaled to the width it is shown at; the
scaled pixmap is kept, so a repaint only copies it and only a resize scales again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap.charts.picture import ChartPicture
from roadmap.ui.chart_picture import pixmap_at

FIT_WIDTH_ONLY = 1 << 20  # a box this tall fits a picture to the width alone


class ChartImage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: ChartPicture | None = None
        self.pixmap = QPixmap()  # the picture at the size shown
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_picture(self, picture: ChartPicture) -> None:
        self.picture = picture
        self.pixmap = pixmap_at(picture, self._shown_size())
        self.updateGeometry()
        self.update()

    def box(self) -> tuple[int, int]:
        """The box a picture is fitted into here: the width it is shown at."""
        return (self.width(), FIT_WIDTH_ONLY)

    def _shown_size(self) -> QSize:
        assert self.picture is not None
        full = QSize(self.picture.width, self.picture.height)
        if self.width() < 1:
            return full
        return full.scaled(QSize(self.width(), FIT_WIDTH_ONLY), Qt.AspectRatioMode.KeepAspectRatio)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.picture is None:
            return 0
        return round(width * self.picture.height / self.picture.width)

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        size = self._shown_size()
        if self.pixmap.size() != size:  # resized since: scale the whole picture again
            self.pixmap = pixmap_at(self.picture, size)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.end()
