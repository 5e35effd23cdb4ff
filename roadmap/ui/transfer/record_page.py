"""One page of the transfer tab: a sortable, filterable table of patents, organizations or
people beside the editor of the one chosen, with Add and Delete. Choosing a row selects the
record everywhere (navigator, inspector); selecting it elsewhere picks its row here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import Entity, EntityKind
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.record_editor import RecordEditor
from roadmap.ui.transfer.record_table import RECORD_ROLE, RecordTableModel


class RecordPage(QWidget):
    def __init__(
        self,
        session: RoadmapSession,
        model: RecordTableModel,
        editor: RecordEditor,
        make: Callable[[], Entity],
        words: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`make` gives a new record for Add; `words` holds the page's translated texts:
        "filter", "add", "delete" and "confirm" (a question with {name})."""
        super().__init__(parent)
        self.session = session
        self.kind: EntityKind = model.kind
        self.model = model
        self.editor = editor
        self.make = make
        self.words = words
        # Tests answer the question here instead of showing it.
        self.confirm: Callable[[str], bool] = self._ask
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(words["filter"])
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(model.set_filter)
        self.add_button = QPushButton(words["add"], self)
        self.add_button.clicked.connect(self.add_record)
        self.delete_button = QPushButton(words["delete"], self)
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not session.readonly)
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 36)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        left = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._syncing = False
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        session.selection_changed.connect(self._on_session_selection)
        # A page built after its record was chosen elsewhere (the navigator) shows it at once.
        self._on_session_selection(session.selection)
        self._update_buttons()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Frontier Roadmap"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- choosing a record ------------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(RECORD_ROLE)) if index.isValid() else None

    def choose(self, record_id: str) -> bool:
        """Pick the row of `record_id` (clearing the filter if it hides it)."""
        if record_id not in self.model.records:
            return False
        if self.model.row_of(record_id) is None:  # the filter hides it
            self.filter.clear()
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = str(current.data(RECORD_ROLE)) if current.isValid() else None
        self.editor.show_record(record_id)
        self._update_buttons()
        if self._syncing or record_id is None:
            return
        self._syncing = True
        try:
            self.session.select(self.kind, record_id)
        finally:
            self._syncing = False

    def _on_session_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        if self._syncing or selection is None or selection[0] is not self.kind:
            return
        self._syncing = True
        try:
            self.choose(selection[1])
        finally:
            self._syncing = False

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(not self.session.readonly and self.current_id() is not None)

    # -- adding and deleting -------------------------------------------------------------------

    def add_record(self) -> Edit | None:
        """Add a new record, pick it and put the cursor in its first field."""
        entity = self.make()
        edit = self.editor.perform(lambda c: c.add(entity))
        if edit is not None:
            self.choose(entity.id)
            first = next(iter(self.editor.fields.values()), None)
            if first is not None:
                first.widget.setFocus()
        return edit

    def delete_current(self) -> Edit | None:
        record_id = self.current_id()
        if record_id is None or self.editor.entity is None:
            return None
        name = self.editor.title()
        if not self.confirm(self.words["confirm"].format(name=name)):
            return None
        kind = self.kind
        return self.editor.perform(lambda c: c.delete(kind, record_id))
