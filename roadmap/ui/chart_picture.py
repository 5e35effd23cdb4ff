"""Charts drawn away from the window and shown as pictures.

A chart of a big roadmap takes seconds to make and to draw. It is made and drawn in the
session's helper process (`roadmap.worker_process`, `roadmap.charts.picture`), from the file, and
comes back as raw pixels; the window only shows that picture, scaled to fit, so neither drawing
nor a resize blocks it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap.charts.picture import ChartPicture, draw_picture
from roadmap.charts.registry import ChartOptions
from roadmap.worker_process import WorkerProcess


def image_of(picture: ChartPicture) -> QImage:
    """The picture as a QImage (any thread: QImage, unlike QPixmap, may be made anywhere)."""
    return QImage(
        picture.rgba,
        picture.width,
        picture.height,
        4 * picture.width,
        QImage.Format.Format_RGBA8888,
    ).copy()


def draw_in(worker: WorkerProcess, path: Path, name: str, options: ChartOptions) -> ChartPicture:
    """Chart `name` of the roadmap at `path`, drawn in `worker` (call from a worker thread)."""
    return worker.call(draw_picture, path, name, options)


class PictureView(QWidget):
    """A picture scaled to fit the widget, keeping its proportions, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self._scaled = QPixmap()  # the picture at the size last shown: repaints just copy it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._scaled = QPixmap()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def picture_rect(self) -> QRect:
        """Where the picture is drawn in the widget."""
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        where = self.picture_rect()
        if self._scaled.size() != where.size():
            self._scaled = QPixmap.fromImage(
                self.image.scaled(
                    where.size(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        painter = QPainter(self)
        painter.drawPixmap(where.topLeft(), self._scaled)
        painter.end()
