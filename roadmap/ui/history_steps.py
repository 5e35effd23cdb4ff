"""Undo and redo of a big edit in the background (issue 19).

Undoing an import into L on the window's thread held it 0.4-0.5 s (redo as long): writing the
inverse rows, reading the whole timeline again, laying it out, rebuilding the navigator. The
entry of such an edit (past the session's patch limit: `RoadmapSession.rereads`) hands its
step here (`EditCommand`'s `defer`): the stack's index moves at once, and the step is written
in a worker like an import (`write_in_worker`: the writer's own connection, the timeline read
and the views' rows worked out there), behind the progress dialog of `BackgroundWork`. The
views then follow it as they follow an import (`record_written`, nothing new on the stack).

Meanwhile Undo and Redo wait (the stack is not the window's active one) and other edits
are refused with a word (`RoadmapSession.history_busy`), so steps are written in order. A
step the file does not allow (rows another program changed meanwhile) is taken back: the
entry leaves the history, as a refused step done on the window's thread does, and the user is
told the same way (`history_step_failed`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from roadmap.services.workspace import Workspace
from roadmap.ui.background import BackgroundTask, BackgroundWork, CancelGate, Progress
from roadmap.ui.background_writes import Written, record_written, write_in_worker
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.undo import EditCommand


class HistoryInBackground(QObject):
    def __init__(
        self,
        session: RoadmapSession,
        work: BackgroundWork,
        report: Callable[[BaseException], object],
    ) -> None:
        super().__init__(session)
        self.session = session
        self.work = work
        self.report = report  # a failure that is not a refusal (a bug), as the window says it
        self.task: BackgroundTask | None = None  # the step being written (tests watch it)
        session.defer_history = self.take

    def take(self, command: EditCommand, undoing: bool) -> bool:
        """Write `command`'s undo (or redo) in a worker; True: the step is taken on."""
        if self.task is not None:  # cannot happen while Undo and Redo wait; do it here then
            return False
        session, edit = self.session, command.edit

        def job(_progress: Progress, _cancelled: CancelGate) -> Written[Any]:
            def write(writer: Workspace) -> Any:
                return (writer.commands.revert if undoing else writer.commands.apply)(edit)

            return write_in_worker(session, write)

        def done(written: Written[Any]) -> None:
            if written.refusal is not None:
                session.history_step_failed(command, written.refusal, undoing)
                self._take_back(command, undoing)  # deletes the command: last
            else:
                record_written(session, written, None)

        def failed(error: BaseException) -> None:
            self._take_back(command, undoing)
            session.read_again(edit)
            self.report(error)

        text = tr("Undoing {name}…") if undoing else tr("Redoing {name}…")
        session.undo_stack.setActive(False)  # Undo and Redo wait for this step
        session.history_busy = True
        self.task = self.work.run(text.format(name=command.text()), job, done, failed=failed)
        self.task.ended.connect(self._ended)
        return True

    def _take_back(self, command: EditCommand, undoing: bool) -> None:
        """Nothing was written: the entry leaves the history (Qt deletes it) and the index is
        where it was."""
        command.setObsolete(True)
        command.pass_next()
        stack = self.session.undo_stack
        if undoing:
            stack.redo()
        else:
            stack.undo()

    def _ended(self) -> None:
        self.task = None
        self.session.history_busy = False
        self.session.undo_stack.setActive(True)
