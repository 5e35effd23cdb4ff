"""The main window's menus, tool bar and shortcuts: File, Edit, Add, View, Workshop, Help and
the timeline's tool bar, each item a window action (`make_action`) that is enabled only while
a roadmap is shown unless it says otherwise. A part of `MainWindow` (a mixin, so the window's
own module stays readable): what it uses of the window is declared below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QToolBar

from roadmap.ui.authoring_actions import AuthoringActions
from roadmap.ui.backup_actions import restore_backup_dialog
from roadmap.ui.breakout import BreakoutActions
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.analysis.panels import AnalysisPanels
    from roadmap.ui.authoring import Authoring
    from roadmap.ui.background import BackgroundWork
    from roadmap.ui.document_actions import DocumentActions
    from roadmap.ui.document_view import DocumentView
    from roadmap.ui.export_actions import ExportActions
    from roadmap.ui.import_actions import ImportActions
    from roadmap.ui.presenter import Presenter
    from roadmap.ui.repository_actions import RepositoryActions
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.canvas import TimelineCanvas
    from roadmap.ui.window_view import WindowChrome

    _Window = QMainWindow
else:
    _Window = object


class WindowMenus(_Window):
    """The menus of `MainWindow`, built once by `_make_menus`."""

    settings: Settings
    session: RoadmapSession | None
    canvas: TimelineCanvas | None
    analysis: AnalysisPanels | None
    docs: DocumentActions
    imports: ImportActions
    exports: ExportActions
    repo: RepositoryActions
    work: BackgroundWork
    presenter: Presenter
    undo_group: QUndoGroup
    tabs: QTabWidget
    navigator_dock: QDockWidget
    inspector_dock: QDockWidget
    history_dock: QDockWidget
    analysis_dock: QDockWidget
    timer_dock: QDockWidget
    parking_dock: QDockWidget
    # Made here.
    breakout: BreakoutActions
    authoring_actions: AuthoringActions
    authoring: Authoring
    toolbar: QToolBar
    present_action: QAction
    color_action: QAction
    link_action: QAction
    critical_action: QAction
    recent_menu: QMenu
    chart_menu: QMenu

    def rename_selected(self) -> None: ...
    def close_document(self) -> None: ...

    # -- menus and shortcuts ---------------------------------------------------------------

    def make_action(
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

    def _make_menus(self, view: DocumentView, chrome: WindowChrome) -> None:
        """`view` and `chrome` are this window as the actions built here see it."""
        self._document_actions: list[QAction] = []
        d = self.docs
        bar = self.menuBar()
        std = QKeySequence.StandardKey
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.make_action(tr("&New…"), d.new_roadmap, std.New, document=False))
        file_menu.addAction(self.make_action(tr("&Open…"), d.open_dialog, std.Open, document=False))
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.make_action(tr("Save &As…"), d.save_as_dialog, std.SaveAs))
        file_menu.addAction(
            self.make_action(
                tr("Restore a &backup…"), lambda: restore_backup_dialog(view, self.docs.open_path)
            )
        )
        file_menu.addSeparator()
        r = self.repo
        file_menu.addAction(
            self.make_action(tr("Open from &repository…"), r.open_from_repository, document=False)
        )
        file_menu.addAction(self.make_action(tr("&Publish"), r.publish, "Ctrl+Shift+U"))
        file_menu.addAction(self.make_action(tr("P&ull"), r.pull, "Ctrl+Shift+L"))
        file_menu.addAction(
            self.make_action(
                tr("&Delete from repository…"), r.delete_from_repository, document=False
            )
        )
        file_menu.addAction(self.make_action(tr("Por&tfolio…"), r.portfolio, document=False))
        file_menu.addSeparator()
        file_menu.addAction(self.make_action(tr("&Import…"), self.imports.import_dialog, "Ctrl+I"))
        self.import_sheet_action = self.make_action(
            tr("Import &spreadsheet…"), self.imports.import_spreadsheet_dialog, "Ctrl+Shift+I"
        )
        file_menu.addAction(self.import_sheet_action)
        file_menu.addAction(self.make_action(tr("&Export…"), self.exports.export_dialog, "Ctrl+E"))
        self.breakout = BreakoutActions(view)
        self.copies_action = self.make_action(
            tr("Copies for &breakout groups…"), self.breakout.copies_dialog
        )
        self.merge_action = self.make_action(tr("&Merge copies…"), self.breakout.merge_dialog)
        file_menu.addAction(self.copies_action)
        file_menu.addAction(self.merge_action)
        self.baselines_action = self.make_action(tr("&Baselines…"), self._baselines, "Ctrl+Shift+B")
        file_menu.addAction(self.baselines_action)
        self.compare_action = self.make_action(
            tr("Compare &with…"), lambda: self._compare_with(view)
        )
        file_menu.addAction(self.compare_action)
        self.chart_menu = file_menu.addMenu(tr("Export c&hart"))
        self.chart_menu.aboutToShow.connect(self._fill_chart_menu)
        self._document_actions.append(self.chart_menu.menuAction())
        file_menu.addAction(
            self.make_action(tr("Export PDF of the &view…"), self.exports.export_view_pdf_dialog)
        )
        file_menu.addAction(self.make_action(tr("&Print…"), self.exports.print_dialog, std.Print))
        file_menu.addSeparator()
        file_menu.addAction(self.make_action(tr("&Close"), self.close_document, std.Close))
        file_menu.addAction(self.make_action(tr("&Quit"), self.close, "Ctrl+Q", document=False))

        edit_menu = bar.addMenu(tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, tr("Undo"))
        undo.setShortcuts(std.Undo)
        redo = self.undo_group.createRedoAction(self, tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.make_action(tr("&Rename"), self.rename_selected, "F2"))
        edit_menu.addAction(self.make_action(tr("&Delete"), d.delete_selected, std.Delete))
        edit_menu.addSeparator()
        edit_menu.addAction(
            self.make_action(tr("&Preferences…"), d.preferences, std.Preferences, document=False)
        )

        add_menu = bar.addMenu(tr("&Add"))
        add_menu.addAction(self.make_action(tr("&Step"), d.add_step, "Ctrl+Shift+N"))
        add_menu.addAction(self.make_action(tr("&Milestone"), d.add_milestone, "Ctrl+Shift+M"))
        add_menu.addAction(
            self.make_action(tr("&Decision gate"), d.add_decision_gate, "Ctrl+Shift+G")
        )
        add_menu.addAction(self.make_action(tr("&Pathway"), d.add_pathway, "Ctrl+Shift+P"))
        add_menu.addAction(self.make_action(tr("Pro&blem"), d.add_problem))
        add_menu.addAction(self.make_action(tr("Pro&duct"), d.add_product))
        add_menu.addAction(self.make_action(tr("&Organization"), d.add_organization))
        add_menu.addAction(self.make_action(tr("P&erson"), d.add_person))
        add_menu.addAction(self.make_action(tr("Pa&tent"), d.add_patent))
        self.authoring_actions = AuthoringActions(chrome, edit_menu, add_menu)
        self.authoring = self.authoring_actions.authoring

        view_menu = bar.addMenu(tr("&View"))
        self.present_action = self.make_action(
            tr("&Present"), lambda: self.presenter.toggle(), "F11"
        )
        view_menu.addAction(self.present_action)
        self.addAction(self.present_action)  # F11 still leaves when the menu bar is hidden
        view_menu.addSeparator()
        view_menu.addAction(
            self.make_action(tr("&Timeline"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        view_menu.addAction(
            self.make_action(tr("&Steps table"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        view_menu.addAction(
            self.make_action(tr("Pathway &map"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3")
        )
        view_menu.addAction(
            self.make_action(
                tr("Tech&nology transfer"), lambda: self.tabs.setCurrentIndex(3), "Ctrl+4"
            )
        )
        view_menu.addSeparator()
        zoom_actions = [
            self.make_action(
                tr("Zoom &in"),
                lambda: self._on_canvas("zoom_in"),
                # Bare + and - zoom only on the timeline (TimelineView.keyPressEvent): as
                # window shortcuts they fired while typing in a field that lost the keyboard.
                [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
            ),
            self.make_action(
                tr("Zoom &out"),
                lambda: self._on_canvas("zoom_out"),
                [QKeySequence("Ctrl+-")],
            ),
            self.make_action(tr("&Fit to window"), lambda: self._on_canvas("fit"), "Ctrl+0"),
            self.make_action(tr("Go to to&day"), lambda: self._on_canvas("show_today"), "Ctrl+T"),
        ]
        view_menu.addActions(zoom_actions)
        self.color_action = self.make_action(
            tr("&Color by pathway"), self._toggle_color, "Ctrl+Shift+C", checkable=True
        )
        self.color_action.setChecked(self.settings.color_mode == "pathway")
        view_menu.addAction(self.color_action)
        self.link_action = self.make_action(
            tr("&Link steps by dragging"), self._toggle_link, "Ctrl+L", checkable=True
        )
        view_menu.addAction(self.link_action)
        self.critical_action = self.make_action(
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
        workshop_menu.addAction(self.make_action(tr("&Dot vote…"), d.dot_vote, "Ctrl+Alt+V"))
        workshop_menu.addAction(timer)
        parking = self.parking_dock.toggleViewAction()
        parking.setShortcut("Ctrl+Alt+P")
        workshop_menu.addAction(parking)
        self._document_actions.append(parking)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(
            self.make_action(tr("&About Frontier Roadmap"), d.about, document=False)
        )
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
            self.baselines_dialog = show_baselines(self, self.session, self.work)

    def _compare_with(self, view: DocumentView) -> None:
        from roadmap.ui.scenario_dialog import compare_with_dialog

        self.scenario_dialog = compare_with_dialog(view)

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

    def _fill_chart_menu(self) -> None:
        from roadmap.charts.registry import chart_titles
        from roadmap.domain.enums import Language

        self.chart_menu.clear()
        language = Language.ZH if self.settings.language == "zh" else Language.EN
        for name, title in chart_titles(language):
            action = self.chart_menu.addAction(title + "…")
            action.triggered.connect(
                lambda _checked=False, n=name: self.exports.export_chart_dialog(n, None)
            )

    def _toggle_link(self, on: bool) -> None:
        if self.canvas is not None:
            self.canvas.set_link_mode(on)
