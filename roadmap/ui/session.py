"""An open roadmap as the views see it: the workspace, its undo stack, the selection, and an
in-memory copy of what the timeline draws that follows every edit.

Views read through `queries` (frozen read models), never through the workspace's internals;
work in a worker thread reads through `reader()`, an in-memory copy of the file of its own.

Every change the views make goes through `perform`: it runs a service command, puts its edit on
the undo stack, and turns a refused edit into the `refused` signal (the views snap back and the
status bar says why). Views refresh from `edited`, which carries the `Edit` after the copy here
has been brought up to date, so they read `changes` and redraw only those items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from roadmap.domain.entities import (
    Dependency,
    Entity,
    EntityKind,
    Lane,
    Pathway,
    Problem,
    RoadmapInfo,
    Step,
)
from roadmap.domain.errors import NotFoundError, RoadmapError
from roadmap.domain.messages import message
from roadmap.domain.snapshot import Timeline
from roadmap.services.changes import Edit
from roadmap.services.commands import Commands
from roadmap.services.queries import Queries
from roadmap.services.workspace import Workspace
from roadmap.ui.background import BackgroundJob
from roadmap.ui.baseline_choice import BaselineChoice
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.undo import Deferred, EditCommand
from roadmap.worker_process import WorkerProcess

if TYPE_CHECKING:
    from roadmap.store.lock import LockOwner

Selection = tuple[EntityKind, str]

# Above this many changed rows, reading the timeline again is cheaper than one read per row.
_PATCH_LIMIT = 200
_PATCHABLE: dict[EntityKind, type[Entity]] = {
    EntityKind.STEP: Step,
    EntityKind.DEPENDENCY: Dependency,
    EntityKind.LANE: Lane,
    EntityKind.PROBLEM: Problem,
    EntityKind.PATHWAY: Pathway,
}
_ORDERED = {EntityKind.LANE, EntityKind.PROBLEM, EntityKind.PATHWAY}  # the views' order


def in_order(
    lanes: Iterable[Lane], problems: Iterable[Problem], pathways: Iterable[Pathway]
) -> tuple[dict[str, Lane], dict[str, Problem], dict[str, Pathway]]:
    """Lanes, problems and pathways by id, in the order the views show them: lanes and
    problems by position, pathways by their problem's place, then their own."""
    lanes_shown = {lane.id: lane for lane in sorted(lanes, key=lambda x: x.position)}
    problems_shown = {p.id: p for p in sorted(problems, key=lambda x: x.position)}
    rank = {problem_id: i for i, problem_id in enumerate(problems_shown)}
    shown = sorted(pathways, key=lambda p: (rank.get(p.problem_id, len(rank)), p.position))
    return lanes_shown, problems_shown, {p.id: p for p in shown}


class TimelineShown:
    """What the timeline draws, ordered as the views show it (plain Python: a worker that
    prepares a view builds the same from the timeline it read)."""

    def __init__(self, timeline: Timeline) -> None:
        self.info = timeline.info
        self.lanes, self.problems, self.pathways = in_order(
            timeline.lanes, timeline.problems, timeline.pathways
        )
        self.steps = {s.id: s for s in timeline.steps}
        self.dependencies = {d.id: d for d in timeline.dependencies}


