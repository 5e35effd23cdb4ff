"""The Steps table's selected rows and the rest of the app's selection, kept the same both ways:
one row selected is the session's selection (the inspector shows it, the timeline selects its
bar); several rows — Ctrl/Shift+click — are the timeline's multi-selection too, and a rubber
band or Ctrl+click on the timeline selects those rows. Whatever is not selected any more loses
its highlight (no stale rows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QTableView

from roadmap.domain.entities import EntityKind
from roadmap.ui.session import RoadmapSession

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
_ROWS = QItemSelectionModel.SelectionFlag.Rows
_CLEAR_AND_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | _ROWS


class RowSelection(QObject):
    def __init__(
        self,
        session: RoadmapSession,
        view: QTableView,
        row_of: Callable[[str], QModelIndex],
    ) -> None:
        """Mirrors `view`'s selection (rows carry their step's ID in `STEP_ROLE`; `row_of`
        finds a step's row in the view's model)."""
        super().__init__(view)
        self.session = session
        self.view = view
        self.row_of = row_of
        self._syncing = False  # our own change to one side, coming back through the other
        view.selectionModel().selectionChanged.connect(self._on_rows)
        session.selection_changed.connect(self._on_session_selection)
        session.steps_selected.connect(self._on_steps_selected)
        # Made when its tab is first shown: it starts with what is selected by then.
        self.show_selected()

    def show_selected(self) -> None:
        """Select the rows of what is selected now (after the rows were made again)."""
        selection = self.session.selection
        if selection is not None and selection[0] is EntityKind.STEP:
            held = self.session.selected_steps
            self._show(held if selection[1] in held else {selection[1]})
        else:
            self._show(set())

    def keep_while(self, change: Callable[[], object]) -> None:
        """Make `change` to the rows shown (a filter) without it changing what is selected:
        a row it hides leaves the table's selection, not the timeline's nor the inspector's;
        shown again, it is selected again."""
        self._syncing = True
        try:
            change()
        finally:
            self._syncing = False
        self.show_selected()

    def selected_step_ids(self) -> list[str]:
        """The selected rows' steps, top to bottom."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        steps = self.session.steps  # not a row whose step was just deleted
        return [
            step_id
            for step_id in dict.fromkeys(index.data(STEP_ROLE) for index in rows)
            if step_id in steps
        ]

    def _on_rows(self, *_changed: object) -> None:
        if self._syncing:
            return
        ids = self.selected_step_ids()
        current = self.view.currentIndex().data(STEP_ROLE)
        self._syncing = True
        try:
            if ids:
                # The row clicked last is the one the inspector shows.
                self.session.select(EntityKind.STEP, current if current in ids else ids[0])
            elif self.session.selection and self.session.selection[0] is EntityKind.STEP:
                self.session.select(None)
            # After the single selection, so the timeline ends up holding all of them.
            self.session.steps_selected.emit(frozenset(ids))
        finally:
            self._syncing = False

    def _on_session_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        if self._syncing:
            return
        if selection is None or selection[0] is not EntityKind.STEP:
            # Something else is selected now (or nothing): no row stays highlighted.
            self._show(set())
            return
        if selection[1] not in self.selected_step_ids():
            self._show({selection[1]})

    def _on_steps_selected(self, step_ids: frozenset[str]) -> None:
        if not self._syncing and set(self.selected_step_ids()) != step_ids:
            self._show(step_ids)

    def _show(self, step_ids: set[str] | frozenset[str]) -> None:
        """Select exactly the rows of `step_ids` (the current row the first of them) and
        scroll to it."""
        model = self.view.selectionModel()
        selection = QItemSelection()
        first: QModelIndex | None = None
        for step_id in step_ids:
            index = self.row_of(step_id)
            if index.isValid():
                selection.select(index, index)
                if first is None or index.row() < first.row():
                    first = index
        self._syncing = True
        try:
            model.select(selection, _CLEAR_AND_SELECT)
            if first is None:
                model.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(first)
        finally:
            self._syncing = False
