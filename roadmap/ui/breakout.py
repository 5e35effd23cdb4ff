"""File › Copies for breakout groups… and File › Merge copies…: the facilitator's two actions.

Copies are written by `services.copies.make_copies` (all names checked first); merging opens
the merge dialog on the chosen copies and applies its settled plan as one undoable edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.document_view import DocumentView


class CopiesDialog(QDialog):
    """Names of the groups (one per line) and the folder the copies go to."""

    def __init__(self, parent: QWidget, source: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Copies for breakout groups"))
        self.source = source
        intro = QLabel(
            tr(
                "Each group gets its own copy of this roadmap to work on offline. The copies "
                "remember this roadmap as it is now, so File › Merge copies… can bring their "
                "changes back."
            )
        )
        intro.setWordWrap(True)
        self.groups = QPlainTextEdit()
        self.groups.setPlaceholderText(tr("One group per line"))
        self.groups.setPlainText("\n".join(tr("Group {letter}").format(letter=x) for x in "ABC"))
        self.folder = QLineEdit(str(source.parent))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("&Groups:"), self.groups)
        form.addRow(tr("Folder:"), folder_row)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.written: list[Path] = []
        self.setMinimumWidth(480)

    def labels(self) -> list[str]:
        return [line.strip() for line in self.groups.toPlainText().splitlines() if line.strip()]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for the copies"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        from roadmap.services.copies import make_copies
        from roadmap.ui.message_text import message_text

        labels = self.labels()
        if not labels:
            self.problem.setText(tr("Name at least one group."))
            return
        try:
            self.written = make_copies(self.source, Path(self.folder.text()), labels)
        except RoadmapError as error:
            self.problem.setText(message_text(error))
            return
        super().accept()


class BreakoutActions:
    """The slots behind the two File menu items; they see the window as a `DocumentView`."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.dialog: Any = None

    def copies_dialog(self) -> CopiesDialog | None:
        session = self.view.session
        if session is None:
            return None
        dialog = CopiesDialog(self.view.dialog_parent(), session.path)
        self.dialog = dialog

        def done() -> None:
            self.view.show_status(
                tr("Wrote {count} copies to {folder}").format(
                    count=len(dialog.written), folder=dialog.folder.text()
                )
            )

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def merge_dialog(self) -> Any:
        session = self.view.session
        if session is None:
            return None
        names, _ = QFileDialog.getOpenFileNames(
            self.view.dialog_parent(),
            tr("Merge copies into this roadmap"),
            str(session.path.parent),
            tr("Roadmap copies (*.roadmap)"),
        )
        if not names:
            return None
        from roadmap.ui.merge_dialog import MergeDialog

        try:
            dialog = MergeDialog(self.view, session, [Path(n) for n in names], work=self.view.work)
        except RoadmapError as error:
            self.view.show_message(error)
            return None
        self.dialog = dialog
        dialog.open()
        return dialog
