"""The inspector's editors, one per field type: text, long text, number, date, choice (an enum
or a reference to another record), colour, and the pathways a product is linked to as a
checklist. Each comes as (widget, read the typed value, show a stored value); typing calls
`check`, leaving the field (or Enter) calls `commit`."""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from roadmap.domain.entities import ENTITY_TYPES, EntityKind, Product
from roadmap.ui.color_field import ColorField
from roadmap.ui.date_edit import DateEdit
from roadmap.ui.labels import value_label
from roadmap.ui.record_form import FocusOut
from roadmap.ui.session import RoadmapSession

LONG_TEXT = {"description", "notes", "statement"}

Editor = tuple[QWidget, Callable[[], Any], Callable[[Any], None]]


class FieldEditors:
    def __init__(
        self,
        parent: QWidget,
        session: RoadmapSession,
        check: Callable[[], object],
        commit: Callable[[], object],
    ) -> None:
        self.parent = parent
        self.session = session
        self.check = check
        self.commit = commit

    def editor(self, name: str, hint: Any, value: Any, ref: Any) -> Editor:
        """The editor of field `name` (type `hint`, a reference if `ref`) showing `value`."""
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = type(None) in typing.get_args(hint)
        base = args[0] if args else hint
        if ref is not None:
            return self.choice(self.ref_choices(ref.target), value, optional or not ref.required)
        if isinstance(base, type) and issubclass(base, Enum):
            return self._enum(base, value, optional)
        if base is date:
            edit = DateEdit(self.parent, optional=optional, period_end=name == "end")
            edit.set_value(value)
            edit.value_changed.connect(self.check)
            edit.editingFinished.connect(self.commit)
            return edit, edit.value, lambda v: keep_typing(edit, lambda: edit.set_value(v))
        if base is int:
            return self._int(name, value, optional)
        if base is float:
            return self._float(value, optional)
        if name == "color":
            field = ColorField(str(value), self.parent)
            field.chosen.connect(lambda _color: self.commit())
            return field, field.color, lambda v: field.set_color(str(v))
        if name in LONG_TEXT:
            return self._long_text(value)
        return self._line(value)

    def _enum(self, enum_type: type[Enum], value: Any, optional: bool) -> Editor:
        # Qt keeps item data as plain strings: store values, turn them back into members.
        current = value.value if isinstance(value, Enum) else value
        combo, read, fill = self.choice(
            [(value_label(m), m.value) for m in enum_type], current, optional
        )
        return (
            combo,
            lambda: None if read() is None else enum_type(read()),
            lambda v: fill(v.value if isinstance(v, Enum) else v),
        )

    def _int(self, name: str, value: Any, optional: bool) -> Editor:
        spin = QSpinBox(self.parent)
        low, high = (
            (0, 100)
            if name == "progress"
            else (1, 9)
            if name.startswith("trl")
            else (-(10**9), 10**9)
        )
        if optional:
            low -= 1
            spin.setSpecialValueText("—")
        spin.setRange(low, high)
        spin.setValue(low if value is None else value)
        spin.valueChanged.connect(self.check)
        spin.editingFinished.connect(self.commit)
        return (
            spin,
            lambda: None if optional and spin.value() == spin.minimum() else spin.value(),
            lambda v: quietly(spin, lambda: spin.setValue(spin.minimum() if v is None else v)),
        )

    def _float(self, value: Any, optional: bool) -> Editor:
        dspin = QDoubleSpinBox(self.parent)
        dspin.setDecimals(2)
        dspin.setRange(-1.0 if optional else -1e12, 1e12)
        if optional:
            dspin.setSpecialValueText("—")
        dspin.setValue(-1.0 if value is None else value)
        dspin.valueChanged.connect(self.check)
        dspin.editingFinished.connect(self.commit)
        return (
            dspin,
            lambda: None if optional and dspin.value() == dspin.minimum() else dspin.value(),
            lambda v: quietly(dspin, lambda: dspin.setValue(dspin.minimum() if v is None else v)),
        )

    def _long_text(self, value: Any) -> Editor:
        text = QPlainTextEdit(self.parent)
        text.setPlainText(value or "")
        text.setFixedHeight(text.fontMetrics().height() * 4 + 12)
        text.textChanged.connect(self.check)
        text.installEventFilter(FocusOut(self.commit, text))

        def fill_text(v: Any) -> None:
            if text.toPlainText() != (v or ""):
                quietly(text, lambda: text.setPlainText(v or ""))

        return text, text.toPlainText, fill_text

    def _line(self, value: Any) -> Editor:
        line = QLineEdit(self.parent)
        line.setText(str(value or ""))
        line.setCursorPosition(0)  # show a long title from its start
        line.textChanged.connect(self.check)
        line.editingFinished.connect(self.commit)

        def fill_line(v: Any) -> None:
            if line.text() != str(v or ""):
                quietly(line, lambda: line.setText(str(v or "")))

        return line, line.text, fill_line

    def choice(self, choices: list[tuple[str, Any]], value: Any, optional: bool) -> Editor:
        combo = QComboBox(self.parent)
        # A long name shortens with "…" instead of widening the inspector past its dock.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        if optional:
            combo.addItem("—", None)
        for label, data in choices:
            combo.addItem(label, data)

        def index_of(data: Any) -> int:
            # Looked up by Qt: a list of 500 pathways asked item by item costs a millisecond.
            return 0 if data is None else max(0, combo.findData(data))

        combo.setCurrentIndex(index_of(value))
        combo.currentIndexChanged.connect(self.check)
        combo.activated.connect(self.commit)
        return (
            combo,
            combo.currentData,
            lambda v: quietly(combo, lambda: combo.setCurrentIndex(index_of(v))),
        )

    def ref_choices(self, kind: EntityKind) -> list[tuple[str, Any]]:
        session = self.session
        if kind is EntityKind.LANE:
            return [(lane.name, lane.id) for lane in session.lanes.values()]
        if kind is EntityKind.PATHWAY:
            return [(p.name, p.id) for p in session.pathways.values()]
        if kind is EntityKind.PROBLEM:
            return [(p.statement, p.id) for p in session.problems.values()]
        if kind is EntityKind.STEP:
            return [(s.name, s.id) for s in session.steps.values()]
        cls = ENTITY_TYPES[kind]
        found = session.workspace.queries.all(cls)
        return [(str(getattr(e, "name", getattr(e, "title", e.id))), e.id) for e in found]

    def pathway_links(self, product: Product) -> Editor:
        """The pathways that lead to the product, as a checklist: ticking one links it."""
        checklist = QListWidget(self.parent)
        checklist.setObjectName("field_pathway_ids")
        problems = self.session.problems
        for pathway in self.session.pathways.values():
            problem = problems.get(pathway.problem_id)
            item = QListWidgetItem(pathway.name, checklist)
            item.setData(Qt.ItemDataRole.UserRole, pathway.id)
            item.setToolTip(problem.statement if problem else "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        rows = max(2, min(8, checklist.count()))
        checklist.setFixedHeight(checklist.sizeHintForRow(0) * rows + 6)

        def read() -> tuple[str, ...]:
            return tuple(
                checklist.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(checklist.count())
                if checklist.item(i).checkState() == Qt.CheckState.Checked
            )

        def fill(ids: Any) -> None:
            checklist.blockSignals(True)
            for i in range(checklist.count()):
                item = checklist.item(i)
                linked = item.data(Qt.ItemDataRole.UserRole) in ids
                item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            checklist.blockSignals(False)

        fill(product.pathway_ids)
        checklist.setEnabled(not self.session.readonly)
        checklist.itemChanged.connect(lambda _item: self.commit())
        return checklist, read, fill


def quietly(widget: QWidget, change: Callable[[], object]) -> None:
    """Show a stored value without it counting as typed (no check, no store)."""
    widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(False)


def keep_typing(widget: QWidget, change: Callable[[], object]) -> None:
    """Like `quietly`, for a text field the user may be in: the cursor stays where it was."""
    position = widget.cursorPosition() if isinstance(widget, QLineEdit) else None
    quietly(widget, change)
    if isinstance(widget, QLineEdit) and position is not None:
        widget.setCursorPosition(min(position, len(widget.text())))
