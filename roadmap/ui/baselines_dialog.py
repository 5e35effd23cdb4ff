"""File › Baselines…: take a baseline of the plan, rename or delete one (each an undoable
edit on the roadmap's undo stack), choose the one the timeline, the steps table and the
inspector compare with, and read in one line how the plan moved since."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.variance import Summary
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.record_form import problem_label

if TYPE_CHECKING:
    from roadmap.ui.background import BackgroundTask, BackgroundWork
    from roadmap.ui.session import RoadmapSession


def summary_text(summary: Summary) -> str:
    """The comparison's one-line summary in the UI language."""
    parts: list[str] = []
    if summary.steps_later:
        median = summary.median_slip_days or 0
        days = str(int(median)) if float(median).is_integer() else f"{median:.1f}"
        parts.append(
            tr("{n} step(s) later, median {days} days").format(n=summary.steps_later, days=days)
        )
    counted = (
        (summary.steps_earlier, tr("{n} step(s) earlier")),
        (summary.milestones_slipped, tr("{n} milestone(s) slipped")),
        (summary.steps_added, tr("{n} step(s) added")),
        (summary.steps_removed, tr("{n} step(s) removed")),
        (summary.steps_cancelled, tr("{n} step(s) cancelled")),
        (summary.products_later, tr("{n} product(s) later")),
        (summary.products_earlier, tr("{n} product(s) earlier")),
        (summary.pathways_status_changed, tr("{n} pathway(s) changed status")),
        (summary.pathways_rank_changed, tr("{n} pathway(s) changed rank")),
    )
    parts += [text.format(n=n) for n, text in counted if n]
    return tr("; ").join(parts) if parts else tr("No changes since this baseline.")


class BaselinesDialog(QDialog):
    def __init__(
        self,
        session: RoadmapSession,
        work: BackgroundWork,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.work = work
        self.taking: BackgroundTask | None = None  # the baseline being taken
        self.setWindowTitle(tr("Baselines"))
        intro = QLabel(
            tr(
                "A baseline keeps the plan as it is now: each step's dates, status, progress "
                "and TRL, each product's launch and each pathway's status and score. Later "
                "edits never change it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Taken"), tr("By"), tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("e.g. Approved plan 2027"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Note:"), self.note)
        self.take_button = QPushButton(tr("&Take baseline"), self)
        self.rename_button = QPushButton(tr("&Rename selected"), self)
        self.delete_button = QPushButton(tr("&Delete selected"), self)
        self.take_button.clicked.connect(self.take)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.shown = QComboBox(self)
        self.shown.activated.connect(self._on_shown)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = problem_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        shown_row = QFormLayout()
        shown_row.addRow(tr("Compare the plan with:"), self.shown)
        layout.addLayout(shown_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 460)
        session.edited.connect(self._on_edited)
        session.refused.connect(self._say)
        session.baselines.changed.connect(self._fill_shown)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        from roadmap.services.baselines import list_baselines

        selected = self.selected_name()
        self.labels = list_baselines(self.session.workspace)
        self.table.setRowCount(len(self.labels))
        for row, label in enumerate(self.labels):
            cells = (label.name, f"{label.taken_at:%Y-%m-%d %H:%M}", label.taken_by, label.note)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if label.name == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._fill_shown()
        self._on_selected()

    def _fill_shown(self) -> None:
        self.shown.clear()
        self.shown.addItem(tr("No baseline"), None)
        for label in self.labels:
            self.shown.addItem(label.name, label.name)
        chosen = self.session.baselines.name
        self.shown.setCurrentIndex(max(0, self.shown.findData(chosen)) if chosen else 0)
        self._show_summary()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(getattr(self, "labels", ())):
            return None
        return self.labels[rows[0].row()].name

    def _on_selected(self) -> None:
        chosen = self.selected_name() is not None
        self.rename_button.setEnabled(chosen and not self.session.readonly)
        self.delete_button.setEnabled(chosen and not self.session.readonly)
        self.take_button.setEnabled(not self.session.readonly)

    def _show_summary(self) -> None:
        from roadmap.services.baselines import compare_with_baseline

        name = self.session.baselines.name
        if name is None:
            self.summary.setText("")
            return
        comparison = compare_with_baseline(self.session.workspace, name)
        self.summary.setText(
            tr("Since {name}: {summary}").format(
                name=name, summary=summary_text(comparison.summary)
            )
        )

    def _say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def _on_edited(self, edit: Edit) -> None:
        self.refresh()

    # -- doing -----------------------------------------------------------------------------

    def take(self) -> None:
        """Take the baseline in a worker (`write_in_background`): reading and packing the
        plan of L held the window 120-240 ms. A refusal (a name in use) is said as
        `perform`'s are (`session.refused`)."""
        from roadmap.services.baselines import take_baseline
        from roadmap.ui.background_writes import write_in_background

        if self.taking is not None:
            return
        self._say("")
        name, note = self.name.text(), self.note.text()

        def done(_edit: Edit) -> None:
            self.name.clear()
            self.note.clear()

        def ended() -> None:
            self.taking = None
            self.take_button.setEnabled(True)

        self.take_button.setEnabled(False)
        self.taking = write_in_background(
            self.work,
            self.session,
            tr("Taking the baseline…"),
            lambda writer, _read: take_baseline(writer, name, note),
            undoable=lambda edit: edit,
            done=done,
            parent=self,
        )
        self.taking.ended.connect(ended)

    def rename(self) -> None:
        from roadmap.services.baselines import rename_baseline

        self._say("")
        old = self.selected_name()
        if old is None:
            return
        label = next(b for b in self.labels if b.name == old)
        new = self.name.text().strip() or old
        note = self.note.text() if self.note.text() else label.note
        workspace = self.session.workspace
        if self.session.perform(lambda _c: rename_baseline(workspace, old, new, note)):
            self.name.clear()
            self.note.clear()

    def delete(self) -> None:
        from roadmap.services.baselines import delete_baseline

        self._say("")
        name = self.selected_name()
        if name is not None:
            workspace = self.session.workspace
            self.session.perform(lambda _c: delete_baseline(workspace, name))

    def _on_shown(self, index: int) -> None:
        name = self.shown.itemData(index)
        self.session.baselines.choose(name if isinstance(name, str) else None)


def show_baselines(
    parent: QWidget, session: RoadmapSession, work: BackgroundWork
) -> BaselinesDialog:
    """Open the dialog for `session` without blocking (the window stays usable); `work` runs
    what takes long (taking a baseline)."""
    dialog = BaselinesDialog(session, work, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
