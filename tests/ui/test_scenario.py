"""File › Compare with…: another copy of the roadmap on the timeline and as a table."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from roadmap.domain.entities import EntityKind
from roadmap.services.workspace import Workspace
from roadmap.ui.timeline.baseline_layer import SCENARIO


def test_compare_with_another_copy(
    opened: Any, sample_file: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "scenario.roadmap"
    shutil.copy(sample_file, other)
    with Workspace.open(other) as ws:
        steps = ws.queries.snapshot().steps
        bar = next(s for s in steps if not s.step_kind.is_point)
        later = timedelta(days=60)
        ws.commands.move_step(bar.id, bar.start + later, bar.end + later)
        gone = steps[-1]
        ws.commands.delete(EntityKind.STEP, gone.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    opened.compare_action.trigger()
    dialog = opened.scenario_dialog
    assert dialog.isVisible()
    choice = opened.session.baselines
    assert choice.scenario and choice.planned(bar.id).start == bar.start + later
    rows = {
        dialog.steps.item(r, 0).text(): [
            dialog.steps.item(r, c).text() for c in range(dialog.steps.columnCount())
        ]
        for r in range(dialog.steps.rowCount())
    }
    assert set(rows) == {bar.name, gone.name}
    assert "+60" in rows[bar.name][7]  # the finish variance column
    assert rows[gone.name][7] == ""  # only here: no days, never 0
    assert "60" in dialog.summary.text()
    # The scenario's bars are drawn in its own colour under this roadmap's.
    view = opened.canvas.view
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert SCENARIO.name() in colours
    dialog.reject()
    assert choice.baseline is None and not choice.scenario
    # The open roadmap itself was not changed by comparing.
    assert opened.session.steps[bar.id].start == bar.start


def stored(path: Path) -> dict[tuple[str, str], object]:
    from tests.merge.edits import by_id

    with Workspace.open(path, readonly=True) as ws:
        found = by_id(ws.queries.snapshot())
    return {key: value for key, value in found.items() if key[0] != EntityKind.ROADMAP.value}


def asked(qtbot: Any, dialog: Any) -> Any:
    """Click "Adopt this scenario…" and wait for the question (it plans in a thread first)."""
    from PySide6.QtCore import Qt

    before = dialog.confirm
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm not in (None, before), timeout=20000)
    assert dialog.confirm.isVisible()
    return dialog.confirm


def test_adopt_this_scenario_after_confirming_and_one_undo_brings_the_roadmap_back(
    opened: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from roadmap.services.copies import make_copies

    path = opened.session.path
    (scenario,) = make_copies(path, tmp_path, ["Fast track"])
    with Workspace.open(scenario) as ws:
        steps = ws.queries.snapshot().steps
        bar = next(s for s in steps if not s.step_kind.is_point)
        ws.commands.move_step(bar.id, bar.start + timedelta(days=90), bar.end + timedelta(days=90))
        ws.commands.delete(EntityKind.STEP, steps[-1].id)
        ws.commands.update(EntityKind.STEP, steps[3].id, name="renamed in the scenario")
    before = stored(path)
    assert before != stored(scenario)
    undo_count = opened.session.undo_stack.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scenario), ""))
    opened.compare_action.trigger()
    dialog = opened.scenario_dialog

    # Cancel in the confirmation changes nothing.
    box = asked(qtbot, dialog)
    there = stored(scenario)
    changed = sum(1 for k, v in there.items() if k in before and before[k] != v)
    deleted = sum(1 for k in before if k not in there)
    assert box.isVisible() and f"0 added, {changed} changed, {deleted} deleted" in box.text()
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert stored(path) == before and dialog.isVisible()

    box = asked(qtbot, dialog)
    adopt = next(b for b in box.buttons() if b.text().replace("&", "") == "Adopt")
    with qtbot.waitSignal(dialog.finished, timeout=20000):  # written in a worker thread
        qtbot.mouseClick(adopt, Qt.MouseButton.LeftButton)
    assert stored(path) == stored(scenario)
    assert opened.session.undo_stack.count() == undo_count + 1
    assert opened.statusBar().currentMessage() == f"Adopted the scenario {scenario.name}"
    assert opened.session.steps[bar.id].start == bar.start + timedelta(days=90)

    from PySide6.QtWidgets import QApplication

    opened.activateWindow()  # back from the progress dialog (offscreen does not do it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path) == before
    assert opened.session.steps[bar.id].start == bar.start
