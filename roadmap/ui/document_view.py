"""What the window-level actions (`document_actions`, …) may ask of the window: a narrow view
interface, so they never reach into its docks, trees, tabs or menu items.

`MainWindow` implements it; a test can hand the actions anything with these members.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from roadmap.ui.background import BackgroundWork
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.settings import Settings
    from roadmap.ui.timeline.canvas import TimelineCanvas


class DialogOwner(Protocol):
    """What a dialog the window opens (merge, scenario) asks of it."""

    def dialog_parent(self) -> QWidget:
        """The widget the dialog belongs to."""
        ...

    def show_status(self, text: str, timeout_ms: int = 10000) -> None:
        """A passing note in the status bar."""
        ...

    def task_failed(self, error: BaseException) -> None:
        """Background work failed: a refusal in words, anything else as a bug."""
        ...


class DocumentView(Protocol):
    settings: Settings
    session: RoadmapSession | None  # the roadmap shown, if any
    work: BackgroundWork  # work in worker threads, behind progress dialogs

    # An expected refusal (a RoadmapError) as a message the user can act on.
    show_message: Callable[[BaseException], None]
    # A bug: logged and shown with details for a report.
    show_unexpected: Callable[[BaseException, TracebackType | None], object]
    # A yes/no question; True for yes.
    confirm: Callable[[str], bool]

    def dialog_parent(self) -> QWidget:
        """The widget file dialogs and message boxes belong to."""
        ...

    def show_session(self, session: RoadmapSession) -> None:
        """Show an opened roadmap in every view (the view takes ownership)."""
        ...

    def close_document(self) -> None:
        """Close the roadmap shown (its lock goes with it) and show the welcome page."""
        ...

    def show_status(self, text: str, timeout_ms: int = 10000) -> None:
        """A passing note in the status bar."""
        ...

    def task_failed(self, error: BaseException) -> None:
        """Background work failed: a refusal in words, anything else as a bug."""
        ...

    def recent_files_changed(self) -> None:
        """The recent files in the settings changed: show them where they are listed."""
        ...

    def settings_changed(self) -> None:
        """The preferences were stored: apply what shows at once (colours, theme, unit)."""
        ...

    def show_inspector(self) -> None:
        """Bring the inspector of the selected thing into view."""
        ...

    def selected_step_ids(self) -> list[str]:
        """The steps selected on the timeline (several for a multi-selection)."""
        ...

    def new_step_target(self) -> tuple[str | None, str | None]:
        """The (pathway, lane) a new step goes to: where the user is working."""
        ...

    def timeline(self) -> TimelineCanvas | None:
        """The timeline as shown (for printing the current view)."""
        ...
