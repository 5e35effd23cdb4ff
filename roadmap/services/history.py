"""A Qt-free undo history for front ends without a QUndoStack (the CLI, tests, scripts).

The desktop app puts the same `Edit`s on a QUndoStack through one adapter instead.
"""

from __future__ import annotations

from roadmap.services.changes import Edit
from roadmap.services.commands import Commands


class History:
    def __init__(self, commands: Commands) -> None:
        self._commands = commands
        self._done: list[Edit] = []
        self._undone: list[Edit] = []

    def record(self, edit: Edit) -> Edit:
        """Remember an edit a command just applied; a new edit clears what could be redone."""
        if edit.rows:
            self._done.append(edit)
            self._undone.clear()
        return edit

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Edit:
        edit = self._done.pop()
        self._commands.revert(edit)
        self._undone.append(edit)
        return edit

    def redo(self) -> Edit:
        edit = self._undone.pop()
        self._commands.apply(edit)
        self._done.append(edit)
        return edit
