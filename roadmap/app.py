"""The composition root: builds the services, opens a document, starts the desktop UI.

Everything the desktop app is made of is wired here and nowhere else: the Qt application, the
settings, translations and theme, how a file is opened for work, the error hook, the window.
Qt is imported only when `run` is called, so `import roadmap.cli` stays light.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def open_for_work(path: Path) -> Any:
    """Open a roadmap to edit; if another program holds it, open it read-only instead."""
    from roadmap.services.workspace import Workspace
    from roadmap.store.lock import LockedError

    try:
        return Workspace.open(path)
    except LockedError:
        return Workspace.open(path, readonly=True)


def build_window(settings: Any) -> Any:
    """The main window wired to the services (used by `run`, the tests and the benchmarks)."""
    from roadmap.ui.main_window import MainWindow

    return MainWindow(settings, open_for_work)


def run(path: Path | None) -> int:
    """Start the desktop app, on the welcome page or with `path` open; returns the exit code."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from roadmap import __version__
    from roadmap.ui.failures import report_unexpected
    from roadmap.ui.settings import Settings
    from roadmap.ui.theme import apply_theme
    from roadmap.ui.translations import install_translations

    QCoreApplication.setOrganizationName("Frontier Roadmap")
    QCoreApplication.setApplicationName("Frontier Roadmap")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("frontier-roadmap")
    settings = Settings(QSettings())
    translators = install_translations(app, settings.language)
    apply_theme(app, settings.theme)
    window = build_window(settings)

    def on_unexpected(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        report_unexpected(window, error, tb)

    sys.excepthook = on_unexpected
    window.show()
    if path is not None:
        window.docs.open_path(Path(path))
    code = app.exec()
    del translators
    return int(code)
