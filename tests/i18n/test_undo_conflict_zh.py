"""The refused undo (the file changed elsewhere) reads in Chinese in the Chinese app."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import Step
from tests.ui.test_undo_conflict import change_behind_the_back, drag_two_bars


def test_a_refused_undo_is_told_in_chinese(chinese_window: Any, tmp_path: Path) -> None:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace
    from roadmap.ui.message_text import message_text

    told: list[str] = []
    chinese_window.show_message = lambda error: told.append(message_text(error))
    path = tmp_path / "sample.roadmap"
    with Workspace.create(path, read_json(sample_path("zh"))):
        pass
    assert chinese_window.docs.open_path(path)
    chinese_window.canvas.fit()
    _first, _fb, second, _sb = drag_two_bars(chinese_window)
    change_behind_the_back(chinese_window, second.step.id, date(2031, 2, 3), date(2031, 9, 30))

    QTest.keyClick(chinese_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert len(told) == 1
    assert told[0].startswith("无法撤销这一步：移动步骤“") and "在此期间已被更改" in told[0]
    assert "Could not" not in told[0] and "changed" not in told[0]
    kept = chinese_window.session.queries.get(Step, second.step.id)
    assert kept.start == date(2031, 2, 3)
    assert chinese_window.session.undo_stack.count() == 1
