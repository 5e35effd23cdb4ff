"""The desktop app speaks Chinese when the language is zh: its menus, its dialogs and Qt's
own buttons, and it follows the system's language until the user picks one."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

HAN = re.compile(r"[\u4e00-\u9fff]")


def is_chinese(text: str) -> bool:
    """Chinese words, and no English word left over (mnemonics like (&F) and units aside)."""
    plain = re.sub(
        r"Frontier Roadmap|\(&\w\)|&|…|\(\*\.\w+\)|TRL|PNG|SVG|PDF|CSV|JSON|Excel", "", text
    )
    return bool(HAN.search(plain)) and not re.search(r"[A-Za-z]{3,}", plain)


def test_menus_are_chinese(chinese_window: Any) -> None:
    bar = chinese_window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles and all(is_chinese(t) for t in titles), titles
    assert "文件(&F)" in titles
    entries = [
        action.text()
        for menu_action in bar.actions()
        for action in menu_action.menu().actions()
        if action.text() and not action.isSeparator()
    ]
    english = [text for text in entries if not is_chinese(text)]
    assert entries and english == [], english


def test_preferences_dialog_and_qt_buttons_are_chinese(chinese_window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

    from roadmap.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(chinese_window.settings, chinese_window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "首选项"
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    labels = [
        item.widget().text()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    assert labels and all(is_chinese(text) for text in labels), labels
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"确定", "取消"}  # Qt's own words, from qtbase_zh_CN


def test_open_roadmap_shows_chinese_column_headers(chinese_window: Any, tmp_path: Path) -> None:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace

    path = tmp_path / "sample.roadmap"
    with Workspace.create(path, read_json(sample_path("zh"))):
        pass
    assert chinese_window.docs.open_path(path)
    table = chinese_window.table
    assert table is not None
    model = table.view.model()
    from PySide6.QtCore import Qt

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers and all(is_chinese(str(h)) for h in headers), headers


def test_language_follows_the_system_until_chosen(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from roadmap.ui.settings import Settings, language_for

    assert language_for(["zh-Hans-CN", "en-US"]) == "zh"
    assert language_for(["de-DE", "zh-CN"]) == "zh"  # no German: the next language we have
    assert language_for(["en-GB", "zh-CN"]) == "en"
    assert language_for(["fr-FR"]) == "en"
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "zh"
    assert Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).language == "zh"


def test_a_refused_edit_is_told_in_chinese(chinese_window: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from roadmap.domain.entities import Step
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace
    from roadmap.ui.step_table import COLUMNS

    path = tmp_path / "sample.roadmap"
    with Workspace.create(path, read_json(sample_path("zh"))):
        pass
    assert chinese_window.docs.open_path(path)
    model = chinese_window.table.model
    step_id, row = next(iter(model.rows.items()))
    before = chinese_window.session.workspace.queries.get(Step, step_id)
    early = before.start.replace(year=before.start.year - 3)
    end = model.index(row, COLUMNS.index("end"))
    assert not model.setData(end, QDate(early.year, early.month, early.day))
    shown = chinese_window.statusBar().currentMessage()
    assert f"步骤“{before.name}”：结束日期 {early.isoformat()} 早于开始日期" in shown, shown
    assert is_chinese(shown.replace(before.name, "")), shown
    assert chinese_window.session.workspace.queries.get(Step, step_id) == before


def test_qts_own_file_dialog_is_chinese(chinese_window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(chinese_window, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and all(is_chinese(text) for text in labels), labels
