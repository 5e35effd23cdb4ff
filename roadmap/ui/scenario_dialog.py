"""File › Compare with…: another copy of the roadmap (a scenario) against this one, by ID.

The timeline draws the scenario's bars in a second colour under this roadmap's (through the
same layer as a baseline); this dialog lists what differs — steps, products, pathways — with
the one-line summary. Closing it takes the scenario off the timeline.

"Adopt this scenario…" brings the scenario's plan into this roadmap as one undoable edit
(`services.scenarios`: a three-way merge, the scenario winning, when the files share a base;
the scenario's records by ID when they do not), after asking with what it would change. Both
the plan and the write run in worker threads (the write through `background_writes`), behind
progress dialogs whose Cancel leaves the roadmap as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from roadmap.collector import collector_paused
from roadmap.domain.enums import PathwayStatus, StepStatus
from roadmap.domain.errors import RoadmapError
from roadmap.domain.variance import Comparison
from roadmap.ui.background import BackgroundTask, BackgroundWork
from roadmap.ui.baselines_dialog import summary_text
from roadmap.ui.labels import tr, value_label
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.ui.document_view import DialogOwner, DocumentView
    from roadmap.ui.session import RoadmapSession


def _days(value: Any) -> str:
    return "" if value is None else tr("{days:+d} d").format(days=value) if value else tr("0 d")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _status(value: str | None, kind: type[StepStatus] | type[PathwayStatus]) -> str:
    return "" if value is None else value_label(kind(value))


def _change_words() -> dict[str, str]:
    return {
        "added": tr("only in the scenario"),
        "removed": tr("only here"),
        "changed": tr("changed"),
    }


class ScenarioDialog(QDialog):
    def __init__(
        self,
        session: RoadmapSession,
        path: Path,
        comparison: Comparison,
        view: DialogOwner,
        work: BackgroundWork | None = None,
    ) -> None:
        """`work` (the window's) plans and writes an adoption in worker threads; without it
        the dialog only compares. `view`: the window it was opened from (the status bar)."""
        super().__init__(view.dialog_parent())
        self.view = view
        self.session = session
        self.path = path
        self.comparison = comparison
        self.setWindowTitle(tr("Compare with {file}").format(file=path.name))
        intro = QLabel(
            tr(
                "The timeline shows {file}'s bars in purple under this roadmap's. Records are "
                "matched by ID; the days say how much later the scenario has them."
            ).format(file=path.name),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel(
            tr("Scenario: {summary}").format(summary=summary_text(comparison.summary)), self
        )
        self.summary.setWordWrap(True)
        content = comparison.as_json()
        words = _change_words()
        self.tabs = QTabWidget(self)
        self.steps = self._table(
            [
                tr("Step"),
                tr("Difference"),
                tr("Start here"),
                tr("Start there"),
                tr("Start variance"),
                tr("End here"),
                tr("End there"),
                tr("Finish variance"),
                tr("Status here"),
                tr("Status there"),
            ],
            [
                [
                    s["name"],
                    words[s["change"]],
                    _text(s["baseline_start"]),
                    _text(s["start"]),
                    _days(s["start_days"]),
                    _text(s["baseline_finish"]),
                    _text(s["finish"]),
                    _days(s["finish_days"]),
                    _text(s["status_from"]),
                    _text(s["status_to"]),
                ]
                for s in content["steps"]
                if s["change"] != "unchanged"
            ],
        )
        self.products = self._table(
            [
                tr("Product"),
                tr("Difference"),
                tr("Launch here"),
                tr("Launch there"),
                tr("Launch variance"),
            ],
            [
                [
                    p["name"],
                    words[p["change"]],
                    _text(p["launch_from"]),
                    _text(p["launch_to"]),
                    _days(p["launch_days"]),
                ]
                for p in content["products"]
                if p["change"] != "unchanged"
            ],
        )
        self.pathways = self._table(
            [
                tr("Pathway"),
                tr("Difference"),
                tr("Status here"),
                tr("Status there"),
                tr("Rank here"),
                tr("Rank there"),
            ],
            [
                [
                    p["name"],
                    words[p["change"]],
                    _text(p["status_from"]),
                    _text(p["status_to"]),
                    _text(p["rank_from"]),
                    _text(p["rank_to"]),
                ]
                for p in content["pathways"]
                if p["change"] != "unchanged"
            ],
        )
        self.tabs.addTab(self.steps, tr("Steps"))
        self.tabs.addTab(self.products, tr("Products"))
        self.tabs.addTab(self.pathways, tr("Pathways"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.adopt_button = buttons.addButton(
            tr("&Adopt this scenario…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.adopt_button.setToolTip(
            tr("Bring {file}'s plan into this roadmap as one step you can undo").format(
                file=path.name
            )
        )
        self.adopt_button.clicked.connect(self.ask_to_adopt)
        self.confirm: QMessageBox | None = None
        self.adoption: Any = None
        self.work = work
        self.planning: BackgroundTask | None = None  # the adoption being planned
        self.adopting: BackgroundTask | None = None  # the adoption being written
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.finished.connect(self._forget)

    def _table(self, headers: list[str], rows: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.setWordWrap(False)
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), 280))
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- adopting ----------------------------------------------------------------------------

    def ask_to_adopt(self) -> BackgroundTask | None:
        """Plan the adoption in a worker thread (seconds on L: both roadmaps read and merged),
        then ask (a window-modal box) before writing anything."""
        if self.work is None or self.planning is not None:
            return None
        session, path = self.session, self.path

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.scenarios import plan_adoption

            with collector_paused(), session.reader() as reader:
                try:
                    return plan_adoption(reader, path)
                except RoadmapError as error:
                    return error

        task = self.work.run(
            tr("Planning the adoption of {file}…").format(file=path.name),
            job,
            lambda adoption: None if task.job.cancelled else self._confirm(adoption),
            parent=self,
        )
        task.ended.connect(self._planned)
        self.planning = task
        return task

    def _planned(self) -> None:
        self.planning = None

    def _confirm(self, adoption: Any) -> None:
        """Say what adopting would change and ask before anything is written (unless the
        planning was cancelled)."""
        from roadmap.services.scenarios import AdoptBy

        if isinstance(adoption, RoadmapError):
            QMessageBox.warning(self, tr("Adopt this scenario"), message_text(adoption))
            return
        counts = adoption.counts()
        numbers = {what: sum(counts[what].values()) for what in ("added", "changed", "deleted")}
        if not any(numbers.values()):
            QMessageBox.information(
                self,
                tr("Adopt this scenario"),
                tr("This roadmap already holds {file}'s plan: nothing to adopt.").format(
                    file=self.path.name
                ),
            )
            return
        changes = tr("{added} added, {changed} changed, {deleted} deleted").format(**numbers)
        if adoption.by is AdoptBy.MERGE:
            text = tr(
                "This roadmap takes {file}'s plan: {changes}. Where both changed the same "
                "thing, the scenario's version is taken; {kept} change(s) made here since the "
                "two went apart, which the scenario did not touch, are kept."
            ).format(file=self.path.name, changes=changes, kept=adoption.kept_here)
        else:
            text = tr(
                "The two files share no base, so this roadmap takes {file}'s records by ID: "
                "{changes}. Records only here are removed; the roadmap keeps its title."
            ).format(file=self.path.name, changes=changes)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Adopt {file}?").format(file=self.path.name),
            text + "\n\n" + tr("A backup is kept, and Undo brings the roadmap back in one step."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.addButton(tr("&Adopt"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes.clicked.connect(self.adopt)
        self.adoption, self.confirm = adoption, box
        box.open()

    def adopt(self) -> BackgroundTask | None:
        """Write the adoption in a worker thread (backup, one transaction; Cancel leaves the
        roadmap as it was), then one undoable edit."""
        from roadmap.services.scenarios import apply_adoption
        from roadmap.ui.background_writes import write_in_background

        adoption = self.adoption
        if adoption is None or self.work is None:
            return None

        def done(_edit: Any) -> None:
            self.view.show_status(tr("Adopted the scenario {file}").format(file=self.path.name))
            self.accept()

        self.adopting = write_in_background(
            self.work,
            self.session,
            tr("Adopting {file}…").format(file=self.path.name),
            lambda writer, _read: apply_adoption(writer, adoption),
            undoable=lambda edit: edit,
            done=done,
            parent=self,
        )
        return self.adopting

    def _forget(self) -> None:
        if self.session.baselines.scenario:
            self.session.baselines.choose(None)


def compare_with(view: DocumentView, path: Path) -> ScenarioDialog | None:
    """Compare the open roadmap with the one at `path` and show both on the timeline."""
    from roadmap.domain.variance import compare
    from roadmap.services.baselines import plan_now
    from roadmap.services.workspace import Workspace

    session = view.session
    if session is None:
        return None
    try:
        with Workspace.open(path, readonly=True) as other:
            theirs = plan_now(other)
    except RoadmapError as error:
        view.show_message(error)
        return None
    comparison = compare(plan_now(session.workspace), theirs)
    session.baselines.show_scenario(path.name, theirs)
    dialog = ScenarioDialog(session, path, comparison, view, view.work)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def compare_with_dialog(view: DocumentView) -> ScenarioDialog | None:
    """Ask for the other roadmap, then `compare_with` it."""
    from roadmap.ui.document_actions import roadmap_filter

    name, _ = QFileDialog.getOpenFileName(
        view.dialog_parent(), tr("Compare with another roadmap"), "", roadmap_filter()
    )
    return compare_with(view, Path(name)) if name else None
