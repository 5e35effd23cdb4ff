"""The question asked when a roadmap that is read-only here holds an unfinished write.

A program stopped while saving left a hot journal; SQLite can roll it back only by writing the
file. The dialog says what happened (nothing is lost once it is rolled back, but the file is
read-only) and offers the ways `roadmap.store.recovery` has: save a rolled-back copy where the
user chooses, or — for a file they own on a writable disk — make it writable for the
roll-back. Nothing is written unless the user picks one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roadmap.domain.errors import RoadmapError
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.document_view import DocumentView


def _suggested_copy(path: Path) -> Path:
    """Beside the user's documents: the file's own folder is read-only."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    stem = path.name.removesuffix(".roadmap")
    return Path(documents or Path.home()) / tr("{name} (recovered).roadmap").format(name=stem)


def offer_recovery(view: DocumentView, path: Path) -> Path | None:
    """Ask how to roll back the unfinished write of `path`, and do it.

    Returns the file to open (the recovered copy, or `path` rolled back in place), or None
    when the user cancelled or the roll-back was refused (the refusal is shown).
    """
    from roadmap.store.recovery import can_make_writable, recover_in_place, recover_into_copy

    box = QMessageBox(view.dialog_parent())
    box.setObjectName("recovery")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unfinished write"))
    box.setText(tr("{name} was not saved completely.").format(name=path.name))
    writable = can_make_writable(path)
    what = tr(
        "A program stopped while it was saving this roadmap and left its unfinished write "
        "beside it. Nothing is lost: rolled back, the roadmap holds everything up to its last "
        "completed edit. But the file is read-only here (no permission to write it, or a "
        "read-only disk), so it cannot be rolled back where it is."
    )
    how = (
        tr(
            "Save a recovered copy where you choose, or, since the file is yours, make it "
            "writable for the roll-back."
        )
        if writable
        else tr("Save a recovered copy where you choose; the file itself stays as it is.")
    )
    box.setInformativeText(what + "\n\n" + how)
    copy = box.addButton(tr("Save a recovered copy…"), QMessageBox.ButtonRole.AcceptRole)
    in_place = None
    if writable:
        in_place = box.addButton(
            tr("Make it writable and roll back"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    try:
        if clicked is copy:
            name, _ = QFileDialog.getSaveFileName(
                view.dialog_parent(),
                tr("Save a recovered copy"),
                str(_suggested_copy(path)),
                tr("Frontier Roadmap (*.roadmap)"),
            )
            if not name:
                return None
            target = Path(name)
            recover_into_copy(path, target)
            return target
        if in_place is not None and clicked is in_place:
            recover_in_place(path)
            return path
    except RoadmapError as error:
        view.show_message(error)
    return None
