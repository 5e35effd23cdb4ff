"""Starting the app: welcome page, recent files, samples, settings that persist, a light start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from roadmap.ui.settings import Settings


def test_welcome_page_lists_recent_files_and_opens_them(
    window: Any, sample_file: Path, qtbot: Any
) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.no_recent.isVisible()
    assert window.docs.open_path(sample_file)
    assert window.settings.recent_files == [str(sample_file.resolve())]
    window.close_document()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    item = window.welcome.recent.item(0)
    window.welcome.recent.itemClicked.emit(item)
    assert window.session is not None and window.session.path == sample_file


def test_a_missing_recent_file_says_so_and_leaves_the_list(window: Any, tmp_path: Path) -> None:
    gone = tmp_path / "gone.roadmap"
    window.settings.add_recent(str(gone))
    assert not window.docs.open_path(gone)
    assert "does not exist" in window.messages[-1]
    assert str(gone) not in window.settings.recent_files


def test_the_chinese_sample_opens_from_the_welcome_page(window: Any, tmp_path: Path) -> None:
    target = tmp_path / "zh.roadmap"
    assert window.docs.open_sample("zh", target)
    assert window.session.info.language.value == "zh"
    assert target.exists()


def test_save_as_copies_and_goes_on_in_the_copy(
    window: Any, sample_file: Path, tmp_path: Path
) -> None:
    window.docs.open_path(sample_file)
    copy = tmp_path / "copy.roadmap"
    assert window.docs.save_as(copy)
    assert window.session.path == copy
    assert "copy.roadmap" in window.windowTitle()


def test_settings_persist_with_defaults_and_an_upgrade(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue("recent", ["/a.roadmap"])  # how version 0 kept them
    old.setValue("ui/theme", "purple")
    old.sync()
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.recent_files == ["/a.roadmap"]
    assert settings.theme == "system"  # an unknown value reads as the default
    settings.language = "zh"
    settings.time_unit = "month"
    settings.color_mode = "pathway"
    settings.splitter_sizes = [200, 900, 300]
    settings.add_recent("/b.roadmap")
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert (again.language, again.time_unit, again.color_mode) == ("zh", "month", "pathway")
    assert again.splitter_sizes == [200, 900, 300]
    assert again.recent_files == ["/b.roadmap", "/a.roadmap"]


@pytest.mark.parametrize(
    ("locale", "language"), [("zh_CN", "zh"), ("en_US", "en"), ("de_DE", "en")]
)
def test_the_language_is_the_systems_until_chosen(
    tmp_path: Path, locale: str, language: str
) -> None:
    # In a process of its own: Qt reads the system's locale once, from the environment.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from roadmap.ui.settings import Settings\n"
        "print(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)).language)\n"
    )
    env = {
        **os.environ,
        "LANG": f"{locale}.UTF-8",
        "LC_ALL": f"{locale}.UTF-8",
        "LANGUAGE": locale,
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "fresh.ini")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == language


def in_a_fresh_app(tmp_path: Path, then: str, *args: str, platform: str = "offscreen") -> str:
    """What `then` prints, run in a new process after the window was built with fresh
    settings and shown (`w`, `app`, `sys` at hand; `sys.argv[2:]` are `args`)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QSettings\n"
        "app = QApplication([])\n"
        "from roadmap.app import build_window\n"
        "from roadmap.ui.settings import Settings\n"
        "w = build_window(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))\n"
        "w.show(); app.processEvents()\n" + then
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "fresh.ini"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": platform},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_first_start_fills_most_of_the_screen_and_is_centred_on_it(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """On a screen of that size (Qt's offscreen screen, configured), with no saved geometry.
    A fixed 1400×880 ran past a 1366×768 screen and used two thirds of a 1920×1080 one."""
    screen = {"name": "s", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpiX": 96, "logicalDpiY": 96}]}))
    then = (
        "s, f = w.screen().availableGeometry(), w.frameGeometry()\n"
        "print(s.width(), s.height(), f.x(), f.y(), f.width(), f.height())\n"
        "w.close()\n"
    )
    shown = in_a_fresh_app(tmp_path, then, platform=f"offscreen:configfile={config}")
    width, height, x, y, w, h = map(int, shown.split())
    assert (width, height) == size
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
    assert w >= 0.85 * width and h >= 0.85 * height
    assert abs((x + w / 2) - width / 2) <= 2 and abs((y + h / 2) - height / 2) <= 2


def test_window_geometry_is_remembered(window: Any, settings: Any) -> None:
    window.resize(1111, 777)
    window.close()
    assert not settings.geometry.isEmpty()


def test_chinese_translations_of_qt_load(qapp: Any) -> None:
    from roadmap.ui.translations import install_translations, remove_translations

    translators = install_translations(qapp, "zh")
    try:
        assert translators, "Qt's own qtbase_zh_CN translation should be found"
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        remove_translations(qapp, translators)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_US"))


def test_the_welcome_page_starts_without_the_slow_libraries(tmp_path: Path) -> None:
    then = (
        "slow = ('matplotlib', 'openpyxl', 'alembic', 'sqlalchemy')\n"
        "print(','.join(m for m in slow if m in sys.modules))\n"
    )
    assert in_a_fresh_app(tmp_path, then).strip() == ""


def test_opening_a_roadmap_of_the_head_format_needs_no_sqlalchemy(
    sample_file: Path, tmp_path: Path
) -> None:
    """SQLAlchemy costs half a second of imports before the window could paint: a file at
    the head format is checked and read through the driver (store/tables.py)."""
    then = (
        "from roadmap.ui.timeline.items import StepBar\n"
        "w.docs.open_path(Path(sys.argv[2])); app.processEvents()\n"
        "bars = [i for i in w.canvas.view.scene().items() if isinstance(i, StepBar)]\n"
        "print(len(bars) > 0, 'sqlalchemy' in sys.modules)\n"
        "w.close()\n"
    )
    assert in_a_fresh_app(tmp_path, then, str(sample_file)).split() == ["True", "False"]


def test_this_pyside6_keeps_none_alive() -> None:
    """PySide6 6.12.0 dropped a reference to None on each void call; the app then aborts."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert before - sys.getrefcount(None) < 100
