"""A pathway's score on each criterion (1–5) with the rationale, under the inspector's fields:
each score is stored as one undoable edit when its field is left."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from roadmap.domain.entities import Criterion, Pathway, Score
from roadmap.ui.field_editors import keep_typing, quietly
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession


class PathwayScores(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = QFormLayout(self)
        self.fields: dict[str, tuple[QSpinBox, QLineEdit]] = {}  # criterion id -> its fields

    def clear(self) -> None:
        self.fields.clear()
        while self.form.rowCount():
            self.form.removeRow(0)

    def show_pathway(self, pathway: Pathway) -> None:
        """A score and a rationale field per criterion, showing what is stored."""
        self.clear()
        queries = self.session.workspace.queries
        criteria = sorted(queries.all(Criterion), key=lambda c: c.position)
        heading = QLabel(tr("Scores (1–5) and rationale"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.form.addRow(heading)
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
            self.form.addRow(label, row)
            self.fields[criterion.id] = (spin, rationale)
            store = self._store(pathway.id, criterion.id, spin, rationale)
            spin.editingFinished.connect(store)
            rationale.editingFinished.connect(store)
        self.fill(pathway)

    def _stored(self, pathway_id: str) -> dict[str, Score]:
        scores = self.session.workspace.queries.all(Score)
        return {s.criterion_id: s for s in scores if s.pathway_id == pathway_id}

    def fill(self, pathway: Pathway) -> None:
        """Show the stored scores again; the field being typed in keeps its cursor."""
        scores = self._stored(pathway.id)
        for criterion_id, (spin, rationale) in self.fields.items():
            score = scores.get(criterion_id)
            quietly(spin, partial(spin.setValue, score.value if score else 0))
            text = score.rationale if score else ""
            if rationale.text() != text:
                keep_typing(rationale, partial(rationale.setText, text))

    def _store(
        self, pathway_id: str, criterion_id: str, spin: QSpinBox, rationale: QLineEdit
    ) -> Callable[[], None]:
        def store() -> None:
            value, text = spin.value(), rationale.text()
            old = self._stored(pathway_id).get(criterion_id)
            if value == 0 or (old and old.value == value and old.rationale == text):
                return
            self.session.perform(lambda c: c.set_score(pathway_id, criterion_id, value, text))

        return store
