"""The composition root: builds the services, opens a document, starts the desktop UI.

Everything the desktop app is made of is wired here and nowhere else: how a file is opened for
work and which window shows it. The Qt side (the application object, settings, translations,
theme, error hook) is started by `roadmap.ui.application`; nothing here imports Qt, and the UI
modules are imported only when `run` or `build_window` is called, so `import roadmap.cli` stays
light.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from roadmap.domain.errors import RoadmapError


def open_for_work(path: Path) -> Any:
    """Open a roadmap to edit; if another program holds it, or it cannot be written here,
    open it read-only instead."""
    from roadmap.services.workspace import Workspace
    from roadmap.store.document import ReadOnlyHereError
    from roadmap.store.lock import LockedError

    try:
        return Workspace.open(path)
    except (LockedError, ReadOnlyHereError) as why:
        workspace = Workspace.open(path, readonly=True)
        workspace.opened_with.append(why.message)  # the app says who holds it, or why
        return workspace


def build_window(settings: Any) -> Any:
    """The main window wired to the services (used by `run`, the tests and the benchmarks)."""
    from roadmap.ui.main_window import MainWindow

    return MainWindow(settings, open_for_work)


def require_display(environ: Mapping[str, str], platform: str) -> None:
    """Refuse, in words, to start a window where there is no screen (Qt would abort instead)."""
    if platform.startswith("linux") and not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM")
    ):
        raise RoadmapError("app.no_display")


def run(path: Path | None) -> int:
    """Start the desktop app, on the welcome page or with `path` open; returns the exit code."""
    require_display(os.environ, sys.platform)
    if path is not None and not path.exists():
        raise RoadmapError("file.missing", path=path)
    from roadmap.ui.application import run_desktop

    return run_desktop(path, build_window)
