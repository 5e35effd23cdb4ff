"""File › Import… and Import spreadsheet…: a roadmap workbook, JSON, MS Project XML or
GanttProject file read in the background and brought in as one undoable edit, or someone's own
spreadsheet mapped column by column in the Import wizard first. Sees the window only as a
`DocumentView`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from roadmap.domain.errors import RoadmapError
from roadmap.ui.background import BackgroundTask, BackgroundWork
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.document_view import DocumentView
    from roadmap.ui.session import RoadmapSession


class ImportActions(QObject):
    def __init__(
        self, view: DocumentView, work: BackgroundWork, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.work = work
        self.wizard: Any = None  # the Import wizard while it is open

    @property
    def session(self) -> RoadmapSession | None:
        return self.view.session

    def import_dialog(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.view.dialog_parent(),
            tr("Import into this roadmap"),
            "",
            tr("Roadmap workbook, JSON, MS Project XML, GanttProject (*.xlsx *.json *.xml *.gan)")
            + ";;"
            + tr("Any spreadsheet (*.xlsx *.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() == ".csv":
            self.open_import_wizard(path)
            return
        if path.suffix.lower() == ".xlsx":
            # Ours, or someone's own spreadsheet whose columns are mapped in the wizard?
            # Looking into the file loads the zip and XML readers (a tenth of a second and
            # more of the window's time): in a worker, as the import itself.
            def ours(_progress: Any, _cancelled: Any) -> bool:
                from roadmap.io.sheet_import import is_roadmap_workbook

                return is_roadmap_workbook(path)

            def go_on(is_ours: bool) -> None:
                if is_ours:
                    self.import_from(path)
                else:
                    self.open_import_wizard(path)

            self.work.run(tr("Reading {name}…").format(name=path.name), ours, go_on)
            return
        self.import_from(path)

    def import_spreadsheet_dialog(self) -> None:
        """Ask for any spreadsheet, then map its columns in the Import wizard."""
        if self.session is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.view.dialog_parent(),
            tr("Import a spreadsheet"),
            "",
            tr("Spreadsheet (*.xlsx *.csv)"),
        )
        if name:
            self.open_import_wizard(Path(name))

    def open_import_wizard(self, source: Path) -> BackgroundTask | None:
        """Read the spreadsheet in a worker thread, then show the Import wizard on it."""
        if self.session is None:
            return None

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.io.sheet_import import read_tables

            return read_tables(source)

        label = tr("Reading {name}…").format(name=source.name)
        return self.work.run(label, job, lambda tables: self._show_wizard(source, tables))

    def _show_wizard(self, source: Path, tables: Any) -> None:
        session = self.session
        if session is None:
            return
        if not tables:
            self.view.show_message(RoadmapError("sheet.none", name=source.name))
            return
        from roadmap.ui.import_wizard import ImportWizard

        lanes = [lane.name for lane in sorted(session.lanes.values(), key=lambda x: x.position)]
        wizard = ImportWizard(self.view.dialog_parent(), source, lanes, tables)
        self.wizard = wizard
        wizard.accepted.connect(lambda: self._import_mapped(wizard))
        wizard.finished.connect(lambda _result: self._wizard_closed())
        wizard.open()

    def _wizard_closed(self) -> None:
        self.wizard = None
        self.view.dialog_parent().activateWindow()  # back to the window it was opened from

    def _import_mapped(self, wizard: Any) -> BackgroundTask | None:
        """Make the plan from the whole sheet and bring it in as one edit, in a worker."""
        if self.session is None:
            return None
        source, table, profile = wizard.source, wizard.table(), wizard.profile()

        def read(progress: Any) -> Any:
            from roadmap.io.sheet_import import plan_from_table

            return plan_from_table(source.name, table, profile)

        return self._import(source, read, replace=False)

    def import_from(self, source: Path, replace: bool = False) -> BackgroundTask | None:
        """Read `source` and bring it in as one undoable edit, in a worker thread."""
        if self.session is None:
            return None
        # Names the reader makes up (an unnamed GanttProject or MS Project summary task's) are
        # stored: in the roadmap's language, not the window's.
        language = self.session.info.language

        def read(progress: Any) -> Any:
            from roadmap.io.exchange import read_source

            return read_source(source, progress, language=language)

        return self._import(source, read, replace=replace)

    def _import(
        self, source: Path, read: Callable[[Any], Any], *, replace: bool
    ) -> BackgroundTask | None:
        """Read, check and write an import in a worker thread (`write_in_background`): the
        window stays responsive, Cancel before the commit leaves the roadmap as it was, and
        the import is one entry of the undo history afterwards."""
        from roadmap.ui.background_writes import write_in_background

        session = self.session
        if session is None:
            return None

        def write(writer: Any, incoming: Any) -> Any:
            from roadmap.io.exchange import apply_import

            summary = apply_import(writer, incoming, replace=replace)
            _imported(summary)  # refuses an import that changed nothing
            return summary

        def done(_summary: Any) -> None:
            self.view.show_status(tr("Imported {name}").format(name=source.name))

        return write_in_background(
            self.work,
            session,
            tr("Importing {name}…").format(name=source.name),
            write,
            undoable=lambda summary: summary.edit,
            done=done,
            read=read,
        )


def _imported(summary: Any) -> Any:
    if summary.edit is None:
        raise RoadmapError("import.nothing")
    return summary.edit
