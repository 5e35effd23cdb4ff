"""The one date editor of the app (steps table, inspector, dialogs).

It is a line of text, so typing replaces the selection as in any text field. It shows dates as
ISO `YYYY-MM-DD` and takes what planners type: `2027-06-30`, `2027`, `2027-06`, `2027Q3`
(read by `roadmap.domain.date_text`; a partial date is the period's first day, or its last day
for an end date). While the text is not a date, the reason shows beside the field. When the
field is left, a partial date is written out in full, so what is shown is what is stored. Up
and Down move the date a day, Page Up and Page Down a month.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from roadmap.domain.date_text import DateProblem, DateTextError, parse_date_text
from roadmap.ui.labels import tr


def problem_text(problem: DateProblem) -> str:
    """Why a typed date is refused, in the UI language."""
    texts = {
        DateProblem.EMPTY: lambda: tr("Type a date, e.g. 2027-06-30, 2027-06, 2027Q3 or 2027."),
        DateProblem.FORMAT: lambda: tr(
            "Not a date: type it as 2027-06-30 (year-month-day), 2027-06, 2027Q3 or 2027."
        ),
        DateProblem.YEAR: lambda: tr("The year must be between 1900 and 2199."),
        DateProblem.MONTH: lambda: tr("There is no such month: months go from 01 to 12."),
        DateProblem.DAY: lambda: tr("That month has no such day."),
        DateProblem.QUARTER: lambda: tr("There is no such quarter: quarters go from Q1 to Q4."),
    }
    return texts[problem]()


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, kept inside the month it lands in (Jan 31 + 1 → Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class DateEdit(QLineEdit):
    """A date typed as text. `optional`: empty means "no date". `period_end`: a typed year,
    month or quarter means its last day (for end dates)."""

    value_changed = Signal()  # the text changed (read `value()` or `problem()`)

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, period_end: bool = False
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.period_end = period_end
        self.setPlaceholderText(tr("YYYY-MM-DD") if not optional else tr("none"))
        self.setToolTip(
            tr(
                "A date as 2027-06-30, or a year (2027), month (2027-06) or quarter (2027Q3); "
                "Up/Down: a day, Page Up/Down: a month."
            )
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2027-06-30") + 24)
        self._reason = QLabel()
        self._reason.setObjectName("date_problem")
        self._reason.setWordWrap(True)
        self._reason.setStyleSheet(
            "QLabel { color: #b71c1c; background: #fff3f3; border: 1px solid #e0a0a0;"
            " padding: 2px 4px; }"
        )
        self._reason.hide()
        self.destroyed.connect(self._reason.deleteLater)
        self.textChanged.connect(self._on_text)
        # Connected before anyone else's editingFinished: they read the date written out.
        self.editingFinished.connect(self._write_out)

    # -- the value ---------------------------------------------------------------------------

    def value(self) -> date | None:
        """The typed date (None for an empty optional field); DateTextError when it is none."""
        if self.optional and not self.text().strip():
            return None
        return parse_date_text(self.text(), period_end=self.period_end)

    def problem(self) -> str:
        """Why the text is not a date, in the UI language; '' when it is one."""
        try:
            self.value()
        except DateTextError as error:
            return problem_text(error.problem)
        return ""

    def set_value(self, value: date | None) -> None:
        """Show `value` (None: empty) without signalling a change."""
        self.blockSignals(True)
        self.setText(value.isoformat() if value else "")
        self.blockSignals(False)
        self._show_reason("")

    # -- typing ----------------------------------------------------------------------------

    def _on_text(self) -> None:
        self._show_reason(self.problem())
        self.value_changed.emit()

    def _write_out(self) -> None:
        try:
            value = self.value()
        except DateTextError:
            return
        text = value.isoformat() if value else ""
        if text != self.text():
            self.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps: dict[Qt.Key, Callable[[date], date]] = {
            Qt.Key.Key_Up: lambda d: d + timedelta(days=1),
            Qt.Key.Key_Down: lambda d: d - timedelta(days=1),
            Qt.Key.Key_PageUp: lambda d: add_months(d, 1),
            Qt.Key.Key_PageDown: lambda d: add_months(d, -1),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        try:
            current = self.value()
        except DateTextError:
            return
        if current is not None:
            self.setText(step(current).isoformat())
        event.accept()

    # -- the reason beside the field ------------------------------------------------------------

    def _show_reason(self, text: str) -> None:
        if not text or not self.isVisible():
            self._reason.hide()
            return
        host = self.window()
        if self._reason.parent() is not host:
            self._reason.setParent(host)
        self._reason.setText(text)
        self._reason.setMaximumWidth(280)
        self._reason.adjustSize()
        # Right of the field when the window has room there, else under it.
        right = self.mapTo(host, QPoint(self.width() + 4, 0))
        if right.x() + self._reason.width() > host.width():
            right = self.mapTo(host, QPoint(0, self.height() + 2))
        self._reason.move(right)
        self._reason.show()
        self._reason.raise_()

    def reason_shown(self) -> str:
        """The reason shown beside the field ('' when none is shown)."""
        return self._reason.text() if self._reason.isVisible() else ""

    def hideEvent(self, event: QHideEvent) -> None:
        self._reason.hide()
        super().hideEvent(event)
