"""File › Export…, Export chart, Export PDF of the view and Print…: the roadmap written in
another format in the background (through a read-only reader of the file, so the window goes
on), or the view as pages. Sees the window only as a `DocumentView`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from roadmap.domain.errors import RoadmapError
from roadmap.domain.messages import Message
from roadmap.ui.background import BackgroundTask, BackgroundWork
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

if TYPE_CHECKING:
    from roadmap.ui.document_view import DocumentView
    from roadmap.ui.session import RoadmapSession


class ExportActions(QObject):
    def __init__(
        self, view: DocumentView, work: BackgroundWork, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.work = work

    @property
    def session(self) -> RoadmapSession | None:
        return self.view.session

    def export_dialog(self) -> None:
        if self.session is None:
            return
        filters = ";;".join(
            (
                tr("Excel workbook (*.xlsx)"),
                tr("JSON interchange (*.json)"),
                tr("CSV of steps (*.csv)"),
                tr("MS Project XML (*.xml)"),
                tr("Timeline chart (*.png)"),
                tr("Timeline chart (*.svg)"),
                tr("Timeline chart (*.pdf)"),
            )
        )
        name, chosen = QFileDialog.getSaveFileName(
            self.view.dialog_parent(),
            tr("Export"),
            str(self.session.path.with_suffix(".xlsx")),
            filters,
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(chosen.rsplit("*", 1)[-1].rstrip(")"))
            self.export_to(path)

    def print_dialog(self) -> None:
        """File › Print…: the current view or a wall chart, shown in a print preview."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from roadmap.ui.printing import PrintChoice, view_pages, wall_pages

        session, canvas = self.session, self.view.timeline()
        if session is None or canvas is None:
            return
        choice = PrintChoice(self.view.dialog_parent())
        if choice.exec() != PrintChoice.DialogCode.Accepted:
            return
        snapshot = session.queries.snapshot()
        size = choice.wall_size()
        paint = view_pages(canvas, snapshot) if size is None else wall_pages(snapshot, size)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self.view.dialog_parent())
        preview.setWindowTitle(tr("Print preview"))
        preview.paintRequested.connect(paint)
        preview.exec()

    def export_view_pdf_dialog(self) -> None:
        """File › Export PDF of the view…: what Print would print of the current view."""
        from roadmap.ui.printing import view_pages, write_pdf

        session, canvas = self.session, self.view.timeline()
        if session is None or canvas is None:
            return
        suggested = session.path.with_name(f"{session.path.stem}-timeline.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self.view.dialog_parent(),
            tr("Export PDF of the view"),
            str(suggested),
            tr("PDF document (*.pdf)"),
        )
        if not name:
            return
        path = Path(name).with_suffix(".pdf")
        try:
            write_pdf(view_pages(canvas, session.queries.snapshot()), path)
        except OSError as error:
            self.view.show_message(
                RoadmapError("export.cannot_write", path=path, reason=error.strerror or str(error))
            )
            return
        self.view.show_status(tr("Exported to {path}").format(path=str(path)))

    def export_chart_dialog(self, chart: str, problem: str | None = None) -> None:
        """Ask where to write chart `chart` (of one problem, or all), then export it."""
        session = self.session
        if session is None:
            return
        filters = ";;".join(
            (tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)"))
        )
        suggested = session.path.with_name(f"{session.path.stem}-{chart}.png")
        name, chosen = QFileDialog.getSaveFileName(
            self.view.dialog_parent(), tr("Export chart"), str(suggested), filters
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".png", ".svg", ".pdf"):
                path = path.with_suffix(chosen.rsplit("*", 1)[-1].rstrip(")"))
            self.export_to(path, chart=chart, problem=problem)

    def export_to(
        self,
        target: Path,
        unit: str | None = None,
        chart: str | None = None,
        problem: str | None = None,
    ) -> BackgroundTask | None:
        """Export in a worker thread that reads through its own read-only connection; for a
        .png/.svg/.pdf `target`, `chart` names the chart (default: the timeline) and `problem`
        limits it to one problem."""
        session = self.session
        if session is None:
            return None
        reader = session.reader()
        language = self.view.settings.language

        def job(progress: Any, cancelled: Any) -> Sequence[str | Message]:
            from roadmap.io.exchange import ExportOptions, export_file

            with reader as workspace:
                options = ExportOptions(
                    unit=unit or None, language=language, chart=chart, problem=problem
                )
                return export_file(workspace, target, options, progress, cancelled)

        def done(warnings: Sequence[str | Message]) -> None:
            message = tr("Exported to {path}").format(path=str(target))
            if warnings:
                said = [w if isinstance(w, str) else message_text(w) for w in warnings[:3]]
                message += " — " + "; ".join(said)
            self.view.show_status(message)

        return self.work.run(tr("Exporting {name}…").format(name=target.name), job, done)
