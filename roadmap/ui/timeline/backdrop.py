"""What the timeline draws behind and in front of the steps: lanes as alternating bands with
a line under each, a line at every period of the time axis, and the dashed today line.

The bands and the period lines are painted opaque, in the colors their translucent ones make
over the view's base color (`over`): the raster engine fills an opaque rect by copying, a
translucent one by blending each pixel, and a one-pixel-wide translucent line a screen tall
took ~40 µs (~60 of them at each full repaint: 2–5 ms of every zoom step and every edit's
repaint), an opaque one ~3 µs. A period line is therefore filled piece by piece, in the color
it has over the band or the gap it crosses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from roadmap.ui.timeline.layout import TimelineLayout
from roadmap.ui.timeline.scale import axis_units, day_x, periods, x_day


def over(base: QColor, color: QColor) -> QColor:
    """The opaque color `color` (translucent) makes painted over opaque `base`."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * alpha,
        base.greenF() + (color.greenF() - base.greenF()) * alpha,
        base.blueF() + (color.blueF() - base.blueF()) * alpha,
    )


def paint_backdrop(
    painter: QPainter,
    rect: QRectF,
    layout: TimelineLayout | None,
    px_per_day: float,
    unit: str,
    base: QColor,
    band_color: QColor,
    grid_color: QColor,
) -> None:
    """Lane bands and the period grid inside scene `rect` (the view's `drawBackground`), over
    the view's `base` color."""
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
    top, bottom = round(device.top()), round(device.bottom()) + 1
    band_fill = over(base, band_color)
    # (from, to, line color) down the exposed height: the period lines' pieces.
    pieces: list[tuple[int, int, QColor]] = []
    plain_line, band_line = over(base, grid_color), over(band_fill, grid_color)
    y = top
    for i, band in enumerate(layout.bands):
        if i % 2 or band.bottom < rect.top() or band.top > rect.bottom():
            continue
        band_top = max(top, round(band.top * m22 + dy))
        band_bottom = min(bottom, round(band.bottom * m22 + dy))
        if band_bottom <= band_top:
            continue
        painter.fillRect(
            QRect(round(left), band_top, round(device.width()) + 1, band_bottom - band_top),
            band_fill,
        )
        if band_top > y:
            pieces.append((y, band_top, plain_line))
        pieces.append((band_top, band_bottom, band_line))
        y = band_bottom
    if y < bottom:
        pieces.append((y, bottom, plain_line))
    _upper, lower = axis_units(px_per_day, unit)
    first, last = x_day(max(rect.left(), -700000)), x_day(min(rect.right(), 2900000))
    scale, dx = transform.m11(), transform.dx()
    fill = painter.fillRect
    for day in periods(lower, first, last):
        x = round(day_x(day) * scale + dx)
        for piece_top, piece_bottom, color in pieces:
            fill(QRect(x, piece_top, 1, piece_bottom - piece_top), color)
    # One-pixel rows: filling is the raster engine's fastest path for translucent lines.
    for band in layout.bands:
        if rect.top() <= band.bottom <= rect.bottom():
            y = round(band.bottom * m22 + dy)
            painter.fillRect(QRectF(left, y, right - left, 1), grid_color)
    painter.restore()


def paint_today(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """Today's dashed line, if it is inside scene `rect`."""
    x = day_x(date.today()) + 0.5
    if rect.left() <= x <= rect.right():
        painter.save()
        painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        painter.restore()
