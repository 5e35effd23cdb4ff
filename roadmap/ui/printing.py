"""Printing the timeline: File › Print… (with a preview) and File › Export PDF of the view….

Two things can be printed: the current view of the timeline as it is on screen (headers,
bars, arrows, today line), with the roadmap's title and, on a page of its own, the pathway
ranking; or the whole roadmap as a wall chart (A0–A3, or A4 tiles to tape together), the
same pages `roadmap export OUT.pdf --wallchart` writes, rasterized for the printer.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QWidget

from roadmap.ui.labels import tr
from roadmap.ui.transfer.form_dialog import FormDialog

if TYPE_CHECKING:
    from roadmap.domain.snapshot import RoadmapSnapshot
    from roadmap.ui.timeline.canvas import TimelineCanvas

WALL_SIZES = ("A4-tiles", "A3", "A2", "A1", "A0")
RASTER_DPI = 150  # wall chart pages sent to a printer: sharp at reading distance, not huge
_PAGE_SIZES = {
    "A0": QPageSize.PageSizeId.A0,
    "A1": QPageSize.PageSizeId.A1,
    "A2": QPageSize.PageSizeId.A2,
    "A3": QPageSize.PageSizeId.A3,
    "A4-tiles": QPageSize.PageSizeId.A4,
}
Painter = Callable[[QPagedPaintDevice], None]


class PrintChoice(FormDialog):
    """What to print: the current view, or the whole roadmap as a wall chart of a size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Print"), tr("What should be printed?"), parent)
        self.view_button = QRadioButton(tr("The current view of the timeline"), self)
        self.wall_button = QRadioButton(tr("The whole roadmap as a wall chart"), self)
        self.view_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.view_button)
        group.addButton(self.wall_button)
        self.paper = QComboBox(self)
        for size in WALL_SIZES:
            self.paper.addItem(
                tr("A4 sheets to tape into an A1") if size == "A4-tiles" else size, size
            )
        self.paper.setEnabled(False)
        self.wall_button.toggled.connect(self.paper.setEnabled)
        self.form.addRow(self.view_button)
        self.form.addRow(self.wall_button)
        self.form.addRow(tr("Paper:"), self.paper)
        self.add_buttons()
        self.say("")

    def wall_size(self) -> str | None:
        """The chosen wall chart size, or None for the current view."""
        return str(self.paper.currentData()) if self.wall_button.isChecked() else None


def _landscape(device: QPagedPaintDevice, size: QPageSize.PageSizeId) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )


def _image_of(
    figure: Any, box: tuple[float, float, float, float] | None, fonts: list[str]
) -> QImage:
    """A matplotlib figure (or the part of it in `box`, inches) as a printable image."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    from roadmap.charts.style import chart_fonts

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    with chart_fonts(fonts):
        figure.savefig(
            buffer,
            format="png",
            dpi=RASTER_DPI,
            facecolor="white",
            bbox_inches=Bbox.from_extents(*box) if box else None,
        )
    return QImage.fromData(buffer.getvalue())


def _draw_fitted(painter: QPainter, image: QImage, area: QRectF) -> None:
    scaled = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(area.topLeft(), scaled)
    target.moveCenter(area.center())
    painter.drawImage(target, image)


def _page_number(painter: QPainter, page: QRectF, number: int, total: int) -> None:
    font = QFont(painter.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(
        page, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, f"{number} / {total}"
    )


def view_pages(canvas: TimelineCanvas, snapshot: RoadmapSnapshot) -> Painter:
    """Paints the current view: the title, the canvas as on screen, then the ranking page."""
    from roadmap.charts.registry import ChartOptions, render

    ranking = render(snapshot, "scores", ChartOptions())

    def paint(device: QPagedPaintDevice) -> None:
        _landscape(device, QPageSize.PageSizeId.A3)
        painter = QPainter(device)
        try:
            page = QRectF(painter.viewport())
            title_font = QFont(painter.font())
            title_font.setPointSizeF(16)
            title_font.setBold(True)
            painter.setFont(title_font)
            title_height = painter.fontMetrics().height() * 1.6
            painter.drawText(
                QRectF(page.left(), page.top(), page.width(), title_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                snapshot.info.title,
            )
            area = QRectF(
                page.left(),
                page.top() + title_height,
                page.width(),
                page.height() - 2 * title_height,
            )
            source = QRectF(canvas.rect())
            scale = min(area.width() / source.width(), area.height() / source.height())
            painter.save()
            painter.translate(area.topLeft())
            painter.scale(scale, scale)
            canvas.render(painter, QPoint(0, 0))
            painter.restore()
            _page_number(painter, page, 1, 2)
            device.newPage()
            _draw_fitted(painter, _image_of(ranking.figure, None, list(ranking.fonts)), page)
            _page_number(painter, page, 2, 2)
        finally:
            painter.end()

    return paint


def wall_pages(snapshot: RoadmapSnapshot, size: str) -> Painter:
    """Paints the wall chart of the whole roadmap on paper `size` (see charts.wallchart)."""
    from roadmap.charts.wallchart import wallchart_pages

    pages = wallchart_pages(snapshot, size)

    def paint(device: QPagedPaintDevice) -> None:
        _landscape(device, _PAGE_SIZES[size])
        painter = QPainter(device)
        try:
            area = QRectF(painter.viewport())
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                image = _image_of(page.chart.figure, page.box, list(page.chart.fonts))
                _draw_fitted(painter, image, area)
                _page_number(painter, area, number, len(pages))
        finally:
            painter.end()

    return paint


def write_pdf(paint: Painter, out: Path) -> None:
    """Paint into a PDF at `out`, atomically: a temporary file beside it, renamed into place."""
    temporary = out.with_name(f".{out.stem}-{uuid.uuid4().hex[:12]}.pdf.partial")
    try:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setCreator("Frontier Roadmap")
        paint(writer)
        del writer  # the file is finished when the writer goes
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
