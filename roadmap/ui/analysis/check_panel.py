"""The checks tab: what `roadmap check` finds (TRL falling or jumping, launches before TRL 7,
unscored selected pathways, dates outside the horizon, schedule conflicts, …), kept current
as the roadmap changes. Click a finding to select the thing it is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from roadmap.services.findings import Listed
from roadmap.ui.labels import kind_label, tr
from roadmap.ui.message_text import message_text
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import Index, RowsModel, result_view


class FindingModel(RowsModel):
    """One row per finding (`Listed`): the thing it is about, and what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr("Thing"), tr("Finding")], parent)
        self.rows: Sequence[Listed] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        listed = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return (listed.finding.kind, listed.finding.id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            kind = kind_label(listed.finding.kind).capitalize()
            return f"{kind}: {listed.name}" if listed.name else kind
        return message_text(listed.finding.message)


class CheckPanel(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel(tr("Checking the roadmap…"), self)
        self.model = FindingModel(self)
        self.table = result_view(self.model, {0: 260}, self)
        self.table.setWordWrap(False)
        self.table.clicked.connect(self._on_row)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_findings(self, rows: Sequence[Listed]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.summary.setText(
                tr("{count} findings: each says what to change.").format(count=len(rows))
            )
        else:
            self.summary.setText(tr("No findings: the roadmap passes every check."))

    def show_checking(self) -> None:
        self.summary.setText(tr("Checking the roadmap…"))

    def show_error(self, message: str) -> None:
        self.summary.setText(
            tr("The roadmap could not be checked: {reason}").format(reason=message)
        )

    def _on_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, entity_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if self.session.entity(kind, entity_id) is not None:
            self.session.select(kind, entity_id)
