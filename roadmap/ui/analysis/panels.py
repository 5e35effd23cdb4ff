"""The Analysis dock's tabs for an open roadmap, and the derived results they keep current.

The schedule is worked out again (in a worker thread, after edits settle) whenever the schedule
tab is in view or the timeline shows the critical path; the checks whenever their tab is in
view. The charts tab is built, and matplotlib imported, the first time it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from roadmap.domain.errors import RoadmapError
from roadmap.domain.schedule import Schedule, schedule
from roadmap.services.changes import Edit
from roadmap.services.findings import PackedFindings, findings_in_file
from roadmap.ui.analysis.check_panel import CheckPanel
from roadmap.ui.analysis.schedule_panel import SchedulePanel
from roadmap.ui.analysis.scoring_panel import ScoringPanel
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.recompute import Job, Recompute
from roadmap.ui.session import RoadmapSession
from roadmap.worker_process import WorkerStopped

if TYPE_CHECKING:
    from roadmap.ui.analysis.charts_panel import ChartsPanel, ExportChart

SCHEDULE_TAB, CHECKS_TAB, SCORING_TAB, CHARTS_TAB = range(4)


class AnalysisPanels(QTabWidget):
    schedule_ready = Signal(object)  # Schedule, for the timeline

    def __init__(
        self,
        session: RoadmapSession,
        language: str,
        export_chart: ExportChart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._language = language
        self._export_chart = export_chart
        self.setDocumentMode(True)
        self.schedule_panel = SchedulePanel(session, self)
        self.check_panel = CheckPanel(session, self)
        self.scoring_panel = ScoringPanel(session, self)
        self._charts_page = QWidget(self)
        QVBoxLayout(self._charts_page).setContentsMargins(0, 0, 0, 0)
        self._charts: ChartsPanel | None = None
        self.addTab(self.schedule_panel, tr("Schedule"))
        self.addTab(self.check_panel, tr("Checks"))
        self.addTab(self.scoring_panel, tr("Scoring"))
        self.addTab(self._charts_page, tr("Charts"))
        self.schedule_job = Recompute(self._prepare_schedule, 150, self)
        self.schedule_job.ready.connect(self._on_schedule)
        self.schedule_job.failed.connect(self._on_schedule_failed)
        self.checks_job = Recompute(self._prepare_checks, 600, self)
        self.checks_job.ready.connect(self._on_checks)
        self.checks_job.failed.connect(self._on_checks_failed)
        self.critical_shown = False
        self._in_view = False
        self.currentChanged.connect(self._on_tab)
        session.edited.connect(self._on_edited)

    # -- what is in view ---------------------------------------------------------------------

    def set_in_view(self, on: bool) -> None:
        """The dock became visible or hidden."""
        self._in_view = on
        if on:  # the checks and charts are drawn in the helper process: start it meanwhile
            self.session.warm_worker()
        self._update_active()

    def set_critical_shown(self, on: bool) -> None:
        """The timeline shows (or stops showing) the critical path: it needs the schedule."""
        self.critical_shown = on
        self._update_active()

    def _on_tab(self, index: int) -> None:
        if index == CHARTS_TAB:
            _ = self.charts
        self._update_active()

    def _update_active(self) -> None:
        tab = self.currentIndex() if self._in_view else -1
        self.schedule_job.set_active(self.critical_shown or tab == SCHEDULE_TAB)
        self.checks_job.set_active(tab == CHECKS_TAB)
        if tab == CHECKS_TAB and self.checks_job.busy:
            self.check_panel.show_checking()

    @property
    def charts(self) -> ChartsPanel:
        """The charts tab, built (and matplotlib loaded) the first time it is needed."""
        if self._charts is None:
            from roadmap.ui.analysis.charts_panel import ChartsPanel

            self._charts = ChartsPanel(
                self.session, self._language, self._export_chart, self._charts_page
            )
            layout = self._charts_page.layout()
            assert layout is not None
            layout.addWidget(self._charts)
        return self._charts

    # -- keeping results current ---------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        self.schedule_job.request()
        self.checks_job.request()

    def _prepare_schedule(self) -> Job:
        steps = tuple(self.session.steps.values())
        dependencies = tuple(self.session.dependencies.values())
        return lambda: schedule(steps, dependencies)

    def _prepare_checks(self) -> Job:
        # In the helper process: checking L in a thread here held the window up (see
        # services/findings.py).
        worker, path = self.session.worker, self.session.path
        return lambda: worker.call(findings_in_file, path)

    def _on_schedule(self, result: Schedule) -> None:
        self.schedule_panel.show_schedule(result)
        self.schedule_ready.emit(result)

    def _on_schedule_failed(self, error: BaseException) -> None:
        if not isinstance(error, RoadmapError):
            raise error  # a bug: the app's error hook reports it
        self.schedule_panel.show_error(message_text(error))
        self.schedule_ready.emit(None)

    def _on_checks(self, rows: PackedFindings) -> None:
        self.check_panel.show_findings(rows)

    def _on_checks_failed(self, error: BaseException) -> None:
        if isinstance(error, WorkerStopped):
            return  # the roadmap is closing
        if not isinstance(error, RoadmapError):
            raise error
        self.check_panel.show_error(message_text(error))

    def shutdown(self) -> None:
        """Wait for work in progress (before the roadmap closes)."""
        self.session.stop_worker()  # a check or chart in the helper process is not waited for
        self.schedule_job.shutdown()
        self.checks_job.shutdown()
        if self._charts is not None:
            self._charts.shutdown()
