"""The one adapter that puts the services' edits on a `QUndoStack`.

A service command has already been applied when it returns its `Edit`, so the adapter's first
`redo()` (which `QUndoStack.push` calls) does nothing; later redos apply the edit again and
undos revert it, both through the services.

Changes to the fields of one record, one after another (a row of the steps table filled in
cell by cell, several fields of the inspector), merge into one entry of the undo history, as
typing merges in a text editor; moves, adds and deletes stay one entry each.

An undo or redo the file no longer allows — above all a `ConflictError`: the rows it would
change were changed meanwhile, by another program — writes nothing (one transaction). Its
entry then leaves the history (`setObsolete`, which `QUndoStack` honours after the call), so
the history keeps describing the file: the entries below it still undo, and `on_failed` tells
the user and lets the views read the file again.

The undo or redo of a big edit (an import, a merge, a pull: past the session's patch limit)
is handed to `defer`, which writes it in a worker (`ui/history_steps.py`): the stack's index
moves now, the file and the views follow when the worker is done, and a step the file did
not allow is taken back there (`pass_next`) with the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from roadmap.domain.errors import RoadmapError
from roadmap.services.changes import Action, Edit, Ref
from roadmap.services.commands import Commands
from roadmap.ui.labels import edit_title

_FIELD_CHANGES = 1  # the id of commands that may merge (QUndoCommand.id)


# (the command, what stopped it, True for an undo and False for a redo)
Failed = Callable[["EditCommand", RoadmapError, bool], None]
# (the command, True for an undo): True when the step was taken elsewhere (see the module)
Deferred = Callable[["EditCommand", bool], bool]


class EditCommand(QUndoCommand):
    def __init__(
        self,
        commands: Commands,
        edit: Edit,
        parent: QUndoCommand | None = None,
        on_failed: Failed | None = None,
        defer: Deferred | None = None,
    ) -> None:
        super().__init__(edit_title(edit), parent)
        self._commands = commands
        self.edit = edit
        self._applied = True
        self._on_failed = on_failed
        self._defer = defer
        self._passing = False  # see pass_next

    def pass_next(self) -> None:
        """The stack's next call of this command's undo or redo only moves its index (a
        deferred step the file did not allow is taken back so)."""
        self._passing = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # pushed right after the command ran: already done
            return
        self._step(self._commands.apply, undoing=False)

    def undo(self) -> None:
        self._step(self._commands.revert, undoing=True)

    def _step(self, step: Callable[[Edit], Edit], *, undoing: bool) -> None:
        if self._passing:
            self._passing = False
            return
        if self._defer is not None and self._defer(self, undoing):
            return
        self._run(step, undoing=undoing)

    def _run(self, step: Callable[[Edit], Edit], *, undoing: bool) -> None:
        try:
            step(self.edit)
        except RoadmapError as error:
            # Nothing was written; the stack drops this entry once this call returns, so it
            # never claims a state the file is not in.
            self.setObsolete(True)
            if self._on_failed is None:
                raise
            self._on_failed(self, error, undoing)

    def _changed_record(self) -> Ref | None:
        """The one record whose fields this edit changed, or None for any other edit."""
        changes = self.edit.changes
        if self.edit.action is not Action.CHANGE or changes.added or changes.removed:
            return None
        return next(iter(changes.updated)) if len(changes.updated) == 1 else None

    def id(self) -> int:
        return _FIELD_CHANGES if self._changed_record() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        record = self._changed_record()
        if record is None or other._changed_record() != record:
            return False
        edit = self.edit
        self.edit = Edit(edit.action, edit.kind, other.edit.name, edit.rows + other.edit.rows)
        self.setText(edit_title(self.edit))
        return True
