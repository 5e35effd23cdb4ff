"""The parts of the timeline that stay put while it scrolls: the time axis above it and the
lane names beside it. Both follow the view's scroll bars and paint only what is in view."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from roadmap.ui.labels import tr
from roadmap.ui.timeline.layout import LANE_TITLE, ROW_HEIGHT, GroupBand
from roadmap.ui.timeline.scale import axis_units, day_x, next_period, periods, x_day
from roadmap.ui.timeline.view import TimelineView

AXIS_ROW = 22
LANE_HEADER_WIDTH = 210


def period_label(day: date, unit: str, locale: QLocale) -> str:
    if unit == "week":
        return str(day.day)
    if unit == "month":
        return locale.monthName(day.month, QLocale.FormatType.ShortFormat)
    if unit == "quarter":
        return tr("Q{number}").format(number=(day.month - 1) // 3 + 1)
    if unit == "year":
        return str(day.year)
    return tr("{decade}s").format(decade=day.year)


def short_period_label(day: date, unit: str, locale: QLocale) -> str | None:
    """A shorter label for a period too narrow for `period_label` ('25 for 2025): a label cut
    short by its period's edge read "202" under every year of the 2020s."""
    if unit == "year":
        return f"’{day.year % 100:02d}"
    if unit == "month":
        return locale.monthName(day.month, QLocale.FormatType.NarrowFormat)
    return None


class TimeAxis(QWidget):
    """Two rows of period labels (e.g. years over quarters) for the visible span."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedHeight(2 * AXIS_ROW)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.zoom_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(400, 2 * AXIS_ROW)

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold, self.font()

    def cells(self) -> list[tuple[int, float, QRectF, str]]:
        """(row, x where the period starts, room for its label, label) for each period in
        view; the label is "" where not even the short one fits (never a cut-off label)."""
        view = self.view
        left = view.mapToScene(0, 0).x()
        right = view.mapToScene(view.viewport().width(), 0).x()
        scale = view.px_per_day
        locale = self.locale()
        first, last = x_day(left), x_day(right)
        found: list[tuple[int, float, QRectF, str]] = []
        units = axis_units(scale, view.unit)
        for row, (unit, font) in enumerate(zip(units, self._fonts(), strict=True)):
            if row == 0 and units[0] == units[1]:
                continue  # fully zoomed out both rows are decades: "2020s" twice said nothing
            metrics = QFontMetrics(font)
            top = row * AXIS_ROW
            for day in periods(unit, first, last):
                x0 = (day_x(day) - left) * scale
                x1 = (day_x(next_period(day, unit)) - left) * scale
                # Keep the label of a period that starts off screen readable at the left edge.
                room = QRectF(max(x0, 0) + 4, top, min(x1, self.width()) - max(x0, 0) - 6, AXIS_ROW)
                label = ""
                for choice in (
                    period_label(day, unit, locale),
                    short_period_label(day, unit, locale),
                ):
                    if choice and metrics.horizontalAdvance(choice) <= room.width():
                        label = choice
                        break
                found.append((row, x0, room, label))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        view = self.view
        left = view.mapToScene(0, 0).x()
        scale = view.px_per_day
        text = palette.windowText().color()
        grid = QColor(text)
        grid.setAlpha(60)
        fonts = self._fonts()
        for row, x0, room, label in self.cells():
            top = row * AXIS_ROW
            painter.setPen(QPen(grid, 1))
            painter.drawLine(round(x0), top + 3, round(x0), top + AXIS_ROW)
            if label:
                painter.setFont(fonts[row])
                painter.setPen(text)
                painter.drawText(
                    room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
                )
        painter.setPen(QPen(grid, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.drawLine(0, AXIS_ROW, self.width(), AXIS_ROW)
        today = (day_x(date.today()) - left + 0.5) * scale
        if 0 <= today <= self.width():
            painter.setPen(QPen(view.today_color, 2))
            painter.drawLine(round(today), AXIS_ROW + 4, round(today), self.height())
        painter.end()


class LaneHeader(QWidget):
    """Lane names in their colors, and under each the pathways whose steps are in it."""

    def __init__(
        self, view: TimelineView, pathway_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.pathway_names = pathway_names
        self.setFixedWidth(LANE_HEADER_WIDTH)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        layout = self.view.layout_info
        if layout is None:
            painter.end()
            return
        top = self.view.mapToScene(0, 0).y()
        k = self.view.row_scale  # scene rows drawn k times as tall
        bottom = top + self.height() / k
        text = palette.windowText().color()
        muted = QColor(text)
        muted.setAlpha(150)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.88)
        tops = [band.top for band in layout.bands]
        first = max(0, bisect_right(tops, top) - 1)
        width = self.width()
        # The groups in view, found by bisecting (a lane of L holds ~500: looking at each one
        # took 1–2 ms of every scroll step's and every edit's repaint).
        shown: dict[str, list[GroupBand]] = {}
        for group in layout.groups_between(top, bottom):
            shown.setdefault(group.lane_id, []).append(group)
        for band in layout.bands[first:]:
            if band.top > bottom:
                break
            y0 = (band.top - top) * k
            color = QColor(band.lane.color)
            painter.fillRect(QRectF(0, y0, 5, band.height * k), color)
            # The lane's name stays in view while its band is taller than the screen.
            name_y = min(max(y0, 0), (band.bottom - top) * k - LANE_TITLE)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(
                QRectF(10, name_y, width - 14, LANE_TITLE),
                Qt.AlignmentFlag.AlignVCenter,
                self.fontMetrics().elidedText(
                    band.lane.name, Qt.TextElideMode.ElideRight, width - 20
                ),
            )
            painter.setFont(small)
            painter.setPen(muted)
            for group in shown.get(band.lane.id, ()):
                gy = (group.top - top) * k
                if gy + group.rows * ROW_HEIGHT * k < 0 or gy > self.height():
                    continue
                if gy < name_y + LANE_TITLE - 4:
                    continue  # under the lane's name, which stays in view
                name = self.pathway_names.get(group.pathway_id, "")
                painter.drawText(
                    QRectF(18, gy, width - 22, ROW_HEIGHT * k),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, width - 26),
                )
            painter.setPen(QPen(muted, 0.5))
            line_y = round((band.bottom - top) * k)
            painter.drawLine(0, line_y, width, line_y)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(width - 1, 0, width - 1, self.height())
        painter.end()
