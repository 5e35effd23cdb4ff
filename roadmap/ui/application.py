"""The Qt application around the main window: names, high-DPI policy, settings, translations,
theme and the error hook. The composition root (`roadmap.app`) hands in how to build the
window; this module owns everything that needs Qt to start."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from roadmap import __version__
from roadmap.locations import resources_dir
from roadmap.ui.main_window import MainWindow
from roadmap.ui.settings import Settings
from roadmap.ui.theme import apply_theme
from roadmap.ui.translations import install_translations

WindowFactory = Callable[[Settings], MainWindow]


def qt_application() -> QApplication:
    """The one QApplication, named so QSettings and the log folder land in the right place."""
    QCoreApplication.setOrganizationName("Frontier Roadmap")
    QCoreApplication.setApplicationName("Frontier Roadmap")
    QCoreApplication.setApplicationVersion(__version__)
    # Fractional scaling (125 %, 150 %) drawn as such, not rounded to a blurry 1x or 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("frontier-roadmap")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon in all its drawn sizes (window, task bar, Alt+Tab), from resources/icons."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/frontier-roadmap.png")):
        icon.addFile(str(png))
    return icon


def install_error_hook(window: MainWindow) -> None:
    """Send any exception nobody caught (a bug, in a slot or an event handler) to the window's
    `show_unexpected`: logged with its traceback and shown with "Copy details". Tests install
    it too, with `show_unexpected` replaced, so any such exception fails them."""

    def on_unexpected(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        window.show_unexpected(error, tb)

    sys.excepthook = on_unexpected


def run_desktop(path: Path | None, make_window: WindowFactory) -> int:
    """Start the desktop app with the window `make_window(settings)` builds, on the welcome
    page or with `path` open; returns the exit code when the last window closes."""
    app = qt_application()
    settings = Settings(QSettings())
    translators = install_translations(app, settings.language)
    apply_theme(app, settings.theme)
    window = make_window(settings)
    install_error_hook(window)
    window.show()
    if path is not None:
        window.docs.open_path(Path(path))
    code = app.exec()
    del translators
    return int(code)
