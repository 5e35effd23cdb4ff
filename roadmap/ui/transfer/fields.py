"""The fields of the transfer editors: each an input widget that can be filled with a stored
value and read back as one, so an editor can compare what is typed with what is stored.

A field calls `changed` while the user types (to check at once) and `finished` when the value
is meant to be stored (Enter, leaving the field, picking from a list).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from roadmap.domain.date_text import DateTextError
from roadmap.ui.date_edit import DateEdit
from roadmap.ui.labels import value_label
from roadmap.ui.record_form import FocusOut

Callback = Callable[[], object]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class Field:
    """One input of an editor: `widget` shows it, `read` and `fill` convert the value."""

    widget: QWidget

    def read(self) -> Any:
        raise NotImplementedError

    def fill(self, value: Any) -> None:
        raise NotImplementedError


class TextField(Field):
    def __init__(self, parent: QWidget, changed: Callback, finished: Callback) -> None:
        self.widget = self.line = QLineEdit(parent)
        self.line.textChanged.connect(changed)
        self.line.editingFinished.connect(finished)

    def read(self) -> str:
        return self.line.text()

    def fill(self, value: Any) -> None:
        self.line.blockSignals(True)
        self.line.setText(str(value or ""))
        self.line.setCursorPosition(0)  # a long title shows from its start
        self.line.blockSignals(False)


class LongTextField(Field):
    def __init__(self, parent: QWidget, changed: Callback, finished: Callback) -> None:
        self.widget = self.text = QPlainTextEdit(parent)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 3 + 14)
        self.text.textChanged.connect(changed)
        self.text.installEventFilter(FocusOut(finished, self.text))

    def read(self) -> str:
        return self.text.toPlainText()

    def fill(self, value: Any) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(str(value or ""))
        self.text.blockSignals(False)


class DateField(Field):
    """A date in the app's one date editor; an optional one left empty means "no date". While
    the text is not a date the reason shows beside it and `read` keeps the value filled in."""

    def __init__(
        self, parent: QWidget, changed: Callback, finished: Callback, optional: bool = True
    ) -> None:
        self.optional = optional
        self.widget = self.edit = DateEdit(parent, optional=optional)
        self._filled: date | None = None
        self.edit.value_changed.connect(changed)
        self.edit.editingFinished.connect(finished)

    def read(self) -> date | None:
        try:
            return self.edit.value()
        except DateTextError:
            return self._filled

    def problem(self) -> str:
        """Why the text is not a date ('' when it is one, or empty and optional)."""
        return self.edit.problem()

    def fill(self, value: Any) -> None:
        self._filled = value if isinstance(value, date) else None
        self.edit.set_value(self._filled)


class ChoiceField(Field):
    """A pick from a list of (label, value); an optional one starts with "—" for none.

    Qt keeps item data as plain values, so enum members are stored by value and turned back
    into members when read."""

    def __init__(
        self,
        parent: QWidget,
        changed: Callback,
        finished: Callback,
        optional: bool = True,
        enum: type[Enum] | None = None,
    ) -> None:
        self.optional = optional
        self.enum = enum
        self.widget = self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.currentIndexChanged.connect(changed)
        self.combo.activated.connect(finished)
        if enum is not None:
            self.set_choices([(value_label(m), m.value) for m in enum])

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Offer `choices`, keeping the current value picked if it is still among them."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.optional:
            self.combo.addItem("—", None)
        for label, data in choices:
            self.combo.addItem(label, data)
        self.combo.setCurrentIndex(self._index_of(current))
        self.combo.blockSignals(False)

    def _index_of(self, data: Any) -> int:
        # Not findData: it does not find None, the "—" item's data.
        found = (i for i in range(self.combo.count()) if self.combo.itemData(i) == data)
        return next(found, 0)

    def read(self) -> Any:
        data = self.combo.currentData()
        if data is None or self.enum is None:
            return data
        return self.enum(data)

    def fill(self, value: Any) -> None:
        data = value.value if isinstance(value, Enum) else value
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self._index_of(data))
        self.combo.blockSignals(False)
