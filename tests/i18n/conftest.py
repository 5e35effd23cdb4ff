"""The app in Chinese: offscreen Qt, settings in a temporary file, the zh_CN translators
installed for one test and removed after it, so other tests keep their English."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def chinese(qapp: Any) -> Iterator[list[Any]]:
    from PySide6.QtCore import QLocale

    from roadmap.ui.translations import install_translations, remove_translations

    translators = install_translations(qapp, "zh")
    yield translators
    remove_translations(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def chinese_window(qtbot: Any, chinese: list[Any], tmp_path: Path) -> Iterator[Any]:
    """The main window built after the Chinese translators are in, on the welcome page."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from roadmap.app import build_window
    from roadmap.ui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "zh"
    window = build_window(settings)
    window.show_message = lambda error: None
    window.confirm = lambda question: True
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.work.wait_for_all()
    window.close_document()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize dock windows and says so; it is not our warning.
    for item in items:
        if "tests/i18n" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))
