"""Side panels that fold to a strip: on a 1366×768 screen the timeline needs the width, but the
navigator and inspector should stay one click away. A folded dock keeps only its title bar,
turned on its side; double-clicking the title bar (or View › Fold …) folds and unfolds it, and
the window remembers which are folded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

_STRIP = 26  # px: the width of a folded dock (its title bar on its side)
_NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


class DockStrips(QObject):
    def __init__(
        self, window: QMainWindow, docks: list[QDockWidget], remember: Callable[[list[str]], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.docks = docks
        self.remember = remember
        self.folded: set[str] = set()
        self._widths: dict[str, int] = {}
        for dock in docks:
            dock.installEventFilter(self)

    def is_folded(self, dock: QDockWidget) -> bool:
        return dock.objectName() in self.folded

    def set_folded(self, dock: QDockWidget, folded: bool) -> None:
        name = dock.objectName()
        if folded == (name in self.folded):
            return
        features = dock.features()
        vertical = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
        if folded:
            self._widths[name] = max(dock.width(), 200)
            self.folded.add(name)
            dock.setFeatures(features | vertical)
        else:
            self.folded.discard(name)
            dock.setFeatures(features & ~vertical)
        self.apply(dock)
        if not folded:
            self.window.resizeDocks(
                [dock], [self._widths.get(name, 300)], Qt.Orientation.Horizontal
            )
        self.remember(sorted(self.folded))

    def apply(self, dock: QDockWidget) -> None:
        """Show `dock` folded or not (again after its content was replaced)."""
        folded = dock.objectName() in self.folded
        content = dock.widget()
        if content is not None:
            content.setVisible(not folded)
        dock.setMaximumWidth(_STRIP if folded else _NO_LIMIT)

    def restore(self, names: list[str]) -> None:
        for dock in self.docks:
            self.set_folded(dock, dock.objectName() in names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A double-click on the title bar folds or unfolds (instead of floating the panel).
        if isinstance(watched, QDockWidget) and event.type() == QEvent.Type.MouseButtonDblClick:
            self.set_folded(watched, not self.is_folded(watched))
            return True
        return False
