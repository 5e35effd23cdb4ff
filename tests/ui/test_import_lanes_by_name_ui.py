"""File › Import (Ctrl+I) of a workbook made from another roadmap whose lanes are named like
this one's: no lane is added twice, and the status bar says the lanes were matched by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.cli.test_cli import roadmap
from tests.support import stored


def test_ctrl_i_joins_the_lanes_of_the_same_names(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other, workbook = tmp_path / "other.roadmap", tmp_path / "other.xlsx"
    # The Chinese sample's lanes, under IDs of their own: a new roadmap of that language.
    assert roadmap("new", other, "--title", "另一组", "--lang", "zh").returncode == 0
    assert roadmap("export", other, workbook).returncode == 0
    path = opened.session.path
    before = stored(path)
    assert sorted(lane.name for lane in stored(other).lanes) == sorted(
        lane.name for lane in before.lanes
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    undo = opened.session.undo_stack.count()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not opened.work.tasks, timeout=60000)
    assert opened.messages == []
    assert stored(path).lanes == before.lanes
    assert opened.session.undo_stack.count() == undo + 1
    status = opened.statusBar().currentMessage()
    assert status.startswith("Imported other.xlsx. 4 lane(s) of the source have IDs new here")
