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

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.errors import RoadmapError
from roadmap.ui.authoring_actions import AuthoringActions
from roadmap.ui.background import BackgroundWork
from roadmap.ui.backup_actions import restore_backup_dialog
from roadmap.ui.breakout import BreakoutActions
from roadmap.ui.document_actions import DocumentActions
from roadmap.ui.failures import report_unexpected, show_expected
from roadmap.ui.labels import tr
from roadmap.ui.loading import release_frozen
from roadmap.ui.presenter import Presenter
from roadmap.ui.settings import Settings
from roadmap.ui.welcome import WelcomePage
from roadmap.ui.workshop_timer import TimerPanel

if TYPE_CHECKING:  # the document's views load the services; the welcome page starts without
    from roadmap.ui.analysis.panels import AnalysisPanels
    from roadmap.ui.inspector import Inspector
    from roadmap.ui.navigator import Navigator
    from roadmap.ui.pathway_map import PathwayMap
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.step_table import StepTable
    from roadmap.ui.timeline.canvas import TimelineCanvas
    from roadmap.ui.transfer.transfer_page import TransferPage


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, opener: Callable[[Path], object]) -> None:
        super().__init__()
        self.settings = settings
        self.session: RoadmapSession | None = None
        self.canvas: TimelineCanvas | None = None
        self._table: StepTable | None = None
        self.navigator: Navigator | None = None
        self.inspector: Inspector | None = None
        self._pathway_map: PathwayMap | None = None
        self._transfer: TransferPage | None = None
        self.analysis: AnalysisPanels | None = None
        self._pages: list[QWidget] = []
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
        self.navigator_dock = self._dock(
            tr("Navigator"), "navigator", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.inspector_dock = self._dock(
            tr("Inspector"), "inspector", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history_dock = self._dock(
            tr("Undo history"), "history", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.analysis_dock = self._dock(
            tr("Analysis"), "analysis", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.history_dock.setWidget(QUndoView(self.undo_group, self.history_dock))
        self.analysis_dock.setWidget(QWidget(self.analysis_dock))
        self.analysis_dock.visibilityChanged.connect(self._on_analysis_visible)
        self.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.analysis_dock.hide()
        self.timer_dock = self._dock(
            tr("Workshop timer"), "timer", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.timer_dock.setWidget(TimerPanel(self.timer_dock))
        self.timer_dock.hide()  # not part of a roadmap: shown when a session is time-boxed
        self.parking_dock = self._dock(
            tr("Parking lot"), "parking", Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.parking_dock.hide()
        # Long work (export, import, publish, …) in a worker thread behind a progress dialog.
        self.work = BackgroundWork(self, self._on_task_failed)
        self.docs = DocumentActions(self, opener, self.work, self)
        from roadmap.ui.repository_actions import RepositoryActions

        self.repo = RepositoryActions(self)
        self._make_menus()
        self.presenter = Presenter(self)
        self.welcome.new_requested.connect(self.docs.new_roadmap)
        self.welcome.open_requested.connect(self.docs.open_dialog)
        self.welcome.sample_requested.connect(self.docs.open_sample)
        self.welcome.recent_requested.connect(lambda path: self.docs.open_path(Path(path)))
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        # Why an open roadmap cannot be changed here (who holds it, what to do), while it is.
        self.readonly_label = QLabel(self)
        self.readonly_label.setObjectName("readonly")
        self.readonly_label.setStyleSheet("QLabel { background: #fff4c2; padding: 1px 6px; }")
        self.readonly_label.hide()
        self.statusBar().addPermanentWidget(self.readonly_label)
        self.setWindowTitle(tr("Frontier Roadmap"))
        # A first start fits the screen: on 1366×768 a 1400 px window hid the inspector's
        # fields past the screen's edge.
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width()), min(880, screen.height()))
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        # Shown again with the next roadmap if the user left it open.
        self._analysis_wanted = not self.analysis_dock.isHidden()
        self.show_welcome()

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(area, dock)
        return dock

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Frontier Roadmap"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _on_task_failed(self, error: BaseException) -> None:
        if isinstance(error, RoadmapError):
            self.show_message(error)
        else:
            self.show_unexpected(error, error.__traceback__)

    # -- the DocumentView the actions see (roadmap/ui/document_view.py) ---------------------

    def dialog_parent(self) -> QWidget:
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
        steps_shown = bool(self._pages) and self.tabs.currentWidget() is self._pages[0]
        table = self._table if steps_shown else None
        if table is not None and table.view.hasFocus() and table.view.currentIndex().isValid():
            table.view.edit(table.view.currentIndex())
            return
        navigator = self.navigator
        if navigator is not None:
            self.navigator_dock.show()
            navigator.tree.setFocus()
            navigator.tree.edit(navigator.tree.currentIndex())

    # -- menus and shortcuts ---------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
        document: bool = True,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        if checkable:
            action.triggered.connect(slot)
        else:
            # triggered(bool) would hand its `checked` to the slot's first parameter (it once
            # landed in add_step's `kind`): plain actions call their slot with nothing.
            action.triggered.connect(lambda _checked=False: slot())
        if document:
            self._document_actions.append(action)
        return action

    def _make_menus(self) -> None:
        self._document_actions: list[QAction] = []
        d = self.docs
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self._action(tr("&New…"), d.new_roadmap, std.New, document=False))
        file_menu.addAction(self._action(tr("&Open…"), d.open_dialog, std.Open, document=False))
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self._action(tr("Save &As…"), d.save_as_dialog, std.SaveAs))
        file_menu.addAction(
            self._action(
                tr("Restore a &backup…"), lambda: restore_backup_dialog(self, self.docs.open_path)
            )
        )
        file_menu.addSeparator()
        r = self.repo
        file_menu.addAction(
            self._action(tr("Open from &repository…"), r.open_from_repository, document=False)
        )
        file_menu.addAction(self._action(tr("&Publish"), r.publish, "Ctrl+Shift+U"))
        file_menu.addAction(self._action(tr("P&ull"), r.pull, "Ctrl+Shift+L"))
        file_menu.addAction(
            self._action(tr("&Delete from repository…"), r.delete_from_repository, document=False)
        )
        file_menu.addAction(self._action(tr("Por&tfolio…"), r.portfolio, document=False))
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Import…"), d.import_dialog, "Ctrl+I"))
        self.import_sheet_action = self._action(
            tr("Import &spreadsheet…"), d.import_spreadsheet_dialog, "Ctrl+Shift+I"
        )
        file_menu.addAction(self.import_sheet_action)
        file_menu.addAction(self._action(tr("&Export…"), d.export_dialog, "Ctrl+E"))
        self.breakout = BreakoutActions(self)
        self.copies_action = self._action(
            tr("Copies for &breakout groups…"), self.breakout.copies_dialog
        )
        self.merge_action = self._action(tr("&Merge copies…"), self.breakout.merge_dialog)
        file_menu.addAction(self.copies_action)
        file_menu.addAction(self.merge_action)
        self.baselines_action = self._action(tr("&Baselines…"), self._baselines, "Ctrl+Shift+B")
        file_menu.addAction(self.baselines_action)
        self.compare_action = self._action(tr("Compare &with…"), self._compare_with)
        file_menu.addAction(self.compare_action)
        self.chart_menu = file_menu.addMenu(tr("Export c&hart"))
        self.chart_menu.aboutToShow.connect(self._fill_chart_menu)
        self._document_actions.append(self.chart_menu.menuAction())
        file_menu.addAction(self._action(tr("Export PDF of the &view…"), d.export_view_pdf_dialog))
        file_menu.addAction(self._action(tr("&Print…"), d.print_dialog, std.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Close"), self.close_document, std.Close))
        file_menu.addAction(self._action(tr("&Quit"), self.close, "Ctrl+Q", document=False))

        edit_menu = bar.addMenu(tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, tr("Undo"))
        undo.setShortcuts(std.Undo)
        redo = self.undo_group.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(tr("&Rename"), self.rename_selected, "F2"))
        edit_menu.addAction(self._action(tr("&Delete"), d.delete_selected, std.Delete))
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(tr("&Preferences…"), d.preferences, std.Preferences, document=False)
        )

        add_menu = bar.addMenu(tr("&Add"))
        add_menu.addAction(self._action(tr("&Step"), d.add_step, "Ctrl+Shift+N"))
        add_menu.addAction(self._action(tr("&Milestone"), d.add_milestone, "Ctrl+Shift+M"))
        add_menu.addAction(self._action(tr("&Decision gate"), d.add_decision_gate, "Ctrl+Shift+G"))
        add_menu.addAction(self._action(tr("&Pathway"), d.add_pathway, "Ctrl+Shift+P"))
        add_menu.addAction(self._action(tr("Pro&blem"), d.add_problem))
        add_menu.addAction(self._action(tr("Pro&duct"), d.add_product))
        add_menu.addAction(self._action(tr("&Organization"), d.add_organization))
        add_menu.addAction(self._action(tr("P&erson"), d.add_person))
        add_menu.addAction(self._action(tr("Pa&tent"), d.add_patent))
        self.authoring_actions = AuthoringActions(self, edit_menu, add_menu)
        self.authoring = self.authoring_actions.authoring

        view_menu = bar.addMenu(tr("&View"))
        self.present_action = self._action(tr("&Present"), lambda: self.presenter.toggle(), "F11")
        view_menu.addAction(self.present_action)
        self.addAction(self.present_action)  # F11 still leaves when the menu bar is hidden
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(tr("&Timeline"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        view_menu.addAction(
            self._action(tr("&Steps table"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        view_menu.addAction(
            self._action(tr("Pathway &map"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3")
        )
        view_menu.addAction(
            self._action(tr("Tech&nology transfer"), lambda: self.tabs.setCurrentIndex(3), "Ctrl+4")
        )
        view_menu.addSeparator()
        zoom_actions = [
            self._action(
                tr("Zoom &in"),
                lambda: self._on_canvas("zoom_in"),
                # Bare + and - zoom only on the timeline (TimelineView.keyPressEvent): as
                # window shortcuts they fired while typing in a field that lost the keyboard.
                [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
            ),
            self._action(
                tr("Zoom &out"),
                lambda: self._on_canvas("zoom_out"),
                [QKeySequence("Ctrl+-")],
            ),
            self._action(tr("&Fit to window"), lambda: self._on_canvas("fit"), "Ctrl+0"),
            self._action(tr("Go to to&day"), lambda: self._on_canvas("show_today"), "Ctrl+T"),
        ]
        view_menu.addActions(zoom_actions)
        self.color_action = self._action(
            tr("&Color by pathway"), self._toggle_color, "Ctrl+Shift+C", checkable=True
        )
        self.color_action.setChecked(self.settings.color_mode == "pathway")
        view_menu.addAction(self.color_action)
        self.link_action = self._action(
            tr("&Link steps by dragging"), self._toggle_link, "Ctrl+L", checkable=True
        )
        view_menu.addAction(self.link_action)
        self.critical_action = self._action(
            tr("C&ritical path and slack"), self._toggle_critical, "Ctrl+Shift+K", checkable=True
        )
        self.critical_action.setToolTip(
            tr("Highlight the critical path and show each step's slack (Ctrl+Shift+K)")
        )
        view_menu.addAction(self.critical_action)
        self.authoring_actions.add_view_actions(view_menu)
        view_menu.addSeparator()
        for dock in (
            self.navigator_dock,
            self.inspector_dock,
            self.history_dock,
            self.analysis_dock,
        ):
            view_menu.addAction(dock.toggleViewAction())
        timer = self.timer_dock.toggleViewAction()
        timer.setShortcut("Ctrl+Alt+T")
        workshop_menu = bar.addMenu(tr("&Workshop"))
        workshop_menu.addAction(self._action(tr("&Dot vote…"), d.dot_vote, "Ctrl+Alt+V"))
        workshop_menu.addAction(timer)
        parking = self.parking_dock.toggleViewAction()
        parking.setShortcut("Ctrl+Alt+P")
        workshop_menu.addAction(parking)
        self._document_actions.append(parking)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About Frontier Roadmap"), d.about, document=False))
        toolbar = self.addToolBar(tr("Timeline"))
        toolbar.setObjectName("timeline_toolbar")
        toolbar.addAction(self.authoring_actions.capture)
        toolbar.addActions(zoom_actions)
        toolbar.addAction(self.color_action)
        toolbar.addAction(self.link_action)
        toolbar.addAction(self.critical_action)
        analysis = self.analysis_dock.toggleViewAction()
        analysis.setShortcut("Ctrl+Shift+Y")
        toolbar.addAction(analysis)
        self.toolbar = toolbar
        self.authoring_actions.add_bars()

    def _baselines(self) -> None:
        from roadmap.ui.baselines_dialog import show_baselines

        if self.session is not None:
            self.baselines_dialog = show_baselines(self, self.session)

    def _compare_with(self) -> None:
        from roadmap.ui.scenario_dialog import compare_with_dialog

        self.scenario_dialog = compare_with_dialog(self)

    def _on_canvas(self, method: str) -> None:
        if self.canvas is not None:
            getattr(self.canvas, method)()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.docs.open_path(Path(p)))
        if not self.settings.recent_files:
            empty = self.recent_menu.addAction(tr("No recent roadmaps"))
            empty.setEnabled(False)

    def _toggle_color(self, on: bool) -> None:
        self.settings.color_mode = "pathway" if on else "lane"
        if self.canvas is not None:
            self.canvas.set_color_mode(self.settings.color_mode)

    def _toggle_critical(self, on: bool) -> None:
        if self.canvas is not None:
            self.canvas.set_show_schedule(on)
        if self.analysis is not None:
            self.analysis.set_critical_shown(on)

    def _on_analysis_visible(self, visible: bool) -> None:
        if self.analysis is not None:
            self.analysis.set_in_view(visible)

    def _fill_chart_menu(self) -> None:
        from roadmap.charts.registry import chart_titles
        from roadmap.domain.enums import Language

        self.chart_menu.clear()
        language = Language.ZH if self.settings.language == "zh" else Language.EN
        for name, title in chart_titles(language):
            action = self.chart_menu.addAction(title + "…")
            action.triggered.connect(
                lambda _checked=False, n=name: self.docs.export_chart_dialog(n, None)
            )

    def _toggle_link(self, on: bool) -> None:
        if self.canvas is not None:
            self.canvas.set_link_mode(on)

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
        self.canvas = TimelineCanvas(session)
        self.canvas.set_color_mode(self.settings.color_mode)
        self.canvas.set_time_unit(self.settings.time_unit)
        self.canvas.edit_requested.connect(self._edit_step)
        self.canvas.notice.connect(self._on_refused)  # shown in the status bar the same way
        self.canvas.view.menu_requested.connect(self._timeline_menu)
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
        self._pages = [QWidget(), QWidget(), QWidget()]
        for page in self._pages:
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.canvas, tr("Timeline"))
        self.tabs.addTab(self._pages[0], tr("Steps"))
        self.tabs.addTab(self._pages[1], tr("Pathway map"))
        self.tabs.addTab(self._pages[2], tr("Technology transfer"))
        self.navigator = Navigator(session)
        self.navigator.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigator.tree.customContextMenuRequested.connect(self._navigator_menu)
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
            self._say_why_readonly(session)
        self.canvas.fit()
        self._update_status()
        self.repo.document_opened()

    def _show_analysis(self, session: RoadmapSession) -> None:
        from roadmap.ui.analysis.panels import AnalysisPanels

        assert self.canvas is not None
        self.analysis = AnalysisPanels(
            session, self.settings.language, self.docs.export_chart_dialog, self.analysis_dock
        )
        self.analysis.schedule_ready.connect(self.canvas.set_schedule)
        self.analysis_dock.setWidget(self.analysis)
        if self._analysis_wanted:
            self.analysis_dock.show()
        critical = self.critical_action.isChecked()
        self.canvas.set_show_schedule(critical)
        self.analysis.set_critical_shown(critical)
        self.analysis.set_in_view(self.analysis_dock.isVisible())

    @property
    def table(self) -> StepTable | None:
        """The steps table, built the first time anyone needs it."""
        if self._table is None and self.session is not None and self._pages:
            from roadmap.ui.step_table import StepTable

            self._table = StepTable(self.session)
            layout = self._pages[0].layout()
            assert layout is not None
            layout.addWidget(self._table)
        return self._table

    @property
    def pathway_map(self) -> PathwayMap | None:
        if self._pathway_map is None and self.session is not None and self._pages:
            from roadmap.ui.pathway_map import PathwayMap

            self._pathway_map = PathwayMap(self.session)
            layout = self._pages[1].layout()
            assert layout is not None
            layout.addWidget(self._pathway_map)
        return self._pathway_map

    @property
    def transfer(self) -> TransferPage | None:
        """Patents, organizations, people and the transfer figures, built when first shown."""
        if self._transfer is None and self.session is not None and len(self._pages) > 2:
            from roadmap.ui.transfer.transfer_page import TransferPage

            self._transfer = TransferPage(self.session, self.settings.language)
            layout = self._pages[2].layout()
            assert layout is not None
            layout.addWidget(self._transfer)
        return self._transfer

    def _on_tab(self, index: int) -> None:
        if index == 1:
            _ = self.table
        elif index == 2:
            _ = self.pathway_map
        elif index == 3:
            _ = self.transfer

    def _timeline_menu(self, scene_point: QPointF, screen_point: QPoint) -> None:
        from roadmap.ui.context_menus import menu_at_timeline

        menu = menu_at_timeline(self, scene_point)
        if menu is not None:
            self.show_menu(menu, screen_point)
            menu.deleteLater()

    def _navigator_menu(self, point: QPoint) -> None:
        from roadmap.ui.context_menus import menu_at_navigator

        navigator = self.navigator
        if navigator is None:
            return
        index = navigator.tree.indexAt(point)
        if not index.isValid():
            return
        navigator.tree.setCurrentIndex(index)  # selects it everywhere, as a left click does
        node = navigator.model.node(navigator.proxy.mapToSource(index))
        menu = menu_at_navigator(self, node.kind, node.entity_id)
        self.show_menu(menu, navigator.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

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

    def _say_why_readonly(self, session: RoadmapSession) -> None:
        holder = session.held_by()
        if holder is not None:
            since = holder.since.replace("T", " ")
            short = tr("Read-only: open on {host} by {user} since {since}").format(
                host=holder.host, user=holder.user, since=since
            )
            advice = tr(
                "{user} has this roadmap open on {host} (since {since}), so it opened read-only "
                "here. Close it there and open it again here to edit it, or save a copy "
                "(File › Save As…) to work on your own."
            ).format(host=holder.host, user=holder.user, since=since)
        else:
            short = tr("Read-only: this file cannot be written here")
            advice = tr(
                "This roadmap cannot be written here (a read-only file or folder). Save a copy "
                "(File › Save As…) somewhere you can write to edit it."
            )
        self.readonly_label.setText(short)
        self.readonly_label.setToolTip(advice)
        self.readonly_label.show()
        self.statusBar().showMessage(advice, 30000)

    def _on_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 12000)

    def _update_status(self) -> None:
        if self.session is None:
            return
        s = self.session
        self.status_label.setText(
            tr("{steps} steps · {dependencies} dependencies · {pathways} pathways").format(
                steps=len(s.steps), dependencies=len(s.dependencies), pathways=len(s.pathways)
            )
        )

    def close_document(self) -> None:
        session = self.session
        if session is None:
            return
        self.presenter.leave()
        self.session = None
        self.status_label.clear()  # a closed roadmap's counts are not the next one's
        self.readonly_label.hide()
        self._analysis_wanted = self.analysis_dock.isVisible()
        if self.analysis is not None:
            self.analysis.shutdown()
            self.analysis.deleteLater()
            self.analysis = None
            self.analysis_dock.setWidget(QWidget())
            self.analysis_dock.hide()
        self.undo_group.removeStack(session.undo_stack)
        for widget in (self.canvas, self._table, self._pathway_map, self.navigator, self.inspector):
            if widget is not None:
                widget.deleteLater()
        if self._transfer is not None:
            self._transfer.shutdown()
            self._transfer.deleteLater()
            self._transfer = None
        self.tabs.clear()
        self.navigator_dock.setWidget(QWidget())
        self.inspector_dock.setWidget(QWidget())
        lot = self.parking_dock.widget()
        if lot is not None:
            lot.deleteLater()
        self.parking_dock.setWidget(QWidget())
        self.canvas = self._table = self._pathway_map = None
        self._pages = []
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
