"""What the timeline draws behind and in front of the steps: lanes as alternating bands with
a line under each, a line at every period of the time axis, and the dashed today line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from roadmap.ui.timeline.layout import TimelineLayout
from roadmap.ui.timeline.scale import axis_units, day_x, periods, x_day


def paint_backdrop(
    painter: QPainter,
    rect: QRectF,
    layout: TimelineLayout | None,
    px_per_day: float,
    unit: str,
    band_color: QColor,
    grid_color: QColor,
) -> None:
    """Lane bands and the period grid inside scene `rect` (the view's `drawBackground`)."""
    if layout is None:
        return
    painter.save()
    # Drawn in device pixels: whole-pixel lines without a scaled pen are much cheaper.
    transform = painter.worldTransform()
    painter.setWorldTransform(QTransform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    device = transform.mapRect(rect)
    left, right = device.left(), device.right()
    dy, m22 = transform.dy(), transform.m22()
    for i, band in enumerate(layout.bands):
        if band.bottom < rect.top() or band.top > rect.bottom():
            continue
        if i % 2 == 0:
            painter.fillRect(
                QRectF(left, band.top * m22 + dy, device.width(), band.height * m22),
                band_color,
            )
    # One-pixel rects: filling is the raster engine's fastest path for translucent lines.
    for band in layout.bands:
        if rect.top() <= band.bottom <= rect.bottom():
            y = round(band.bottom * m22 + dy)
            painter.fillRect(QRectF(left, y, right - left, 1), grid_color)
    _upper, lower = axis_units(px_per_day, unit)
    first, last = x_day(max(rect.left(), -700000)), x_day(min(rect.right(), 2900000))
    scale, dx = transform.m11(), transform.dx()
    top, height = device.top(), device.height()
    for day in periods(lower, first, last):
        x = round(day_x(day) * scale + dx)
        painter.fillRect(QRectF(x, top, 1, height), grid_color)
    painter.restore()


def paint_today(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """Today's dashed line, if it is inside scene `rect`."""
    x = day_x(date.today()) + 0.5
    if rect.left() <= x <= rect.right():
        painter.save()
        painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        painter.restore()
