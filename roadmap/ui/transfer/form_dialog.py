"""What the transfer tab's questions share (recording a person's move, changing a patent's
status): a line saying what is asked, a form, a red line saying what still keeps the answer
from being stored, and OK / Cancel, OK only while nothing does."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from roadmap.ui.record_form import problem_label


def answered(dialog: QDialog) -> bool:
    """Show `dialog` and wait; whether it was answered with OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class FormDialog(QDialog):
    """Subclasses add their fields to `form`, then call `add_buttons` (after the fields, so
    Tab goes through the fields before the buttons)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def left_field(self) -> None:
        """A field was left: nothing is stored before OK, so nothing happens."""

    def add_buttons(self) -> None:
        self.message = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def say(self, problem: str) -> None:
        """Show why the answer cannot be stored ('' if it can), and allow OK only if it can."""
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