class RoadmapSession(QObject):
    edited = Signal(object)  # Edit: applied, undone or redone; the copy here is up to date
    refused = Signal(str)  # an edit the rules refused, in a sentence the user can act on
    # An undo or redo the file no longer allowed (a RoadmapError saying why and what happened
    # to the history); the copy here and the views have read the file again.
    history_failed = Signal(object)
    selection_changed = Signal(object)  # Selection | None
    steps_selected = Signal(object)  # frozenset[str]: steps selected on the canvas or table

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.selection: Selection | None = None
        # The steps selected last on the canvas or in the table (a view made later shows them).
        self.selected_steps: frozenset[str] = frozenset()
        self.steps_selected.connect(self._remember_steps)
        # The pathway last worked on: new steps go there when nothing is selected.
        self.last_pathway_id: str | None = None
        self.info: RoadmapInfo
        self.lanes: dict[str, Lane] = {}
        self.problems: dict[str, Problem] = {}
        self.pathways: dict[str, Pathway] = {}
        self.steps: dict[str, Step] = {}
        self.dependencies: dict[str, Dependency] = {}
        self._worker: WorkerProcess | None = None
        self._read_for_us: Timeline | None = None  # see `record`
        # What views work out in a worker after a big write, by name (see `prepare_with`).
        self._preparers: dict[str, Callable[[Workspace, Timeline], Any]] = {}
        self._prepared: dict[str, Any] = {}
        self._warming: BackgroundJob | None = None  # see warm_worker
        # Takes the undo or redo of a big edit into the background (ui/history_steps.py);
        # `history_busy` while it is written: other edits wait for it.
        self.defer_history: Deferred | None = None
        self.history_busy = False
        self.reload()
        workspace.commands.subscribe(self._on_edit)
        # The baseline the views compare with, if any.
        self.baselines = BaselineChoice(workspace, self.edited, self)

    def _remember_steps(self, step_ids: frozenset[str]) -> None:
        self.selected_steps = step_ids

    @property
    def path(self) -> Path:
        return self.workspace.path

    @property
    def readonly(self) -> bool:
        return self.workspace.document.readonly

    @property
    def queries(self) -> Queries:
        """Frozen read models of the roadmap as stored now."""
        return self.workspace.queries

    def reader(self) -> Workspace:
        """A read-only workspace on this roadmap for a worker thread (use it in `with` inside
        the job): its own connections, made in the thread that reads; the file is not checked
        again, and the session's own connection is never shared with another thread."""
        return self.workspace.reader()

    def writer(
        self,
        cancelled: Callable[[], bool] | None = None,
        commit_point: Callable[[], bool] | None = None,
    ) -> Workspace:
        """A writable workspace on this roadmap for one job in a worker thread (use it in
        `with` inside the job): its own connection, made there, under this session's lock;
        `cancelled` rolls its edit back until the commit (`commit_point`: see
        `Workspace.writer`). Hand its `written` edits to `record`
        on this thread afterwards (see `Workspace.writer`)."""
        return self.workspace.writer(cancelled, commit_point)

    def record(
        self,
        written: Sequence[Edit],
        undoable: Edit | None,
        timeline: Timeline | None = None,
        prepared: dict[str, Any] | None = None,
    ) -> None:
        """Edits a worker's `writer()` wrote: the views follow each of them, and `undoable`
        (the job's own edit) goes on the undo stack — as `perform` leaves an edit made here.
        `timeline`: what the timeline draws, read by the worker after its commit (see
        `rereads`), so that this thread need not read it again (half a second on L);
        `prepared`: what the views worked out from it there (`prepare_views`)."""
        commands = self.workspace.commands
        self._read_for_us = timeline
        self._prepared = prepared or {}
        try:
            for edit in written:
                commands.announce(edit)
        finally:
            self._read_for_us = None
            self._prepared = {}
        if undoable is not None and undoable.rows:
            self.undo_stack.push(self._entry(undoable))

    def save_copy(self, target: Path) -> None:
        """Save As: write a copy of the roadmap to `target` (RoadmapError when it cannot)."""
        self.workspace.save_copy(target)

    def held_by(self) -> LockOwner | None:
        """Who holds the roadmap open for writing elsewhere, when this one is read-only."""
        return self.workspace.held_by()

    def reload(self) -> None:
        """Read what the timeline draws again from the file."""
        shown = TimelineShown(self._read_for_us or self.queries.timeline())
        self.info = shown.info
        self.lanes = shown.lanes
        self.problems = shown.problems
        self.pathways = shown.pathways
        self.steps = shown.steps
        self.dependencies = shown.dependencies

    # -- views working in a worker after a big write ----------------------------------------

    def prepare_with(self, name: str, prepare: Callable[[Workspace, Timeline], Any]) -> None:
        """After a worker's big write (an import, a merge), run `prepare(workspace, timeline)`
        in that worker, on what it wrote, and hand the result to the view through `prepared`
        while it follows the write here: the plain-Python part of a view's rebuild (the
        navigator's tree, the timeline's rows) then no longer holds the window. `prepare`
        must touch nothing of Qt's, and may return None (nothing prepared)."""
        self._preparers[name] = prepare

    def prepare_views(self, workspace: Workspace, timeline: Timeline) -> dict[str, Any]:
        """Run every view's `prepare_with` function (in the worker that wrote)."""
        return {name: prepare(workspace, timeline) for name, prepare in self._preparers.items()}

    def prepared(self, name: str) -> Any:
        """What `name`'s preparer worked out for the write being followed now, or None."""
        return self._prepared.get(name)

    @property
    def worker(self) -> WorkerProcess:
        """The helper process that draws this roadmap's charts (started when first used)."""
        if self._worker is None:
            self._worker = WorkerProcess()
        return self._worker

    def warm_worker(self) -> None:
        """Start the helper process now, in the background, and load there what a first chart
        or check needs (`charts.picture.warm_up`): a view that will use it is in sight, and
        the first chart then waits only for its own drawing. Once per session."""
        if self._warming is not None:
            return
        from roadmap.charts.picture import warm_up

        worker = self.worker
        self._warming = BackgroundJob(lambda _progress, _cancelled: worker.call(warm_up), self)
        # A helper that cannot start is reported by the first real call, with its context.
        self._warming.failed.connect(lambda _error: None)
        self._warming.start()

    def stop_worker(self) -> None:
        """End the helper process, and what it is doing (the roadmap is closing)."""
        if self._worker is not None:
            self._worker.stop()

    def close(self) -> None:
        self.stop_worker()
        self.undo_stack.clear()
        self.workspace.close()

    # -- editing ---------------------------------------------------------------------------

    def perform(self, command: Callable[[Commands], Edit]) -> Edit | None:
        """Run one service command as one undoable step; None when the rules refused it."""
        if self.history_busy:
            self.refused.emit(tr("Wait a moment: the undo or redo under way is being written."))
            return None
        try:
            edit = command(self.workspace.commands)
        except RoadmapError as error:
            self.refused.emit(message_text(error))
            return None
        if edit.rows:
            self.undo_stack.push(self._entry(edit))
        return edit

    def _entry(self, edit: Edit) -> EditCommand:
        """The undo stack's entry for `edit`: undone and redone here, or — a big edit — in
        the background (`defer_history`)."""
        return EditCommand(
            self.workspace.commands, edit, on_failed=self.history_step_failed, defer=self._defer
        )

    def _defer(self, command: EditCommand, undoing: bool) -> bool:
        defer = self.defer_history
        return defer is not None and self.rereads(command.edit) and defer(command, undoing)

    def history_step_failed(self, command: EditCommand, error: RoadmapError, undoing: bool) -> None:
        """An undo or redo could not be applied (see roadmap.ui.undo): its entry leaves the
        history, the file stays as the other program left it, and the views read it again."""
        self.read_again(command.edit)
        reason = error.message
        if error.code == "edit.conflict":  # its own words say "make the change again"
            reason = message("edit.changed_meanwhile", what=reason.params.get("what", ""))
        code = "edit.undo_failed" if undoing else "edit.redo_failed"
        self.history_failed.emit(RoadmapError(code, name=command.text(), reason=reason))

    def read_again(self, edit: Edit) -> None:
        """After a step of the history that was not written: the copy here reads the file
        again, and the views redraw what `edit` touched, as stored."""
        self.reload()
        if self.selection is not None and self.entity(*self.selection) is None:
            self.select(None)
        self.edited.emit(edit)

    def select(self, kind: EntityKind | None, entity_id: str | None = None) -> None:
        selection = (kind, entity_id) if kind is not None and entity_id else None
        if kind is EntityKind.PATHWAY and entity_id:
            self.last_pathway_id = entity_id
        elif kind is EntityKind.STEP and entity_id in self.steps:
            self.last_pathway_id = self.steps[entity_id].pathway_id
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)

    def entity(self, kind: EntityKind, entity_id: str) -> Entity | None:
        """The current value of one entity (from the copy here when it keeps that kind)."""
        stores: dict[EntityKind, dict[str, Any]] = {
            EntityKind.STEP: self.steps,
            EntityKind.DEPENDENCY: self.dependencies,
            EntityKind.LANE: self.lanes,
            EntityKind.PATHWAY: self.pathways,
            EntityKind.PROBLEM: self.problems,
        }
        cached = stores.get(kind)
        if cached is not None:
            return cached.get(entity_id)
        if kind is EntityKind.ROADMAP:
            return self.info
        from roadmap.domain.entities import ENTITY_TYPES

        try:
            return self.queries.get(ENTITY_TYPES[kind], entity_id)
        except NotFoundError:
            return None

    # -- following edits -------------------------------------------------------------------

    @staticmethod
    def rereads(edit: Edit) -> bool:
        """Whether following `edit` reads the whole timeline again (rather than the records
        it changed, one by one): for many records. A pathway renamed on L read it all again,
        ~0.3 s on the window's thread."""
        changes = edit.changes
        return len(changes.added | changes.updated | changes.removed) > _PATCH_LIMIT

    def _on_edit(self, edit: Edit) -> None:
        changes = edit.changes
        if self.rereads(edit):
            self.reload()
        else:
            self._patch(changes.added | changes.updated, changes.removed)
        if self.selection is not None and self.selection in changes.removed:
            self.select(None)
        self.edited.emit(edit)

    def _patch(
        self, present: Iterable[tuple[EntityKind, str]], removed: Iterable[tuple[EntityKind, str]]
    ) -> None:
        stores: dict[EntityKind, dict[str, Any]] = {
            EntityKind.STEP: self.steps,
            EntityKind.DEPENDENCY: self.dependencies,
            EntityKind.LANE: self.lanes,
            EntityKind.PROBLEM: self.problems,
            EntityKind.PATHWAY: self.pathways,
        }
        reorder = False
        for kind, entity_id in removed:
            store = stores.get(kind)
            if store is not None:
                store.pop(entity_id, None)
        for kind, entity_id in present:
            if kind is EntityKind.ROADMAP:
                self.info = self.queries.get(RoadmapInfo, entity_id)
            elif (cls := _PATCHABLE.get(kind)) is not None:
                stores[kind][entity_id] = self.queries.get(cls, entity_id)
                reorder = reorder or kind in _ORDERED
        if reorder:  # a changed position or problem moves a record in the views' order
            self.lanes, self.problems, self.pathways = in_order(
                self.lanes.values(), self.problems.values(), self.pathways.values()
            )
