"""What the parts the main window builds for itself may use of it: a narrow view interface,
so that authoring, the capture and find bars, the context menus, the presenter view and the
repository actions never import the main window (nor it them round about).

`MainWindow` implements both; `WindowChrome` adds the pieces of the window's frame that the
presenter view hides and the authoring actions fold into strips. `qt_window()` is the Qt
window itself, for Qt's own API (tool bars, the status bar, full screen), none of ours.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import (
        QDockWidget,
        QMainWindow,
        QMenu,
        QTabWidget,
        QToolBar,
        QWidget,
    )

    from roadmap.ui.background import BackgroundWork
    from roadmap.ui.document_actions import DocumentActions
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.canvas import TimelineCanvas


class WindowView(Protocol):
    settings: Settings
    session: RoadmapSession | None  # the roadmap shown, if any
    canvas: TimelineCanvas | None  # its timeline, while one is shown
    work: BackgroundWork  # long work in the background behind a progress dialog
    docs: DocumentActions  # the file and Add menu's actions
    # An expected refusal (a RoadmapError) as a message the user can act on.
    show_message: Callable[[BaseException], None]
    # A yes/no question (tests answer it); True for yes.
    confirm: Callable[[str], bool]
    # A right-click menu at a screen point (tests pick from it without its event loop).
    show_menu: Callable[[QMenu, QPoint], object]

    def qt_window(self) -> QMainWindow:
        """The Qt window, for Qt's own API: tool bars, the status bar, full screen."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget menus, dialogs and message boxes belong to."""
        ...

    def show_status(self, text: str, timeout_ms: int = 10000) -> None:
        """A passing note in the status bar."""
        ...

    def task_failed(self, error: BaseException) -> None:
        """Background work failed: a refusal in words, anything else as a bug."""
        ...

    def make_action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence] | None = None,
        document: bool = True,
        checkable: bool = False,
    ) -> QAction:
        """A window action (enabled only while a roadmap is shown, unless `document` is
        False); a plain action calls `slot` with nothing, a checkable one with its state."""
        ...

    def edit_in_inspector(self) -> None:
        """Show the inspector with the keyboard in the selected thing's name."""
        ...

    def rename_selected(self) -> None:
        """F2: edit the current cell or rename the selected thing in the navigator."""
        ...


class WindowChrome(WindowView, Protocol):
    tabs: QTabWidget  # timeline, steps, pathway map, transfer
    toolbar: QToolBar  # the timeline's tool bar
    navigator_dock: QDockWidget
    inspector_dock: QDockWidget
    timer_dock: QDockWidget
    present_action: QAction  # F11, which must keep working while presenting
