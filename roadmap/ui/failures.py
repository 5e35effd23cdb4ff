"""How failures reach the user: expected ones as a plain message, bugs logged with details.

An expected failure (`RoadmapError`) is something the user can act on: a locked or damaged
file, a value a rule refuses. Anything else is a bug: its traceback goes to a log file in the
user's log folder, and a dialog offers to copy the details for a bug report.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roadmap import __version__
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text

log = logging.getLogger("roadmap")


def log_file() -> Path:
    """Where unexpected errors are logged: the app's data folder under the user's home."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    folder = Path(base or Path.home() / ".frontier-roadmap") / "logs"
    return folder / "frontier-roadmap.log"


def _log_handler() -> None:
    if any(getattr(h, "_roadmap", False) for h in log.handlers):
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler._roadmap = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)


def show_expected(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Tell the user about an expected failure in one plain message."""
    QMessageBox.warning(parent, title or tr("Frontier Roadmap"), message_text(error))


def details_of(error: BaseException, tb: TracebackType | None = None) -> str:
    lines = traceback.format_exception(type(error), error, tb or error.__traceback__)
    return f"Frontier Roadmap {__version__}\n" + "".join(lines)


def report_unexpected(
    parent: QWidget | None, error: BaseException, tb: TracebackType | None = None
) -> str:
    """Log a bug with its traceback and show it with a "Copy details" button; returns details."""
    details = details_of(error, tb)
    _log_handler()
    log.error("Unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Unexpected error"))
    box.setText(
        tr(
            "Something went wrong inside Frontier Roadmap. Your roadmap file was not left "
            "half-written. The details are logged in {path}."
        ).format(path=str(log_file()))
    )
    box.setInformativeText(f"{type(error).__name__}: {error}")
    box.setDetailedText(details)
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    # Copying must not close the dialog, so the user can still read it.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.exec()
    return details
