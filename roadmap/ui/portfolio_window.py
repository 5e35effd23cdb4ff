"""The Portfolio window: the figures across the roadmaps of a repository or of a folder of
`.roadmap` files (the same `roadmap portfolio` counts), drawn as the portfolio chart."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.background import BackgroundWork
    from roadmap.ui.settings import Settings


class PortfolioWindow(QWidget):
    def __init__(self, parent: QWidget, settings: Settings, work: BackgroundWork) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.work = work  # the main window's background work (progress, failures)
        self.setWindowTitle(tr("Portfolio"))
        self.resize(1200, 720)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(
            tr("A folder of .roadmap files, or postgresql://USER@HOST/DATABASE")
        )
        self.source.setText(settings.repository_url)
        self.source.returnPressed.connect(self.show_portfolio)
        browse = QPushButton(tr("Folder…"), self)
        browse.clicked.connect(self._browse)
        self.show_button = QPushButton(tr("Show"), self)
        self.show_button.clicked.connect(self.show_portfolio)
        self.summary = QLabel(self)
        self.figure_area = QVBoxLayout()
        self.canvas: Any = None
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Roadmaps from:"), self))
        top.addWidget(self.source, 1)
        top.addWidget(browse)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.figure_area, 1)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder of roadmaps"))
        if folder:
            self.source.setText(folder)
            self.show_portfolio()

    def show_portfolio(self) -> None:
        source = self.source.text().strip()
        if not source:
            return

        def job(progress: Any, cancelled: Any) -> Any:
            from roadmap.services.portfolio import portfolio

            return portfolio(source)

        self.work.run(tr("Counting the portfolio…"), job, self._show)

    def _show(self, result: Any) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from roadmap.charts.portfolio_overview import render_portfolio
        from roadmap.domain.enums import Language

        language = Language("zh" if self.settings.language.startswith("zh") else "en")
        chart = render_portfolio(result.tally, language)
        if self.canvas is not None:
            self.figure_area.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(chart.figure)  # type: ignore[no-untyped-call]
        self.figure_area.addWidget(self.canvas)
        self.tally = result.tally
        text = tr("{count} roadmaps").format(count=result.tally.roadmaps)
        if result.skipped:
            text += " · " + tr("skipped: {files}").format(files="; ".join(result.skipped))
        self.summary.setText(text)
