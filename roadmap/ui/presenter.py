"""The presenter view (View › Present, F11): the timeline for a projector. Full screen, docks,
menus and tool bars hidden, larger type, a banner with the problem statement, and read-only:
a click cannot move anything. ←/→ walk through the problems and their pathways (the current
one highlighted, the others dimmed), +/− zoom, T shows the workshop timer, Esc leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QSizePolicy, QToolBar

from roadmap.domain.entities import EntityKind
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.window_view import WindowChrome

SCALE = 1.6  # the banner on the projector, against the desk
BAR_SCALE = 1.25  # text on the bars and headers
ROW_SCALE = 1.4  # taller rows, so the larger text fits its bars
KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Escape,
    Qt.Key.Key_T,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
}  # F11 is the Present action's own shortcut, left to it: it leaves as it entered
Stop = tuple[EntityKind, str]  # a problem or a pathway the walk stops at


class Presenter(QObject):
    """Enters and leaves the presenter view of `window` and handles its keys meanwhile."""

    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window.qt_window())
        self.window = window
        self.qt = window.qt_window()  # full screen, tool bars, geometry: Qt's own API
        self.active = False
        self.stops: list[Stop] = []
        self.index = -1  # -1: the whole roadmap, nothing dimmed
        self._state = QByteArray()
        self._geometry = QByteArray()
        self._row_scale = 1.0
        self._was_maximized = False
        self._enabled: list[tuple[QAction, bool]] = []
        self.banner = QToolBar(tr("Presenter banner"), self.qt)
        self.banner.setObjectName("presenterBanner")
        self.banner.setMovable(False)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner_label.setContentsMargins(12, 6, 12, 6)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.addWidget(self.banner_label)
        # Only a part of the window while presenting: a tool bar made with the window as its
        # parent would otherwise show over the menu bar's left end.
        self.banner.hide()

    # -- entering and leaving ----------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window, canvas = self.window, self.window.canvas
        if self.active or window.session is None or canvas is None:
            return
        self.active = True
        self._state = self.qt.saveState()
        self._geometry = self.qt.saveGeometry()
        self._was_maximized = self.qt.isMaximized()
        for action in self.qt.findChildren(QAction):
            # Nothing that changes the roadmap may fire from a shortcut while presenting.
            if action is not window.present_action and action.parent() is not self.banner:
                self._enabled.append((action, action.isEnabled()))
                action.setEnabled(False)
        for dock in self.qt.findChildren(QDockWidget):
            dock.hide()
        self.qt.menuBar().hide()
        window.toolbar.hide()
        self.qt.statusBar().hide()
        window.tabs.tabBar().hide()
        window.tabs.setCurrentWidget(canvas)
        self.qt.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.show()
        font = QFont(self.qt.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.banner_label.setFont(font)
        canvas.set_presenting(True, BAR_SCALE, BAR_SCALE)
        self._row_scale = canvas.view.row_scale
        canvas.view.set_row_scale(ROW_SCALE)
        roadmap = window.session
        self.stops = []
        for problem in roadmap.problems.values():
            self.stops.append((EntityKind.PROBLEM, problem.id))
            pathways = [p for p in roadmap.pathways.values() if p.problem_id == problem.id]
            for pathway in sorted(pathways, key=lambda p: p.position):
                self.stops.append((EntityKind.PATHWAY, pathway.id))
        self.index = 0 if self.stops else -1
        self._show_stop()
        screen = self.qt.screen()
        if screen is not None:  # filled first: a bare X server has no window manager to do it
            self.qt.setGeometry(screen.geometry())
        self.qt.showFullScreen()
        QTimer.singleShot(0, canvas.fit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.active = False
        if window.canvas is not None:
            window.canvas.set_presenting(False, 1.0, 1.0)
            window.canvas.view.set_row_scale(self._row_scale)
            window.canvas.set_focus_pathways(None)
        self.qt.removeToolBar(self.banner)
        self.banner.hide()
        for action, enabled in self._enabled:
            action.setEnabled(enabled)
        self._enabled = []
        self.qt.menuBar().show()
        window.toolbar.show()
        self.qt.statusBar().show()
        window.tabs.tabBar().show()
        self.qt.showMaximized() if self._was_maximized else self.qt.showNormal()
        self.qt.restoreGeometry(self._geometry)
        self.qt.restoreState(self._state)

    # -- walking ------------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        if self.stops:
            self.index = max(0, min(len(self.stops) - 1, self.index + delta))
            self._show_stop()

    def current(self) -> Stop | None:
        return self.stops[self.index] if 0 <= self.index < len(self.stops) else None

    def _show_stop(self) -> None:
        roadmap, canvas = self.window.session, self.window.canvas
        stop = self.current()
        if roadmap is None or canvas is None:
            return
        if stop is None:
            self.banner_label.setText(roadmap.info.title)
            canvas.set_focus_pathways(None)
            return
        kind, entity_id = stop
        if kind is EntityKind.PROBLEM:
            problem = roadmap.problems[entity_id]
            focus = {p.id for p in roadmap.pathways.values() if p.problem_id == problem.id}
            text = problem.statement
        else:
            pathway = roadmap.pathways[entity_id]
            problem = roadmap.problems[pathway.problem_id]
            focus = {pathway.id}
            text = tr("{problem}\n→ {pathway}").format(
                problem=problem.statement, pathway=pathway.name
            )
        self.banner_label.setText(text)
        canvas.set_focus_pathways(frozenset(focus))

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QKeyEvent) or event.key() not in KEYS:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a menu shortcut's
            return True
        if kind == QEvent.Type.KeyPress:
            self._key(event.key())
            return True
        return False

    def _key(self, key: int) -> None:
        window, canvas = self.window, self.window.canvas
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key == Qt.Key.Key_Right:
            self.step(+1)
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and canvas is not None:
            canvas.zoom_in()
        elif key == Qt.Key.Key_Minus and canvas is not None:
            canvas.zoom_out()
        elif key == Qt.Key.Key_T:
            dock = window.timer_dock
            if dock.isVisible():
                dock.hide()
            else:
                dock.setFloating(True)  # over the full-screen window, not beside it
                dock.show()
