"""The Steps, Pathway map and Technology transfer tabs of the roadmap shown: empty pages until
one is first shown (or asked for), so a big roadmap opens faster.

Their modules are imported a while after the roadmap opened, one module per turn of the event
loop (`MODULES_AHEAD`): importing them when a tab was first clicked was most of what that
click cost (the Transfer tab's modules 60–140 ms on a busy machine, the Steps table's ~100 ms),
and one module at a time keeps each pause short.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from roadmap.ui.pathway_map import PathwayMap
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.step_table import StepTable
    from roadmap.ui.transfer.transfer_page import TransferPage


W = TypeVar("W", bound=QWidget)

# Leaves first, so each turn imports little besides its own module.
MODULES_AHEAD = (
    "roadmap.ui.keyed_rows",
    "roadmap.ui.step_table",
    "roadmap.ui.pathway_map",
    "roadmap.ui.transfer.fields",
    "roadmap.ui.transfer.record_editor",
    "roadmap.ui.transfer.status_dialog",
    "roadmap.ui.transfer.patent_editor",
    "roadmap.ui.transfer.record_table",
    "roadmap.ui.transfer.record_page",
    "roadmap.ui.transfer.transfer_page",
)
AHEAD_AFTER_MS = 1500  # after opening: the window has painted and filled itself in
AHEAD_EVERY_MS = 40


class LazyPages:
    def __init__(self, session: RoadmapSession, language: str) -> None:
        self.session = session
        self.language = language
        self.steps_page, self.map_page, self.transfer_page = QWidget(), QWidget(), QWidget()
        for page in self.widgets():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.table: StepTable | None = None
        self.pathway_map: PathwayMap | None = None
        self.transfer: TransferPage | None = None
        self._ahead = list(MODULES_AHEAD)
        self._ahead_timer = QTimer(self.steps_page)
        self._ahead_timer.timeout.connect(self._import_next)
        self._ahead_timer.start(AHEAD_AFTER_MS)

    def _import_next(self) -> None:
        if not self._ahead:
            self._ahead_timer.stop()
            return
        importlib.import_module(self._ahead.pop(0))
        self._ahead_timer.setInterval(AHEAD_EVERY_MS)

    def widgets(self) -> list[QWidget]:
        """The three pages, in the order of their tabs."""
        return [self.steps_page, self.map_page, self.transfer_page]

    def show(self, page: QWidget | None) -> None:
        """Fill `page` if it is one of these and still empty (its tab was chosen)."""
        if page is self.steps_page:
            self.step_table()
        elif page is self.map_page:
            self.map()
        elif page is self.transfer_page:
            self.transfer_figures()

    def step_table(self) -> StepTable:
        if self.table is None:
            from roadmap.ui.step_table import StepTable

            self.table = self._put(self.steps_page, StepTable(self.session))
        return self.table

    def map(self) -> PathwayMap:
        if self.pathway_map is None:
            from roadmap.ui.pathway_map import PathwayMap

            self.pathway_map = self._put(self.map_page, PathwayMap(self.session))
        return self.pathway_map

    def transfer_figures(self) -> TransferPage:
        """Patents, organizations, people and the transfer figures."""
        if self.transfer is None:
            from roadmap.ui.transfer.transfer_page import TransferPage

            self.transfer = self._put(self.transfer_page, TransferPage(self.session, self.language))
        return self.transfer

    def close(self) -> None:
        """The roadmap is closed: stop the transfer page's work and let the pages go."""
        self._ahead_timer.stop()
        if self.transfer is not None:
            self.transfer.shutdown()
        for widget in (self.table, self.pathway_map, self.transfer):
            if widget is not None:
                widget.deleteLater()
        self.table = self.pathway_map = self.transfer = None

    @staticmethod
    def _put(page: QWidget, widget: W) -> W:
        layout = page.layout()
        assert layout is not None
        layout.addWidget(widget)
        return widget
