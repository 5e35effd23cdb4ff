"""File › New…: a title and a template, typed and picked with the keyboard, make the file."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from roadmap.domain.enums import TimeUnit
from tests.io.conftest import read_roadmap


def answer_new_dialog(qtbot: Any, title: str, downs: int, seen: dict[str, str]) -> None:
    """When the New dialog is up: type the title, go down the template list, press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "File › New did not ask for a title and template"
        QTest.keyClicks(dialog.title_edit, title)
        dialog.templates.setFocus()
        for _ in range(downs):
            QTest.keyClick(dialog.templates, Qt.Key.Key_Down)
        seen["preview"] = dialog.preview.text()
        QTest.keyClick(dialog.templates, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(
    ("downs", "lanes", "unit", "years"),
    [
        (0, ["Industry & market", "Product", "Technology", "Research"], TimeUnit.QUARTER, 10),
        (
            1,
            [
                "Market & business drivers",
                "Products & services",
                "Technology",
                "Resources & R&D programmes",
            ],
            TimeUnit.QUARTER,
            10,
        ),
        (2, ["Trends & drivers", "Markets & customers"], TimeUnit.YEAR, 15),
    ],
)
def test_new_roadmap_from_each_template(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    downs: int,
    lanes: list[str],
    unit: TimeUnit,
    years: int,
) -> None:
    target = tmp_path / "bus batteries.roadmap"
    offered: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        offered.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    seen: dict[str, str] = {}
    answer_new_dialog(qtbot, "Bus batteries", downs, seen)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))

    qtbot.waitUntil(target.exists)
    assert offered == ["Bus batteries.roadmap"]
    snapshot = read_roadmap(target)
    assert snapshot.info.title == "Bus batteries"
    names = [lane.name for lane in sorted(snapshot.lanes, key=lambda lane: lane.position)]
    assert names[: len(lanes)] == lanes
    assert escape(lanes[0]) in seen["preview"]  # the preview showed what the file got
    assert snapshot.info.time_unit is unit
    span = snapshot.info.horizon_end.year - snapshot.info.horizon_start.year + 1
    assert span == years
    assert abs(sum(c.weight for c in snapshot.criteria) - 1.0) < 1e-9
    assert window.windowTitle().endswith("bus batteries.roadmap")


def test_ok_waits_for_a_title(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(True))
    state: dict[str, bool] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        state["enabled_empty"] = ok.isEnabled()
        QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # refused: nothing typed
        state["still_open"] = dialog.isVisible()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    assert state == {"enabled_empty": False, "still_open": True}
    assert not asked
