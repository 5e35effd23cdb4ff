"""The app in Chinese imports a GanttProject file (Ctrl+I) whose summary task has no name: the
pathway made for it is named in the language of the roadmap it goes into — "任务 5" in a
Chinese roadmap, "Task 5" in an English one, whatever language the window speaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from roadmap.io.json_format import read_json
from roadmap.locations import sample_path
from roadmap.services.workspace import Workspace
from tests.io.test_unnamed_tasks import unnamed_gan
from tests.support import stored


def _import_by_shortcut(window: Any, qtbot: Any, source: Path, mp: pytest.MonkeyPatch) -> None:
    mp.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    task = window.work.tasks[-1]
    qtbot.waitUntil(lambda: task not in window.work.tasks, timeout=30000)


@pytest.mark.parametrize(
    ("language", "named", "other"), [("zh", "任务 5", "Task 5"), ("en", "Task 5", "任务 5")]
)
def test_the_chinese_app_names_an_unnamed_summary_in_the_roadmap_s_language(
    chinese_window: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    named: str,
    other: str,
) -> None:
    path = tmp_path / f"{language}.roadmap"
    Workspace.create(path, read_json(sample_path(language))).close()
    assert chinese_window.docs.open_path(path)
    source = unnamed_gan(tmp_path)
    _import_by_shortcut(chinese_window, qtbot, source, monkeypatch)
    assert chinese_window.statusBar().currentMessage() == f"已导入 {source.name}"
    names = {p.name for p in stored(path).pathways}
    assert named in names and other not in names
    # What the window shows is what was stored.
    assert named in {p.name for p in chinese_window.session.queries.snapshot().pathways}
