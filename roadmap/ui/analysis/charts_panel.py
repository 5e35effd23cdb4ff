"""The charts tab: any of the roadmap's charts (timeline, scores, TRL, figures of merit,
portfolio, …), for all problems or one, drawn as it will be exported, with an Export button.

matplotlib is imported the first time a chart is drawn, never when the app starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import EntityKind
from roadmap.domain.enums import Language
from roadmap.domain.errors import RoadmapError
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.session import RoadmapSession

if TYPE_CHECKING:
    from roadmap.charts.registry import Chart

ExportChart = Callable[[str, "str | None"], None]  # chart name, problem id or None


def _figure_canvas(chart: Chart) -> Any:
    """A Qt canvas for the chart's figure that draws with the fonts the chart was made with."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from roadmap.charts.style import chart_fonts

    class ChartCanvas(FigureCanvasQTAgg):
        def draw(self) -> None:
            with chart_fonts(list(chart.fonts)):
                super().draw()  # type: ignore[no-untyped-call]

    return ChartCanvas(chart.figure)  # type: ignore[no-untyped-call]


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
        self.chart: Chart | None = None
        self.canvas: Any = None
        self._size_in = (13.33, 7.5)
        self._stale = True
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
        self.area = QScrollArea(self)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(False)
        # The chart is always scaled to fit, so scroll bars would only steal room from it.
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        layout.addWidget(self.area, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.draw_chart)
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
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)

    def draw_chart(self) -> None:
        """Draw the chosen chart now (on this thread: the figure belongs to the window)."""
        from roadmap.charts.registry import ChartOptions, render

        self._stale = False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            snapshot = self.session.queries.snapshot()
            kept: tuple[Any, ...] = ()
            if self.chart_name() == "milestones":  # the one chart drawn from the baselines
                from roadmap.services.baselines import all_baselines

                kept = all_baselines(self.session.workspace)
            chart = render(
                snapshot,
                self.chart_name(),
                ChartOptions(
                    problem=self.problem_id(), language=self.language.value, baselines=kept
                ),
            )
        except RoadmapError as error:
            self._show_message(message_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(chart)

    def _show(self, chart: Chart) -> None:
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.chart = chart
        width, height = chart.figure.get_size_inches()
        self._size_in = (float(width), float(height))
        self.canvas = _figure_canvas(chart)
        self.area.setWidget(self.canvas)
        if chart.warnings:
            self._show_message(" ".join(chart.warnings))
        else:
            self.message.hide()
        self._fit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _fit(self) -> None:
        """Scale the chart to the panel, keeping its size in inches: its layout was made for a
        slide, so it is zoomed, never squeezed."""
        if self.canvas is None or self.chart is None:
            return
        room: QSize = self.area.viewport().size()
        width_in, height_in = self._size_in
        dpi = max(24.0, min((room.width() - 4) / width_in, (room.height() - 4) / height_in))
        figure = self.chart.figure
        # Qt's canvas sizes the figure as widget pixels / this dpi: keep its inches.
        figure._original_dpi = dpi  # type: ignore[attr-defined]
        figure.dpi = dpi * self.canvas.device_pixel_ratio
        self.canvas.setFixedSize(round(width_in * dpi), round(height_in * dpi))
        self.canvas.draw_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- following the roadmap --------------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(EntityKind.PROBLEM):
            self._fill_problems()
        self.request()

    def _on_export(self) -> None:
        self._export(self.chart_name(), self.problem_id())
