"""What the File, Edit and Add menus do: open, create and copy roadmaps, add and delete things,
the dot vote and the preferences. Import and export are `import_actions` and `export_actions`.

Each action with a file dialog has a twin that takes the path (`open_path`, `save_as`, …),
which is what tests and the welcome page call. The actions see the window only through
`DocumentView` (roadmap/ui/document_view.py) and run long work through `BackgroundWork`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roadmap import __version__
from roadmap.domain.colors import next_color
from roadmap.domain.entities import (
    Entity,
    EntityKind,
    Organization,
    Patent,
    Pathway,
    Person,
    Problem,
    Product,
    Step,
    name_of,
    new_id,
)
from roadmap.domain.enums import Language, StepKind
from roadmap.domain.errors import RoadmapError
from roadmap.domain.templates import PROBLEM_PATHWAYS, Template
from roadmap.ui.background import BackgroundWork
from roadmap.ui.labels import kind_label, tr
from roadmap.ui.loading import collector_paused, freeze_loaded

if TYPE_CHECKING:
    from roadmap.services.workspace import Workspace
    from roadmap.ui.document_view import DocumentView
    from roadmap.ui.session import RoadmapSession


def roadmap_filter() -> str:
    """The file dialogs' filter for roadmap files, in the UI language."""
    return tr("Frontier Roadmap (*.roadmap)")


