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
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import (
    ENTITY_TYPES,
    Criterion,
    Entity,
    EntityKind,
    Pathway,
    Score,
    references,
)
from roadmap.services.changes import Edit
from roadmap.ui.color_field import ColorField
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
NONE_DATE = QDate(1752, 9, 14)  # the earliest QDate: shown as "—" for "no date"


class Inspector(QWidget):
    stored = Signal()  # a value was stored (for tests and the status bar)

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity: Entity | None = None
        self.editors: dict[str, tuple[QWidget, Callable[[], Any]]] = {}
        self.title = heading_label(self)
        self.message = problem_label(self)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scores_host = QWidget(self)
        self.scores = QFormLayout(self.scores_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.title)
        inner.addWidget(self.message)
        inner.addWidget(self.form_host)
        inner.addWidget(self.scores_host)
        inner.addStretch(1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
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
        if self.entity is not None and (self.entity.kind, self.entity.id) == ref:
            self.show_entity(self.session.entity(*ref))

    def show_entity(self, entity: Entity | None) -> None:
        self.entity = entity
        self.editors.clear()
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
            editor, read = self._editor(
                f.name, hints[f.name], getattr(entity, f.name), refs.get(f.name)
            )
            editor.setEnabled(not self.session.readonly and (entity.kind, f.name) not in SHOWN_ONLY)
            if (entity.kind, f.name) in SHOWN_ONLY:
                editor.setToolTip(
                    tr("Change it with “Change status…” in the Technology transfer tab (Ctrl+4)")
                )
            editor.setObjectName(f"field_{f.name}")
            self.editors[f.name] = (editor, read)
            self.form.addRow(field_label(f.name), editor)
        if isinstance(entity, Pathway):
            self._show_scores(entity)

    # -- editors per field type ----------------------------------------------------------

    def _editor(
        self, name: str, hint: Any, value: Any, ref: Any
    ) -> tuple[QWidget, Callable[[], Any]]:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = type(None) in typing.get_args(hint)
        base = args[0] if args else hint
        if ref is not None:
            return self._choice(self._ref_choices(ref.target), value, optional or not ref.required)
        if isinstance(base, type) and issubclass(base, Enum):
            # Qt keeps item data as plain strings: store values, turn them back into members.
            enum_type = base
            current = value.value if isinstance(value, Enum) else value
            combo, read = self._choice([(value_label(m), m.value) for m in base], current, optional)
            return combo, lambda: None if read() is None else enum_type(read())
        if base is date:
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            if optional:
                edit.setMinimumDate(NONE_DATE)
                edit.setSpecialValueText("—")
            edit.setDate(QDate(value.year, value.month, value.day) if value else NONE_DATE)
            edit.dateChanged.connect(self.check)
            edit.editingFinished.connect(self.commit)

            def read_date() -> date | None:
                d = edit.date()
                return None if optional and d == NONE_DATE else date(d.year(), d.month(), d.day())

            return edit, read_date
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
            )
        if name == "color":
            field = ColorField(str(value), self)
            field.chosen.connect(lambda _color: self.commit())
            return field, field.color
        if name in LONG_TEXT:
            text = QPlainTextEdit(self)
            text.setPlainText(value or "")
            text.setFixedHeight(text.fontMetrics().height() * 4 + 12)
            text.textChanged.connect(self.check)
            text.installEventFilter(FocusOut(self.commit, text))
            return text, text.toPlainText
        line = QLineEdit(self)
        line.setText(str(value or ""))
        line.setCursorPosition(0)  # show a long title from its start
        line.textChanged.connect(self.check)
        line.editingFinished.connect(self.commit)
        return line, line.text

    def _choice(
        self, choices: list[tuple[str, Any]], value: Any, optional: bool
    ) -> tuple[QWidget, Callable[[], Any]]:
        combo = QComboBox(self)
        if optional:
            combo.addItem("—", None)
        for label, data in choices:
            combo.addItem(label, data)
        combo.setCurrentIndex(
            max(0, next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))
        )
        combo.currentIndexChanged.connect(self.check)
        combo.activated.connect(self.commit)
        return combo, combo.currentData

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
        found = session.workspace.queries.all(cls)
        return [(str(getattr(e, "name", getattr(e, "title", e.id))), e.id) for e in found]

    # -- checking and storing -----------------------------------------------------------

    def candidate(self) -> tuple[Entity | None, str]:
        """The entity with the values in the editors, and why it is refused ('' if it is not)."""
        if self.entity is None:
            return None, ""
        return checked_copy(self.entity, {name: read() for name, (_, read) in self.editors.items()})

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
        queries = self.session.workspace.queries
        criteria = sorted(queries.all(Criterion), key=lambda c: c.position)
        scores = {s.criterion_id: s for s in queries.all(Score) if s.pathway_id == pathway.id}
        heading = QLabel(tr("Scores (1–5) and rationale"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.scores.addRow(heading)
        for criterion in criteria:
            score = scores.get(criterion.id)
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(score.value if score else 0)
            spin.setObjectName(f"score_{criterion.id}")
            rationale = QLineEdit(score.rationale if score else "", self)
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
            store = self._score_store(pathway.id, criterion.id, spin, rationale, score)
            spin.editingFinished.connect(store)
            rationale.editingFinished.connect(store)

    def _score_store(
        self,
        pathway_id: str,
        criterion_id: str,
        spin: QSpinBox,
        rationale: QLineEdit,
        old: Score | None,
    ) -> Callable[[], None]:
        def store() -> None:
            value = spin.value()
            if value == 0 or (old and old.value == value and old.rationale == rationale.text()):
                return
            text = rationale.text()
            self.session.perform(lambda c: c.set_score(pathway_id, criterion_id, value, text))

        return store
