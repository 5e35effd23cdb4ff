"""The main window: the welcome page, or an open roadmap with its timeline, step table and
pathway map in the middle, the navigator on the left, the inspector and undo history on the
right. Menus, shortcuts and the status bar live here; the file work is in `document_actions`,
which sees this window only as a `DocumentView` (roadmap/ui/document_view.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from roadmap.domain.errors import RoadmapError
from roadmap.ui.background import BackgroundWork
from roadmap.ui.document_actions import DocumentActions
from roadmap.ui.export_actions import ExportActions
from roadmap.ui.failures import report_unexpected, show_expected
from roadmap.ui.import_actions import ImportActions
from roadmap.ui.labels import tr
from roadmap.ui.lazy_pages import LazyPages
from roadmap.ui.loading import release_frozen
from roadmap.ui.presenter import Presenter
from roadmap.ui.settings import Settings
from roadmap.ui.status_notes import StatusNotes
from roadmap.ui.welcome import WelcomePage
from roadmap.ui.window_docks import add_docks
from roadmap.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # the document's views load the services; the welcome page starts without
    from roadmap.ui.analysis.panels import AnalysisPanels
    from roadmap.ui.inspector import Inspector
    from roadmap.ui.navigator import Navigator
    from roadmap.ui.pathway_map import PathwayMap
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.step_table import StepTable
    from roadmap.ui.timeline.canvas import TimelineCanvas
    from roadmap.ui.transfer.transfer_page import TransferPage


class MainWindow(WindowMenus, QMainWindow):
    def __init__(self, settings: Settings, opener: Callable[[Path], object]) -> None:
        super().__init__()
        self.settings = settings
        self.session: RoadmapSession | None = None
        self.canvas: TimelineCanvas | None = None
        self.navigator: Navigator | None = None
        self.inspector: Inspector | None = None
        self.analysis: AnalysisPanels | None = None
        self.pages: LazyPages | None = None  # the tabs besides the timeline
        # Tests replace these two to see messages and answer questions without dialogs.
        self.show_message: Callable[[BaseException], None] = lambda error: show_expected(
            self, error
        )
        self.confirm: Callable[[str], bool] = self._ask
        # Right-click menus (tests pick from them without the menu's own event loop).
        self.show_menu: Callable[[QMenu, QPoint], object] = lambda menu, point: menu.exec(point)
        # A bug (any exception but an expected RoadmapError): logged and shown with details.
        self.show_unexpected: Callable[[BaseException, TracebackType | None], object] = partial(
            report_unexpected, self
        )
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        # The navigator and inspector run the full height; analysis sits under the timeline.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        docks = add_docks(self, self.undo_group)
        self.navigator_dock, self.inspector_dock = docks.navigator, docks.inspector
        self.history_dock, self.analysis_dock = docks.history, docks.analysis
        self.timer_dock, self.parking_dock = docks.timer, docks.parking
        self.analysis_dock.visibilityChanged.connect(self._on_analysis_visible)
        # Long work (export, import, publish, …) in a worker thread behind a progress dialog.
        self.work = BackgroundWork(self, self.task_failed)
        self.docs = DocumentActions(self, opener, self.work, self)
        self.imports = ImportActions(self, self.work, self)
        self.exports = ExportActions(self, self.work, self)
        from roadmap.ui.repository_actions import RepositoryActions

        self.repo = RepositoryActions(self)
        self._make_menus(view=self, chrome=self)
        self.presenter = Presenter(self)
        self.welcome.new_requested.connect(self.docs.new_roadmap)
        self.welcome.open_requested.connect(self.docs.open_dialog)
        self.welcome.sample_requested.connect(self.docs.open_sample)
        self.welcome.recent_requested.connect(lambda path: self.docs.open_path(Path(path)))
        self.notes = StatusNotes(self)
        self.setWindowTitle(tr("Frontier Roadmap"))
        # A first start fills most of the screen, centred on it: a fixed 1400×880 hid the
        # inspector's fields past the edge of a 1366×768 screen and left a third of a
        # 1920×1080 one unused (and without a window manager sat in its corner).
        screen = self.screen().availableGeometry()
        self.resize(int(screen.width() * 0.92), int(screen.height() * 0.92))
        self.move(screen.center() - self.rect().center())
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        # Shown again with the next roadmap if the user left it open.
        self._analysis_wanted = not self.analysis_dock.isHidden()
        self.show_welcome()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Frontier Roadmap"), question)
        return answer == QMessageBox.StandardButton.Yes

    def task_failed(self, error: BaseException) -> None:
        if isinstance(error, RoadmapError):
            self.show_message(error)
        else:
            self.show_unexpected(error, error.__traceback__)

    # -- the DocumentView the actions see (roadmap/ui/document_view.py) ---------------------
    # -- and the WindowView / WindowChrome of the parts it builds (roadmap/ui/window_view.py)

    def dialog_parent(self) -> QWidget:
        return self

    def qt_window(self) -> QMainWindow:
        return self

    def show_status(self, text: str, timeout_ms: int = 10000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def recent_files_changed(self) -> None:
        self.welcome.set_recent(self.settings.recent_files)

    def settings_changed(self) -> None:
        if self.canvas is not None:
            self.canvas.set_color_mode(self.settings.color_mode)
            self.canvas.set_time_unit(self.settings.time_unit)
        self.color_action.setChecked(self.settings.color_mode == "pathway")
        from PySide6.QtWidgets import QApplication

        from roadmap.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme)

    def show_inspector(self) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def selected_step_ids(self) -> list[str]:
        return self.canvas.selected_step_ids() if self.canvas is not None else []

    def new_step_target(self) -> tuple[str | None, str | None]:
        return self.authoring.target()

    def timeline(self) -> TimelineCanvas | None:
        return self.canvas

    def rename_selected(self) -> None:
        """F2: edit the current cell when the steps table has the keyboard (as F2 does in any
        table), else rename the selected thing in the navigator."""
        pages = self.pages
        steps_shown = pages is not None and self.tabs.currentWidget() is pages.steps_page
        table = pages.table if pages is not None and steps_shown else None
        if table is not None and table.view.hasFocus() and table.view.currentIndex().isValid():
            table.view.edit(table.view.currentIndex())
            return
        navigator = self.navigator
        if navigator is not None:
            self.navigator_dock.show()
            navigator.tree.setFocus()
            navigator.tree.edit(navigator.tree.currentIndex())

    def _on_analysis_visible(self, visible: bool) -> None:
        if self.analysis is not None:
            self.analysis.set_in_view(visible)

    # -- showing a document ----------------------------------------------------------------

    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files)
        self.stack.setCurrentWidget(self.welcome)
        for dock in (self.navigator_dock, self.inspector_dock, self.history_dock):
            dock.hide()
        self.parking_dock.hide()
        if self.session is None:
            self.analysis_dock.hide()
        self.toolbar.hide()
        for action in self._document_actions:
            action.setEnabled(False)
        self.repo.update_status()
        self.setWindowTitle(tr("Frontier Roadmap"))

    def show_session(self, session: RoadmapSession) -> None:
        """Show an opened roadmap in every view (the window takes ownership of `session`)."""
        from roadmap.ui.context_menus import open_navigator_menu, open_timeline_menu
        from roadmap.ui.history_steps import HistoryInBackground
        from roadmap.ui.inspector import Inspector
        from roadmap.ui.navigator import Navigator
        from roadmap.ui.parking_lot import ParkingLot
        from roadmap.ui.timeline.baseline_layer import BaselineGhosts
        from roadmap.ui.timeline.canvas import TimelineCanvas
        from roadmap.ui.transfer.patent_marks import PatentMarks

        self.close_document()
        self.session = session
        session.setParent(self)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        HistoryInBackground(session, self.work, self.task_failed)
        self.canvas = TimelineCanvas(session)
        self.canvas.set_color_mode(self.settings.color_mode)
        self.canvas.set_time_unit(self.settings.time_unit)
        self.canvas.edit_requested.connect(self._edit_step)
        self.canvas.notice.connect(self._on_refused)  # shown in the status bar the same way
        self.canvas.view.menu_requested.connect(partial(open_timeline_menu, self))
        self.canvas.addActions(self.authoring_actions.canvas_actions())
        from roadmap.ui.empty_hint import EmptyHint

        self.empty_hint = EmptyHint(
            session,
            self.canvas.view.viewport(),
            [
                (tr("Add a problem"), self.docs.add_problem),
                (tr("Add a pathway"), self.docs.add_pathway),
                (tr("Add a step"), self.docs.add_step),
                (tr("Paste a list"), self.authoring.paste),
            ],
        )
        PatentMarks(self.canvas)  # patents as small markers on their steps
        BaselineGhosts(self.canvas)  # the chosen baseline's bars under the current ones
        # The table and the map are built when first shown: a big roadmap opens faster.
        self.pages = LazyPages(session, self.settings.language)
        self.pages.transfer_made = lambda page: page.currentChanged.connect(self._place_forms)
        self.tabs.addTab(self.canvas, tr("Timeline"))
        self.tabs.addTab(self.pages.steps_page, tr("Steps"))
        self.tabs.addTab(self.pages.map_page, tr("Pathway map"))
        self.tabs.addTab(self.pages.transfer_page, tr("Technology transfer"))
        self.navigator = Navigator(session)
        self.navigator.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigator.tree.customContextMenuRequested.connect(
            partial(open_navigator_menu, self, self.navigator)
        )
        self.inspector = Inspector(session)
        self.navigator_dock.setWidget(self.navigator)
        self.inspector_dock.setWidget(self.inspector)
        self.parking_dock.setWidget(ParkingLot(session))
        self._show_analysis(session)
        self.resizeDocks(
            [self.navigator_dock, self.inspector_dock], [260, 340], Qt.Orientation.Horizontal
        )
        for dock in (self.navigator_dock, self.inspector_dock, self.history_dock):
            dock.show()
        self.inspector_dock.raise_()
        self.toolbar.show()
        self.stack.setCurrentWidget(self.tabs)
        for action in self._document_actions:
            action.setEnabled(True)
        session.refused.connect(self._on_refused)
        session.history_failed.connect(lambda error: self.show_message(error))
        session.undo_stack.indexChanged.connect(self._update_status)
        self.authoring_actions.follow(session)
        session.undo_stack.indexChanged.connect(lambda _i: self.repo.update_status(edited=True))
        readonly = tr(" (read-only)") if session.readonly else ""
        self.setWindowTitle(
            tr("Frontier Roadmap — {file}").format(file=session.path.name) + readonly
        )
        if session.readonly:
            self.notes.say_why_readonly(session)
        self.canvas.fit()
        self._update_status()
        self.repo.document_opened()

    def _show_analysis(self, session: RoadmapSession) -> None:
        from roadmap.ui.analysis.panels import AnalysisPanels

        assert self.canvas is not None
        self.analysis = AnalysisPanels(
            session, self.settings.language, self.exports.export_chart_dialog, self.analysis_dock
        )
        self.analysis.schedule_ready.connect(self.canvas.set_schedule)
        self.analysis_dock.setWidget(self.analysis)
        if self._analysis_wanted:
            self.analysis_dock.show()
        critical = self.critical_action.isChecked()
        self.canvas.set_show_schedule(critical)
        self.analysis.set_critical_shown(critical)
        self.analysis.set_in_view(self.analysis_dock.isVisible())

    # The tabs besides the timeline, built the first time anyone needs them (tests too).

    @property
    def table(self) -> StepTable | None:
        return self.pages.step_table() if self.pages is not None else None

    @property
    def pathway_map(self) -> PathwayMap | None:
        return self.pages.map() if self.pages is not None else None

    @property
    def transfer(self) -> TransferPage | None:
        return self.pages.transfer_figures() if self.pages is not None else None

    def _on_tab(self, index: int) -> None:
        if self.pages is not None:
            self.pages.show(self.tabs.widget(index))
        self._place_forms()

    def _place_forms(self) -> None:
        """A patent, organization or person whose list the Technology transfer tab shows has
        its form there, beside the list: the inspector does not show it a second time."""
        pages, inspector = self.pages, self.inspector
        if pages is None or inspector is None:
            return
        shown = pages.transfer if self.tabs.currentWidget() is pages.transfer_page else None
        inspector.form_beside(shown.record_kind_shown() if shown is not None else None)

    def edit_in_inspector(self) -> None:
        """Show the inspector with the keyboard in the selected thing's name."""
        self._edit_step("")

    def _edit_step(self, step_id: str) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        if self.inspector is not None:
            editor = self.inspector.editors.get("name")
            if editor is not None:
                editor[0].setFocus()

    def _on_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 12000)

    def _update_status(self) -> None:
        if self.session is not None:
            self.notes.show_counts(self.session)

    def close_document(self) -> None:
        session = self.session
        if session is None:
            return
        self.presenter.leave()
        self.session = None
        self.notes.clear()
        self._analysis_wanted = self.analysis_dock.isVisible()
        if self.analysis is not None:
            self.analysis.shutdown()
            self.analysis.deleteLater()
            self.analysis = None
            self.analysis_dock.setWidget(QWidget())
            self.analysis_dock.hide()
        self.undo_group.removeStack(session.undo_stack)
        for widget in (self.canvas, self.navigator, self.inspector):
            if widget is not None:
                widget.deleteLater()
        if self.pages is not None:
            self.pages.close()
        self.tabs.clear()
        self.navigator_dock.setWidget(QWidget())
        self.inspector_dock.setWidget(QWidget())
        lot = self.parking_dock.widget()
        if lot is not None:
            lot.deleteLater()
        self.parking_dock.setWidget(QWidget())
        self.canvas = None
        self.pages = None
        self.navigator = self.inspector = None
        self.authoring_actions.closed()
        session.close()
        session.deleteLater()
        release_frozen()  # what it loaded can be collected again (see roadmap.ui.loading)
        self.show_welcome()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.work.wait_for_all()
        self.close_document()
        self.authoring.let_go_of_clipboard()
        event.accept()
