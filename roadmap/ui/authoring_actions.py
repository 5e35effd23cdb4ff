"""The menu items and shortcuts of live authoring: cut, copy, paste, duplicate, find, quick
capture, nudging bars with the arrow keys, and the "saved" time in the status bar.

Copy, cut and paste use the standard keys; a text field that has the keyboard keeps them for
its own text (Qt lets a focused editor override a window shortcut). The arrow keys nudge only
while the timeline has the keyboard, so they still move the cursor everywhere else.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from roadmap.ui.authoring import Authoring
from roadmap.ui.capture_bar import CaptureBar, FindBar
from roadmap.ui.dock_strips import DockStrips
from roadmap.ui.labels import tr

if TYPE_CHECKING:
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.window_view import WindowChrome


class AuthoringActions:
    def __init__(self, window: WindowChrome, edit_menu: QMenu, add_menu: QMenu) -> None:
        self.window = window
        self.authoring = Authoring(window)
        a = self.authoring
        std = QKeySequence.StandardKey
        self.capture_bar = CaptureBar(window, self.authoring)
        self.find_bar = FindBar(window)
        act = window.make_action
        edit_menu.addSeparator()
        self.cut = act(tr("Cu&t steps"), a.cut, std.Cut)
        self.copy = act(tr("&Copy steps"), a.copy, std.Copy)
        self.paste = act(tr("&Paste steps or a list"), a.paste, std.Paste)
        self.duplicate = act(tr("D&uplicate steps"), a.duplicate, "Ctrl+D")
        edit_menu.addActions([self.cut, self.copy, self.paste, self.duplicate])
        self.nudges = [
            act(tr("Move &later by one time unit"), lambda: a.nudge(1), "Right"),
            act(tr("Move &earlier by one time unit"), lambda: a.nudge(-1), "Left"),
            act(tr("Move later by one day"), lambda: a.nudge(1, by_day=True), "Shift+Right"),
            act(tr("Move earlier by one day"), lambda: a.nudge(-1, by_day=True), "Shift+Left"),
        ]
        nudge_menu = edit_menu.addMenu(tr("&Nudge selected steps"))
        for action in self.nudges:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            nudge_menu.addAction(action)
        edit_menu.addSeparator()
        self.find = act(tr("&Find steps…"), self.find_bar.open_bar, std.Find)
        edit_menu.addAction(self.find)
        self.capture = act(tr("&Quick capture…"), self.capture_bar.open_bar, "Ctrl+K")
        self.capture.setToolTip(
            tr("Type a step as one line: Name 2027Q3-2028Q2 @lane #pathway (Ctrl+K)")
        )
        add_menu.insertAction(add_menu.actions()[0], self.capture)
        add_menu.insertSeparator(add_menu.actions()[1])
        self.saved_label = QLabel(window.qt_window())
        window.qt_window().statusBar().addPermanentWidget(self.saved_label)

    def add_bars(self) -> None:
        """The capture and find bars, on a line of their own under the toolbar."""
        qt = self.window.qt_window()
        qt.addToolBarBreak()
        qt.addToolBar(self.capture_bar)
        qt.addToolBar(self.find_bar)

    def add_view_actions(self, view_menu: QMenu) -> None:
        window = self.window
        settings = window.settings

        def remember(names: list[str]) -> None:
            settings.folded_docks = names
            for dock, action in self.folds:
                action.setChecked(dock.objectName() in names)

        self.strips = DockStrips(
            window.qt_window(), [window.navigator_dock, window.inspector_dock], remember
        )
        self.folds = []
        for dock, text in (
            (window.navigator_dock, tr("Fold the &navigator to a strip")),
            (window.inspector_dock, tr("Fold the &inspector to a strip")),
        ):
            fold = window.make_action(
                text, lambda on, d=dock: self.strips.set_folded(d, on), checkable=True
            )
            fold.setToolTip(tr("Double-clicking a panel's title bar folds and unfolds it too"))
            self.folds.append((dock, fold))
            view_menu.addAction(fold)
        self.strips.restore(settings.folded_docks)
        self.legend = window.make_action(tr("&Legend"), self._toggle_legend, checkable=True)
        self.legend.setChecked(window.settings.legend_shown)
        view_menu.addAction(self.legend)
        self.taller = window.make_action(
            tr("Ta&ller rows"), lambda: self._rows(1.2), "Ctrl+Shift+Up"
        )
        self.shorter = window.make_action(
            tr("S&horter rows"), lambda: self._rows(1 / 1.2), "Ctrl+Shift+Down"
        )
        self.taller.setToolTip(tr("Row height also follows Ctrl+Shift+wheel"))
        view_menu.addActions([self.taller, self.shorter])

    def _rows(self, factor: float) -> None:
        canvas = self.window.canvas
        if canvas is not None:
            canvas.view.set_row_scale(canvas.view.row_scale * factor)

    def _toggle_legend(self, on: bool) -> None:
        self.window.settings.legend_shown = on
        canvas = self.window.canvas
        if canvas is not None:
            canvas.legend.setVisible(on)

    def canvas_actions(self) -> list[QAction]:
        """The actions that act only while the timeline has the keyboard."""
        return list(self.nudges)

    def follow(self, session: RoadmapSession) -> None:
        """Show when `session` last wrote to its file (every edit is written at once)."""
        self.saved_label.setText(tr("All changes saved"))
        session.edited.connect(self._saved)
        canvas = self.window.canvas
        if canvas is not None:
            canvas.legend.setVisible(self.legend.isChecked())
        for dock, _action in self.folds:
            self.strips.apply(dock)  # the panel's content is new

    def _saved(self, _edit: object) -> None:
        self.saved_label.setText(
            tr("Saved at {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )

    def closed(self) -> None:
        self.saved_label.clear()
        self.capture_bar.hide()
        self.find_bar.hide()
