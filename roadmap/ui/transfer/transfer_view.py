"""The transfer view: how technology moves into industry, counted by `transfer_figures` — the
patent pipeline by status and year, the patents licensed or transferred to enterprises, people
moving between sectors by direction and year, per organization and per pathway — and the
`patents` and `talent` charts.

Nothing is counted or drawn until the view is first shown (matplotlib is imported then); after
an edit it is counted again when shown, a moment after the last edit, in a worker thread so the
window stays responsive. The charts are drawn by the session's helper process meanwhile, and
only when a count finds something other than what is shown; the window just shows the pictures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import LicenseKind, PatentStatus
from roadmap.domain.errors import RoadmapError
from roadmap.domain.transfer import Direction, Sector, TransferFigures
from roadmap.services.changes import Edit
from roadmap.services.transfer_tables import Cell, FigureLabels, FigureTables
from roadmap.ui.labels import field_label, tr, value_label
from roadmap.ui.message_text import message_text
from roadmap.ui.recompute import Job, Recompute
from roadmap.ui.session import RoadmapSession
from roadmap.ui.transfer.chart_image import ChartImage
from roadmap.ui.transfer.counting import TransferCharts, count_in, draw_charts
from roadmap.ui.transfer.figures_model import FiguresModel
from roadmap.worker_process import WorkerStopped

TRANSFER_KINDS = (
    EntityKind.ORGANIZATION,
    EntityKind.PERSON,
    EntityKind.MOBILITY,
    EntityKind.PATENT,
    EntityKind.PATENT_EVENT,
    EntityKind.PATHWAY,
    EntityKind.STEP,
    EntityKind.PROBLEM,
)


def direction_label(direction: Direction) -> str:
    return {
        Direction.RESEARCH_TO_INDUSTRY: lambda: tr("Research → industry"),
        Direction.INDUSTRY_TO_RESEARCH: lambda: tr("Industry → research"),
        Direction.UNIVERSITY_INSTITUTE: lambda: tr("University ↔ institute"),
        Direction.OTHER: lambda: tr("Other moves"),
    }[direction]()


def sector_label(sector: Sector) -> str:
    return {
        Sector.INDUSTRY: lambda: tr("Industry"),
        Sector.RESEARCH: lambda: tr("Research"),
        Sector.OTHER: lambda: tr("Other"),
    }[sector]()


class FiguresTable(QTableView):
    """A table as tall as its rows: the page scrolls, not the table. Columns fit their
    contents except the `stretch` ones (long names), which share what is left and elide.

    The widths are worked out here, once per count, from the distinct texts of each column:
    Qt's ResizeToContents asked the model for every cell's data in every role at each layout
    of the page (500 pathway rows on L), holding the window ~0.3–1 s after a patent's status
    changed."""

    def __init__(
        self, model: FiguresModel, stretch: Sequence[int] = (0,), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stretch = tuple(stretch)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        model.modelReset.connect(self._fit)
        # A horizontal scroll bar takes room from the rows: make the table taller for it.
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())
        self._fit()

    def _fit(self) -> None:
        header = self.horizontalHeader()
        model = self.model()
        assert isinstance(model, FiguresModel)
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        padding = 2 * (margin + 1) + 2  # the item's text margins and the grid line
        for column in range(model.columnCount()):
            if column in self.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            texts = {str(row[column]) for row in model.rows}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(
                column, max(widest + padding, heading, header.minimumSectionSize())
            )
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(1, self.model().rowCount())
        bar = self.horizontalScrollBar()
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
            + 2
            + (bar.sizeHint().height() if bar.maximum() > 0 else 0)
        )
        self.setFixedHeight(height)


class TransferView(QScrollArea):
    def __init__(
        self, session: RoadmapSession, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language if language in ("en", "zh") else "en"
        self.figures: TransferFigures | None = None
        self._shown: str | None = None  # what the tables and charts show (its digest)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.summary = QLabel(body)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.pipeline = FiguresModel([])
        self.moves = FiguresModel([])
        self.licensed = FiguresModel([])
        self.organizations = FiguresModel([])
        self.pathways = FiguresModel([])
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.hide()
        self.patents_chart = ChartImage(body)
        self.talent_chart = ChartImage(body)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        sections = (
            (tr("Patent pipeline by status and year (at each year's end)"), self.pipeline, (0,)),
            (tr("People moving between sectors, by direction and year"), self.moves, (0,)),
            (tr("Patents licensed or transferred to enterprises"), self.licensed, (0, 2, 4)),
            (tr("Per organization"), self.organizations, (0,)),
        )
        for i, (title, model, stretch) in enumerate(sections):
            table = FiguresTable(model, stretch, body)
            grid.addWidget(self._section(title, table), i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        pathways = FiguresTable(self.pathways, (0, 4, 5), body)
        layout.addWidget(self._section(tr("Per pathway"), pathways))
        layout.addWidget(self.message)
        layout.addWidget(self.patents_chart)
        layout.addWidget(self.talent_chart)
        layout.addStretch(1)
        self.counting = Recompute(self._prepare_count, 300, self)
        self.counting.ready.connect(self._on_counted)
        self.counting.failed.connect(self._on_count_failed)
        # The charts, drawn after a count found something new (never on a stale count).
        self.charting = Recompute(self._prepare_charts, 0, self, discard_stale=True)
        self.charting.stale = False  # nothing to draw before the first count
        self.charting.ready.connect(self._show_charts)
        self.charting.failed.connect(self._on_count_failed)
        session.edited.connect(self._on_edited)
        session.warm_worker()  # the charts below are drawn there

    def _section(self, title: str, table: FiguresTable) -> QWidget:
        box = QWidget(self.widget())
        heading = QLabel(title, box)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(heading)
        column.addWidget(table)
        return box

    # -- when to count -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # not a window coming back from the taskbar
            self.counting.set_active(True)
            self.charting.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # hidden, not minimized: count again when shown
            self.counting.set_active(False)
            self.charting.set_active(False)

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(*TRANSFER_KINDS):
            self.counting.request()
            if self.charting.busy:  # the charts being drawn may be stale now
                self.charting.request()

    def _prepare_count(self) -> Job:
        worker, path, labels = self.session.worker, self.session.path, self.labels()
        return lambda: count_in(worker, path, labels)

    @staticmethod
    def labels() -> FigureLabels:
        """The words the helper process puts in the rows (it has no translator)."""
        return FigureLabels(
            now=tr("Now"),
            separator=tr(", "),
            values={str(v.value): value_label(v) for v in (*PatentStatus, *LicenseKind)},
            directions={d.value: direction_label(d) for d in Direction},
            sectors={s.value: sector_label(s) for s in Sector},
        )

    def _prepare_charts(self) -> Job:
        worker, path, language = self.session.worker, self.session.path, self.language
        fit = self.patents_chart.box()
        return lambda: draw_charts(worker, path, language, fit)

    def _on_counted(self, counted: FigureTables) -> None:
        self.figures = counted.figures
        if counted.shown == self._shown:
            return  # the tables and charts show this already
        self.show_figures(counted)
        self._shown = counted.shown
        self.charting.request()

    def _on_count_failed(self, error: BaseException) -> None:
        if isinstance(error, WorkerStopped):
            return  # the roadmap is closing
        if not isinstance(error, RoadmapError):
            raise error  # a bug: the app's error hook reports it
        self._shown = None  # the next count draws again, and takes this message away
        self.message.setText(message_text(error))
        self.message.show()

    def shutdown(self) -> None:
        """Wait for a count in progress (before the roadmap closes); its charts are not
        waited for."""
        self.session.stop_worker()
        self.counting.shutdown()
        self.charting.shutdown()

    def _show_charts(self, charts: TransferCharts) -> None:
        for picture, shown_in in zip(
            charts.pictures, (self.patents_chart, self.talent_chart), strict=False
        ):
            shown_in.set_picture(picture)
        warnings = list(charts.warnings)
        if charts.error is not None:
            warnings.append(message_text(charts.error))
        self.message.setText(" ".join(warnings))
        self.message.setVisible(bool(warnings))

    # -- what is shown ---------------------------------------------------------------------------

    def show_figures(self, counted: FigureTables) -> None:
        """Fill the tables and the summary with the rows `counted` brought; a table whose rows
        and headings are those shown already is left alone (most of them, after one edit)."""
        figures = counted.figures
        self.summary.setText(
            tr(
                "{patents} patents, {reached} of them licensed or transferred to enterprises · "
                "{moves} moves between organizations, {cross} of them between sectors"
            ).format(
                patents=counted.patents,
                reached=figures.licensed_or_transferred,
                moves=counted.moves,
                cross=figures.cross_sector_moves,
            )
        )
        _show(
            self.pipeline,
            [tr("Year"), *(value_label(s) for s in PatentStatus)],
            counted.pipeline,
        )
        _show(
            self.moves,
            [tr("Direction"), tr("All years"), *(str(y) for y in counted.years)],
            counted.moves_by_direction,
        )
        _show(
            self.licensed,
            [
                field_label("title"),
                field_label("status"),
                field_label("licensee_org_id"),
                field_label("license_kind"),
                field_label("pathway_id"),
            ],
            counted.licensed,
        )
        _show(
            self.organizations,
            [
                field_label("name"),
                tr("Sector"),
                tr("Patents owned"),
                tr("Licensed in"),
                tr("Moves in"),
                tr("Moves out"),
            ],
            counted.organizations,
        )
        _show(
            self.pathways,
            [
                field_label("pathway_id"),
                tr("Patents"),
                tr("Granted or later"),
                tr("To enterprises"),
                tr("Partners"),
                tr("Licensees"),
            ],
            counted.pathways,
        )


def _show(model: FiguresModel, headings: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    # Resetting a model lays its table out again and sizes its columns from every text (500
    # pathway rows on L): skip it when nothing in the table changed.
    if model.headings != headings or model.rows != [list(row) for row in rows]:
        model.set_figures(headings, rows)
