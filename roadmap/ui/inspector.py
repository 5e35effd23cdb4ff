"""The inspector: every field of the selected thing, editable, checked as you type.

Each change is checked with the domain's own rules on a copy (`validate` on
`dataclasses.replace`) and the message shows at once; the value is stored when the field is
left (or Enter is pressed), as one undoable edit. A pathway also shows its score on each
criterion with the rationale.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.date_text import DateTextError
from roadmap.domain.entities import (
    ENTITY_TYPES,
    Criterion,
    Entity,
    EntityKind,
    Pathway,
    Product,
    Score,
    Step,
    references,
)
from roadmap.domain.step_edits import values_for
from roadmap.services.changes import Edit
from roadmap.ui.baseline_note import BaselineNote
from roadmap.ui.color_field import ColorField
from roadmap.ui.date_edit import DateEdit, problem_text
from roadmap.ui.labels import field_label, kind_label, tr, value_label
from roadmap.ui.record_form import (
    FocusOut,
    checked_copy,
    differences,
    heading_label,
    problem_label,
)
from roadmap.ui.session import RoadmapSession

HIDDEN = {"id", "position", "pathway_ids", "step_ids"}
# Changed elsewhere so that more is kept: a patent's status with its date, in its history.
SHOWN_ONLY = {(EntityKind.PATENT, "status")}
LONG_TEXT = {"description", "notes", "statement"}


class Inspector(QWidget):
    stored = Signal()  # a value was stored (for tests and the status bar)

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity | None = None
        # Per field: its widget, how to read the typed value, how to show a stored one.
        self.editors: dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]] = {}
        self._score_fields: dict[str, tuple[QSpinBox, QLineEdit]] = {}
        self.title = heading_label(self)
        self.message = problem_label(self)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scores_host = QWidget(self)
        self.scores = QFormLayout(self.scores_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields fit the dock's width (they shrink) rather than hide behind a scroll bar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.title)
        inner.addWidget(self.form_host)
        inner.addWidget(BaselineNote(session, body))  # the chosen baseline's plan of a step
        inner.addWidget(self.scores_host)
        inner.addStretch(1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Under the fields, not above them: a message that appears moves no field under the
        # mouse.
        outer.addWidget(self.message)
        session.selection_changed.connect(self._on_selection)
        session.edited.connect(self._on_edited)
        self._on_selection(session.selection)

    # -- what is shown -------------------------------------------------------------------

    def _on_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        entity = self.session.entity(*selection) if selection else self.session.info
        self.show_entity(entity)

    def _on_edited(self, edit: Edit) -> None:
        if self.entity is None:
            return
        ref = (self.entity.kind, self.entity.id)
        changes = edit.changes
        # Later, not now: the edit may come from a signal of an editor that showing rebuilds.
        if ref in changes.removed:
            QTimer.singleShot(0, lambda: self.show_entity(self.session.info))
        elif ref in changes.updated or (
            self.entity.kind is EntityKind.PATHWAY and changes.touches(EntityKind.SCORE)
        ):
            QTimer.singleShot(0, lambda: self._refresh(ref))

    def _refresh(self, ref: tuple[EntityKind, str]) -> None:
        """Show the stored values of the entity shown, in the same editors: the field being
        typed in keeps the keyboard (rebuilding the form sent the next keys to the window)."""
        if self.entity is None or (self.entity.kind, self.entity.id) != ref:
            return
        entity = self.session.entity(*ref)
        if entity is None:
            return
        self.entity = entity
        for name, (_widget, _read, fill) in self.editors.items():
            fill(getattr(entity, name))
        if isinstance(entity, Pathway):
            self._fill_scores(entity)
        self.check()

    def show_entity(self, entity: Entity | None) -> None:
        self.entity = entity
        self.editors.clear()
        self._score_fields.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        while self.scores.rowCount():
            self.scores.removeRow(0)
        self.message.hide()
        if entity is None:
            self.title.setText(tr("Nothing selected"))
            return
        self.title.setText(f"{kind_label(entity.kind).capitalize()}")
        hints = typing.get_type_hints(type(entity))
        refs = {r.field: r for r in references(type(entity)) if not r.many}
        for f in dataclasses.fields(entity):
            if f.name in HIDDEN:
                continue
            editor, read, fill = self._editor(
                f.name, hints[f.name], getattr(entity, f.name), refs.get(f.name)
            )
            editor.setEnabled(not self.session.readonly and (entity.kind, f.name) not in SHOWN_ONLY)
            if (entity.kind, f.name) in SHOWN_ONLY:
                editor.setToolTip(
                    tr("Change it with “Change status…” in the Technology transfer tab (Ctrl+4)")
                )
            editor.setObjectName(f"field_{f.name}")
            self.editors[f.name] = (editor, read, fill)
            self.form.addRow(field_label(f.name), editor)
        if isinstance(entity, Product):
            self._show_pathway_links(entity)
        if isinstance(entity, Pathway):
            self._show_scores(entity)

    def _show_pathway_links(self, product: Product) -> None:
        """The pathways that lead to the product, as a checklist: ticking one links it."""
        checklist = QListWidget(self)
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
        self.editors["pathway_ids"] = (checklist, read, fill)
        self.form.addRow(field_label("pathway_ids"), checklist)

    # -- editors per field type ----------------------------------------------------------

    def _editor(
        self, name: str, hint: Any, value: Any, ref: Any
    ) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None]]:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = type(None) in typing.get_args(hint)
        base = args[0] if args else hint
        if ref is not None:
            return self._choice(self._ref_choices(ref.target), value, optional or not ref.required)
        if isinstance(base, type) and issubclass(base, Enum):
            # Qt keeps item data as plain strings: store values, turn them back into members.
            enum_type = base
            current = value.value if isinstance(value, Enum) else value
            combo, read, fill = self._choice(
                [(value_label(m), m.value) for m in base], current, optional
            )
            return (
                combo,
                lambda: None if read() is None else enum_type(read()),
                lambda v: fill(v.value if isinstance(v, Enum) else v),
            )
        if base is date:
            edit = DateEdit(self, optional=optional, period_end=name == "end")
            edit.set_value(value)
            edit.value_changed.connect(self.check)
            edit.editingFinished.connect(self.commit)
            return edit, edit.value, lambda v: _keep_typing(edit, lambda: edit.set_value(v))
        if base is int:
            spin = QSpinBox(self)
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
                lambda v: _quietly(spin, lambda: spin.setValue(spin.minimum() if v is None else v)),
            )
        if base is float:
            dspin = QDoubleSpinBox(self)
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
                lambda v: _quietly(
                    dspin, lambda: dspin.setValue(dspin.minimum() if v is None else v)
                ),
            )
        if name == "color":
            field = ColorField(str(value), self)
            field.chosen.connect(lambda _color: self.commit())
            return field, field.color, lambda v: field.set_color(str(v))
        if name in LONG_TEXT:
            text = QPlainTextEdit(self)
            text.setPlainText(value or "")
            text.setFixedHeight(text.fontMetrics().height() * 4 + 12)
            text.textChanged.connect(self.check)
            text.installEventFilter(FocusOut(self.commit, text))

            def fill_text(v: Any) -> None:
                if text.toPlainText() != (v or ""):
                    _quietly(text, lambda: text.setPlainText(v or ""))

            return text, text.toPlainText, fill_text
        line = QLineEdit(self)
        line.setText(str(value or ""))
        line.setCursorPosition(0)  # show a long title from its start
        line.textChanged.connect(self.check)
        line.editingFinished.connect(self.commit)

        def fill_line(v: Any) -> None:
            if line.text() != str(v or ""):
                _quietly(line, lambda: line.setText(str(v or "")))

        return line, line.text, fill_line

    def _choice(
        self, choices: list[tuple[str, Any]], value: Any, optional: bool
    ) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None]]:
        combo = QComboBox(self)
        # A long name shortens with "…" instead of widening the inspector past its dock.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        if optional:
            combo.addItem("—", None)
        for label, data in choices:
            combo.addItem(label, data)

        def index_of(data: Any) -> int:
            return next((i for i in range(combo.count()) if combo.itemData(i) == data), 0)

        combo.setCurrentIndex(index_of(value))
        combo.currentIndexChanged.connect(self.check)
        combo.activated.connect(self.commit)
        return (
            combo,
            combo.currentData,
            lambda v: _quietly(combo, lambda: combo.setCurrentIndex(index_of(v))),
        )

    def _ref_choices(self, kind: EntityKind) -> list[tuple[str, Any]]:
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
        found = session.queries.all(cls)
        return [(str(getattr(e, "name", getattr(e, "title", e.id))), e.id) for e in found]

    # -- checking and storing -----------------------------------------------------------

    def candidate(self) -> tuple[Entity | None, str]:
        """The entity with the values in the editors, and why it is refused ('' if it is not)."""
        entity = self.entity
        if entity is None:
            return None, ""
        try:
            typed = {name: read() for name, (_, read, _fill) in self.editors.items()}
        except DateTextError as error:
            return None, problem_text(error.problem)
        if isinstance(entity, Step):
            typed = _with_step_rules(entity, typed)
        return checked_copy(entity, typed)

    def check(self) -> bool:
        """Show at once whether the values typed so far are acceptable."""
        _changed, problem = self.candidate()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        return not problem

    def commit(self) -> None:
        entity = self.entity
        changed, _problem = self.candidate()
        if entity is None or changed is None:
            return
        values = differences(entity, changed)
        if not values:
            return
        kind, entity_id = entity.kind, entity.id
        if kind is EntityKind.ROADMAP:
            edit = self.session.perform(lambda c: c.update_roadmap(**values))
        else:
            edit = self.session.perform(lambda c: c.update(kind, entity_id, **values))
        if edit is None:
            self.message.setText(tr("Not stored; see the status bar for why."))
            self.message.show()
        else:
            self.stored.emit()

    # -- pathway scores --------------------------------------------------------------------

    def _show_scores(self, pathway: Pathway) -> None:
        queries = self.session.queries
        criteria = sorted(queries.all(Criterion), key=lambda c: c.position)
        heading = QLabel(tr("Scores (1–5) and rationale"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.scores.addRow(heading)
        for criterion in criteria:
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setObjectName(f"score_{criterion.id}")
            rationale = QLineEdit(self)
            rationale.setPlaceholderText(tr("Why this score?"))
            rationale.setObjectName(f"rationale_{criterion.id}")
            row = QWidget(self)
            line = QVBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(spin)
            line.addWidget(rationale)
            label = QLabel(f"{criterion.name} ({criterion.weight:g})", self)
            label.setWordWrap(True)
            self.scores.addRow(label, row)
            self._score_fields[criterion.id] = (spin, rationale)
            store = self._score_store(pathway.id, criterion.id, spin, rationale)
            spin.editingFinished.connect(store)
            rationale.editingFinished.connect(store)
        self._fill_scores(pathway)

    def _stored_scores(self, pathway_id: str) -> dict[str, Score]:
        scores = self.session.queries.all(Score)
        return {s.criterion_id: s for s in scores if s.pathway_id == pathway_id}

    def _fill_scores(self, pathway: Pathway) -> None:
        scores = self._stored_scores(pathway.id)
        for criterion_id, (spin, rationale) in self._score_fields.items():
            score = scores.get(criterion_id)
            _quietly(spin, partial(spin.setValue, score.value if score else 0))
            text = score.rationale if score else ""
            if rationale.text() != text:
                _keep_typing(rationale, partial(rationale.setText, text))

    def _score_store(
        self, pathway_id: str, criterion_id: str, spin: QSpinBox, rationale: QLineEdit
    ) -> Callable[[], None]:
        def store() -> None:
            value, text = spin.value(), rationale.text()
            old = self._stored_scores(pathway_id).get(criterion_id)
            if value == 0 or (old and old.value == value and old.rationale == text):
                return
            self.session.perform(lambda c: c.set_score(pathway_id, criterion_id, value, text))

        return store


def _quietly(widget: QWidget, change: Callable[[], object]) -> None:
    """Show a stored value without it counting as typed (no check, no store)."""
    widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(False)


def _keep_typing(widget: QWidget, change: Callable[[], object]) -> None:
    """Like `_quietly`, for a text field the user may be in: the cursor stays where it was."""
    position = widget.cursorPosition() if isinstance(widget, QLineEdit) else None
    _quietly(widget, change)
    if isinstance(widget, QLineEdit) and position is not None:
        widget.setCursorPosition(min(position, len(widget.text())))


def _with_step_rules(step: Step, typed: dict[str, Any]) -> dict[str, Any]:
    """The typed values of a step with what a lone change means for the other fields (a later
    start moves the end along, one TRL level fills the pair; see step_edits)."""
    changed = [name for name, value in typed.items() if getattr(step, name) != value]
    if len(changed) == 1 and changed[0] in ("start", "trl_start", "trl_target"):
        return typed | values_for(step, changed[0], typed[changed[0]])
    return typed