class DocumentActions(QObject):
    def __init__(
        self,
        view: DocumentView,
        opener: Callable[[Path], object],
        work: BackgroundWork,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.opener = opener  # opens a roadmap file for work (the composition root decides how)
        self.work = work

    @property
    def session(self) -> RoadmapSession | None:
        return self.view.session

    # -- opening and creating ------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open the roadmap at `path` in the window; an expected failure is shown, not raised."""
        from roadmap.store.inspection import RecoveryNeedsWriteError

        with collector_paused():  # a big roadmap loads faster (see roadmap.ui.loading)
            try:
                workspace = self.opener(path)
            except RecoveryNeedsWriteError:
                workspace = None  # read-only with an unfinished write: ask below
            except RoadmapError as error:
                self.view.show_message(error)
                if not os.path.exists(path):  # False also behind a folder we cannot enter
                    self.view.settings.remove_recent(str(path))
                    self.view.recent_files_changed()
                return False
            if workspace is None:
                from roadmap.ui.recovery_dialog import offer_recovery

                recovered = offer_recovery(self.view, path)
                return recovered is not None and self.open_path(recovered)
            from roadmap.ui.session import RoadmapSession

            self.view.show_session(RoadmapSession(cast("Workspace", workspace)))
            freeze_loaded()
        for notice in cast("Workspace", workspace).notices:  # recovered, or locked by whom
            self.view.show_message(RoadmapError(notice))
        self.view.settings.add_recent(str(path.resolve()))
        return True

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.view.dialog_parent(), tr("Open roadmap"), "", roadmap_filter()
        )
        if name:
            self.open_path(Path(name))

    def create(self, path: Path, snapshot: Any) -> bool:
        from roadmap.services.workspace import Workspace

        try:
            with Workspace.create(path, snapshot):
                pass
        except RoadmapError as error:
            self.view.show_message(error)
            return False
        return self.open_path(path)

    def new_roadmap(self) -> None:
        from roadmap.ui.new_roadmap import NewRoadmapDialog

        dialog = NewRoadmapDialog(self._language(), self.view.dialog_parent())
        if dialog.exec() != NewRoadmapDialog.DialogCode.Accepted:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.view.dialog_parent(),
            tr("New roadmap"),
            dialog.title() + ".roadmap",
            roadmap_filter(),
        )
        if name:
            self.create_new(Path(name).with_suffix(".roadmap"), dialog.title(), dialog.template())

    def _language(self) -> Language:
        return Language.ZH if self.view.settings.language == "zh" else Language.EN

    def create_new(self, path: Path, title: str, template: Template = PROBLEM_PATHWAYS) -> bool:
        from roadmap.domain.defaults import new_roadmap

        return self.create(path, new_roadmap(title, language=self._language(), template=template))

    def sample_target(self, language: str) -> Path:
        """Where a fresh copy of the sample goes: the user's data folder, never over a file."""
        # Not AppDataLocation: with the organization named as the app it is
        # ".../Frontier Roadmap/Frontier Roadmap".
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        folder = Path(base or Path.home()) / "Frontier Roadmap" / "samples"
        folder.mkdir(parents=True, exist_ok=True)
        stem = "sample-zh" if language == "zh" else "sample-en"
        path = folder / f"{stem}.roadmap"
        number = 2
        while path.exists():
            path = folder / f"{stem}-{number}.roadmap"
            number += 1
        return path

    def open_sample(self, language: str, target: Path | None = None) -> bool:
        from roadmap.io.json_format import read_json
        from roadmap.locations import sample_path

        try:
            snapshot = read_json(sample_path(language))
        except RoadmapError as error:
            self.view.show_message(error)
            return False
        return self.create(target or self.sample_target(language), snapshot)

    def save_as_dialog(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.view.dialog_parent(),
            tr("Save a copy as"),
            str(self.session.path.with_name(self.session.path.stem + "-copy.roadmap")),
            roadmap_filter(),
        )
        if name:
            self.save_as(Path(name).with_suffix(".roadmap"))

    def save_as(self, target: Path) -> bool:
        """Copy the open roadmap to `target` and go on working in the copy."""
        session = self.session
        if session is None:
            return False
        try:
            session.save_copy(target)
        except RoadmapError as error:
            self.view.show_message(error)
            return False
        return self.open_path(target)

    # -- workshop ---------------------------------------------------------------------------

    def dot_vote(self) -> None:
        """Workshop › Dot vote…: run a vote on the one laptop; closing stores it (and maybe a
        scoring criterion) as one undoable edit."""
        from roadmap.services.workshop import close_vote
        from roadmap.ui.vote_dialog import VoteDialog

        session = self.session
        if session is None:
            return
        dialog = VoteDialog(session.queries.snapshot(), self.view.dialog_parent())
        vote = dialog.vote if dialog.exec() == VoteDialog.DialogCode.Accepted else None
        if vote is None or not vote.closed:
            return
        criterion, held_on = dialog.criterion(), dialog.held_on()
        session.perform(
            lambda _commands: close_vote(session.workspace, vote, held_on, criterion=criterion)
        )

    # -- adding and deleting ----------------------------------------------------------------

    def _context(self) -> tuple[str | None, str | None, str | None]:
        """The (problem, pathway, lane) the selection points at, for placing new things."""
        session = self.session
        if session is None or session.selection is None:
            return None, None, None
        kind, entity_id = session.selection
        if kind is EntityKind.STEP and entity_id in session.steps:
            step = session.steps[entity_id]
            pathway = session.pathways.get(step.pathway_id)
            return (pathway.problem_id if pathway else None), step.pathway_id, step.lane_id
        if kind is EntityKind.PATHWAY and entity_id in session.pathways:
            return session.pathways[entity_id].problem_id, entity_id, None
        if kind is EntityKind.PROBLEM:
            return entity_id, None, None
        return None, None, None

    def _add(self, entity: Entity) -> None:
        session = self.session
        if session is None:
            return
        if session.perform(lambda c: c.add(entity)) is not None:
            session.select(entity.kind, entity.id)
            self.view.show_inspector()

    def add_step(self, kind: StepKind = StepKind.RESEARCH) -> None:
        """A new step on the pathway of the selection, else the one last worked on, else the
        first; with no pathway yet, offer to add one."""
        session = self.session
        if session is None:
            return
        pathway_id, lane_id = self.view.new_step_target()
        lane_id = lane_id or next(iter(session.lanes), None)
        if pathway_id is None:
            if self.view.confirm(tr("This roadmap has no pathway yet. Add one now?")):
                self.add_pathway()
            return
        if lane_id is None:
            session.refused.emit(tr("Add a lane first: every step is in one."))
            return
        start = max(session.info.horizon_start, date.today().replace(day=1))
        end = start if kind.is_point else start + timedelta(days=89)
        names = {
            StepKind.MILESTONE: tr("New milestone"),
            StepKind.DECISION_GATE: tr("New decision gate"),
        }
        name = names.get(kind, tr("New step"))
        session.last_pathway_id = pathway_id
        self._add(Step(new_id(), pathway_id, lane_id, name, start, end, kind))

    def add_milestone(self) -> None:
        self.add_step(StepKind.MILESTONE)

    def add_decision_gate(self) -> None:
        self.add_step(StepKind.DECISION_GATE)

    def add_pathway(self) -> None:
        session = self.session
        if session is None:
            return
        problem_id = self._context()[0] or next(iter(session.problems), None)
        if problem_id is None:
            if not self.view.confirm(
                tr("Every pathway leads to a problem, and there is none yet. Add one now?")
            ):
                return
            self.add_problem()
            problem_id = next(iter(session.problems), None)
            if problem_id is None:
                return
        taken = [p.color for p in session.pathways.values()]
        pathway = Pathway(new_id(), problem_id, tr("New pathway"), color=next_color(taken))
        self._add(pathway)
        if pathway.id in session.pathways:
            session.last_pathway_id = pathway.id

    def add_problem(self) -> None:
        self._add(Problem(new_id(), tr("New problem")))

    def add_product(self) -> None:
        self._add(Product(new_id(), tr("New product")))

    def add_organization(self) -> None:
        self._add(Organization(new_id(), tr("New organization")))

    def add_person(self) -> None:
        self._add(Person(new_id(), tr("New person")))

    def add_patent(self) -> None:
        self._add(Patent(new_id(), tr("New patent")))

    def delete_selected(self) -> None:
        """Delete the steps selected on the timeline, or else the selected thing, after asking."""
        session = self.session
        view = self.view
        if session is None:
            return
        steps = view.selected_step_ids()
        if len(steps) > 1:
            question = tr("Delete {count} steps and their dependencies?").format(count=len(steps))
            if view.confirm(question):
                name = tr("{count} steps").format(count=len(steps))
                session.perform(lambda c: c.delete_steps(steps, name))
            return
        if session.selection is None:
            return
        kind, entity_id = session.selection
        entity = session.entity(kind, entity_id)
        if entity is None or kind is EntityKind.ROADMAP:
            return
        if kind in (EntityKind.STEP, EntityKind.DEPENDENCY):
            # One step or link goes at once, as in any planning tool: Undo brings it back.
            session.perform(lambda c: c.delete(kind, entity_id))
            return
        if view.confirm(_delete_question(session, kind, entity)):
            session.perform(lambda c: c.delete(kind, entity_id))

    # -- preferences and about ------------------------------------------------------------------

    def preferences(self) -> None:
        from roadmap.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.view.settings, self.view.dialog_parent())
        if dialog.exec():
            dialog.store()
            self.view.settings_changed()
            if dialog.language_changed:
                self.view.show_status(
                    tr("The new language shows the next time Frontier Roadmap starts.")
                )

    def about(self) -> None:
        QMessageBox.about(
            self.view.dialog_parent(),
            tr("About Frontier Roadmap"),
            tr("Frontier Roadmap {version}\nPlan industry-oriented research.").format(
                version=__version__
            ),
        )


def _delete_question(session: RoadmapSession, kind: EntityKind, entity: Entity) -> str:
    """Asks before deleting a record, saying what goes with it (a pathway's steps, …)."""
    name = name_of(entity)
    if kind is EntityKind.PATHWAY:
        steps = sum(1 for s in session.steps.values() if s.pathway_id == entity.id)
        return tr('Delete pathway "{name}" with its {steps} steps?').format(name=name, steps=steps)
    if kind is EntityKind.PROBLEM:
        pathways = {p.id for p in session.pathways.values() if p.problem_id == entity.id}
        steps = sum(1 for s in session.steps.values() if s.pathway_id in pathways)
        return tr('Delete problem "{name}" with its {pathways} pathways and {steps} steps?').format(
            name=name, pathways=len(pathways), steps=steps
        )
    return tr('Delete {kind} "{name}"?').format(kind=kind_label(kind), name=name)
