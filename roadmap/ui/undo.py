"""The one adapter that puts the services' edits on a `QUndoStack`.

A service command has already been applied when it returns its `Edit`, so the adapter's first
`redo()` (which `QUndoStack.push` calls) does nothing; later redos apply the edit again and
undos revert it, both through the services.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from roadmap.services.changes import Edit
from roadmap.services.commands import Commands
from roadmap.ui.labels import edit_title


class EditCommand(QUndoCommand):
    def __init__(self, commands: Commands, edit: Edit, parent: QUndoCommand | None = None) -> None:
        super().__init__(edit_title(edit), parent)
        self._commands = commands
        self.edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # pushed right after the command ran: already done
            return
        self._commands.apply(self.edit)

    def undo(self) -> None:
        self._commands.revert(self.edit)
