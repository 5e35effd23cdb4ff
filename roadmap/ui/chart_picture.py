"""Charts drawn away from the window and shown as pictures.

A chart of a big roadmap takes seconds to make and to draw. It is made and drawn in the
session's helper process (`roadmap.worker_process`, `roadmap.charts.picture`), from the file, and
comes back as raw pixels, already scaled to the size it will be shown at (`fit`): even a copy
of 1920 × 1080 pixels into a QImage holds the interpreter lock 10–25 ms, in a worker thread as
much as here, and a smooth scaling more. The window only wraps the fitted pixels; the full
picture is made into an image only when the view is resized to another size.
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
    """The whole picture as a QImage (any thread: QImage, unlike QPixmap, may be made anywhere)."""
    return _image(picture.rgba, picture.width, picture.height)


def _image(rgba: bytes, width: int, height: int) -> QImage:
    return QImage(rgba, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def pixmap_at(picture: ChartPicture, size: QSize) -> QPixmap:
    """The picture at `size`: the fitted pixels when they have that size, else scaled
    (smoothly) here — from the fitted pixels when the view shrank or grew a little since it
    asked (a layout settling, a dock dragged), which costs a fraction of the whole picture's."""
    fitted = QSize(picture.fitted_width, picture.fitted_height)
    if picture.fitted and fitted == size:
        return QPixmap.fromImage(_image(picture.fitted, fitted.width(), fitted.height()))
    if picture.fitted and size.width() <= fitted.width() * 1.25:
        source = _image(picture.fitted, fitted.width(), fitted.height())
    else:
        source = image_of(picture)
    return QPixmap.fromImage(
        source.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )


def draw_in(
    worker: WorkerProcess,
    path: Path,
    name: str,
    options: ChartOptions,
    fit: tuple[int, int] | None = None,
) -> ChartPicture:
    """Chart `name` of the roadmap at `path`, drawn in `worker` (call from a worker thread),
    also scaled to fit the box `fit` (width, height) when given."""
    return worker.call(draw_picture, path, name, options, fit)


class PictureView(QWidget):
    """A picture scaled to fit the widget, keeping its proportions, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: ChartPicture | None = None
        self._scaled = QPixmap()  # the picture at the size last shown: repaints just copy it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, picture: ChartPicture) -> None:
        self.picture = picture
        self._scaled = QPixmap()
        if picture.fitted and self.picture_rect().size() == QSize(
            picture.fitted_width, picture.fitted_height
        ):
            self._scaled = pixmap_at(picture, self.picture_rect().size())
        self.update()

    def box(self) -> tuple[int, int]:
        """The size a picture is fitted into here (ask the helper for it at this size)."""
        return (self.width(), self.height())

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def picture_rect(self) -> QRect:
        """Where the picture is drawn in the widget."""
        if self.picture is None:
            return QRect()
        full = QSize(self.picture.width, self.picture.height)
        size = full.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        where = self.picture_rect()
        if self._scaled.size() != where.size():  # resized since: scale the whole picture
            self._scaled = pixmap_at(self.picture, where.size())
        painter = QPainter(self)
        painter.drawPixmap(where.topLeft(), self._scaled)
        painter.end()
