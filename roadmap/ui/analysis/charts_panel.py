"""The charts tab: any of the roadmap's charts (timeline, scores, TRL, figures of merit,
portfolio, …), for all problems or one, drawn as it will be exported, with an Export button.

The chart is made and drawn in the session's helper process from the file (see
`ui/chart_picture.py`) and shown as a picture scaled there to the panel: choosing a chart, editing the roadmap or resizing never
makes the window wait. A chart the roadmap changed under while it was drawn is never shown; the
newest one is drawn instead. matplotlib is imported the first time a chart is drawn, never when
the app starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.charts.picture import ChartPicture
from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import Language
from roadmap.domain.errors import RoadmapError
from roadmap.services.changes import Edit
from roadmap.ui.chart_picture import PictureView, draw_in
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.recompute import Job, Recompute
from roadmap.ui.session import RoadmapSession
from roadmap.worker_process import WorkerStopped

ExportChart = Callable[[str, "str | None"], None]  # chart name, problem id or None


class ChartsPanel(QWidget):
    def __init__(
        self,
        session: RoadmapSession,
        language: str,
        export: ExportChart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = Language.ZH if language == "zh" else Language.EN
        self._export = export
        self.chart: ChartPicture | None = None  # the one shown
        from roadmap.charts.registry import chart_titles

        self.which = QComboBox(self)
        for name, title in chart_titles(self.language):
            self.which.addItem(title, name)
        self.problem = QComboBox(self)
        self.problem.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.problem.setMinimumContentsLength(24)
        self._fill_problems()
        self.which.currentIndexChanged.connect(self.request)
        self.problem.currentIndexChanged.connect(self.request)
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setToolTip(tr("Write this chart as PNG, SVG or PDF"))
        self.export_button.clicked.connect(self._on_export)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.picture = PictureView(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Chart:"), self))
        top.addWidget(self.which)
        top.addWidget(QLabel(tr("Problem:"), self))
        top.addWidget(self.problem, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.picture, 1)
        self.job = Recompute(self._prepare, 150, self, discard_stale=True)
        self.job.ready.connect(self._show)
        self.job.failed.connect(self._on_failed)
        session.edited.connect(self._on_edited)

    def _fill_problems(self) -> None:
        current = self.problem.currentData()
        self.problem.blockSignals(True)
        self.problem.clear()
        self.problem.addItem(tr("All problems"), None)
        for problem in self.session.problems.values():
            self.problem.addItem(problem.statement, problem.id)
        found = self.problem.findData(current)
        self.problem.setCurrentIndex(max(found, 0))
        self.problem.blockSignals(False)

    def chart_name(self) -> str:
        return str(self.which.currentData())

    def problem_id(self) -> str | None:
        data = self.problem.currentData()
        return str(data) if data else None

    # -- drawing --------------------------------------------------------------------------------

    def request(self) -> None:
        """Draw again soon if the panel is shown, else when it is next shown."""
        self.job.request()

    @property
    def drawing(self) -> bool:
        """A chart is asked for or being drawn."""
        return self.job.busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.job.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.job.set_active(False)

    def _prepare(self) -> Job:
        """The chosen chart's inputs, taken now on the UI thread; the work for the worker."""
        from roadmap.charts.registry import ChartOptions

        worker, path, name = self.session.worker, self.session.path, self.chart_name()
        options = ChartOptions(problem=self.problem_id(), language=self.language.value)
        fit = self.picture.box()  # drawn at the size it is shown at (see ui/chart_picture.py)
        return lambda: draw_in(worker, path, name, options, fit)

    def _show(self, picture: ChartPicture) -> None:
        self.chart = picture
        self.picture.set_picture(picture)
        if picture.warnings:
            self._show_message(" ".join(picture.warnings))
        else:
            self.message.hide()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, WorkerStopped):
            return  # the roadmap is closing
        if not isinstance(error, RoadmapError):
            raise error  # a bug: the app's error hook reports it
        self._show_message(message_text(error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def shutdown(self) -> None:
        """Stop drawing (before the roadmap closes): the chart is not waited for."""
        self.session.stop_worker()
        self.job.shutdown()

    # -- following the roadmap --------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(EntityKind.PROBLEM):
            self._fill_problems()
        self.request()

    def _on_export(self) -> None:
        self._export(self.chart_name(), self.problem_id())
