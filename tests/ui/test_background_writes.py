"""Imports and merges are written in a worker thread (issue 19): the window keeps running
while they are checked, planned and written, and Cancel — clicked on the progress dialog —
rolls the transaction back, leaving the stored roadmap exactly as it was.

The worker is held inside its write transaction (after planning, before its rows are applied)
until the test has done what a person would do meanwhile; nothing else is stubbed: a real
file, real copies and a real import file.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from roadmap.services.copies import make_copies
from roadmap.services.workspace import Workspace
from roadmap.store.sql_session import SqlSession
from tests.support import stored


class Gate:
    """Holds a worker thread where it is about to apply an edit's rows, inside the edit's
    transaction, until `release()`."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()

    def release(self) -> None:
        self.opened.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    apply = SqlSession.apply

    def apply_when_let(self: SqlSession, changes: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            held.reached.set()
            held.opened.wait(30)
        apply(self, changes)

    monkeypatch.setattr(SqlSession, "apply", apply_when_let)
    yield held
    held.release()  # never leave a worker waiting


def held_task(window: Any, qtbot: Any, gate: Gate) -> Any:
    """The window's task once its worker is inside the write, with its progress shown."""
    qtbot.waitUntil(gate.reached.is_set, timeout=20000)
    task = window.work.tasks[-1]
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    return task


def click_cancel(qtbot: Any, task: Any) -> None:
    button = task.dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def finish(qtbot: Any, task: Any, gate: Gate) -> None:
    with qtbot.waitSignal(task.ended, timeout=30000):
        gate.release()


def test_cancel_clicked_mid_import_leaves_the_stored_roadmap_as_it_was(
    opened: Any, qtbot: Any, gate: Gate, incoming: Path
) -> None:
    path = opened.session.path
    before = stored(path)
    undo_count = opened.session.undo_stack.count()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    task = held_task(opened, qtbot, gate)
    click_cancel(qtbot, task)
    finish(qtbot, task, gate)

    assert stored(path) == before
    assert opened.session.undo_stack.count() == undo_count
    assert "Cancelled" in opened.statusBar().currentMessage()
    first = before.steps[0]
    assert opened.canvas.items[first.id].step.name == first.name


def test_the_window_keeps_running_while_an_import_is_written(
    opened: Any, qtbot: Any, gate: Gate, incoming: Path
) -> None:
    path = opened.session.path
    before = stored(path)
    undo_count = opened.session.undo_stack.count()
    ticks: list[int] = []
    timer = QTimer(opened)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    paints = PaintCounter(opened.canvas.view.viewport())

    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    task = held_task(opened, qtbot, gate)
    # The worker is inside the import's transaction now: the window's timer keeps firing
    # and a repaint asked for is done.
    ticks.clear()
    paints.count = 0
    opened.canvas.view.viewport().update()
    qtbot.waitUntil(lambda: len(ticks) >= 10 and paints.count >= 1, timeout=5000)
    assert stored(path) == before  # nothing committed yet
    finish(qtbot, task, gate)
    timer.stop()

    after = stored(path)
    assert any(p.id == "imported-need" for p in after.problems)
    assert all(s.name.endswith(" (imported)") for s in after.steps)
    first = before.steps[0]
    assert opened.canvas.items[first.id].step.name == f"{first.name} (imported)"
    # One entry of the undo history, undone by the shortcut.
    assert opened.session.undo_stack.count() == undo_count + 1
    # The progress dialog gave the keyboard back to the window: the shortcut works at once.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path) == before


class PaintCounter(QObject):
    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def copy_with_moves(opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A breakout copy that moved three steps by a month; Merge copies… answers with it."""
    (copy,) = make_copies(opened.session.path, tmp_path, ["Table 1"])
    with Workspace.open(copy) as workspace:
        for step in workspace.queries.snapshot().steps[:3]:
            month = timedelta(days=31)
            workspace.commands.move_step(step.id, step.start + month, step.end + month)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(copy)], ""))
    return copy


def test_cancel_clicked_mid_merge_leaves_the_stored_roadmap_as_it_was(
    opened: Any, qtbot: Any, gate: Gate, copy_with_moves: Path
) -> None:
    path = opened.session.path
    before = stored(path)
    undo_count = opened.session.undo_stack.count()
    opened.merge_action.trigger()
    dialog = opened.breakout.dialog
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20000)
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    task = dialog.applying
    qtbot.waitUntil(gate.reached.is_set, timeout=20000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    click_cancel(qtbot, task)
    finish(qtbot, task, gate)

    assert stored(path) == before
    assert opened.session.undo_stack.count() == undo_count
    # The merge dialog stays, its choices kept, and Merge may be pressed again.
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    assert "Cancelled" in opened.statusBar().currentMessage()

    gate.release()
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    moved = {s.id: s for s in stored(copy_with_moves).steps}
    after = {s.id: s for s in stored(path).steps}
    assert all(after[i].start == moved[i].start for i in list(moved)[:3])
    assert opened.session.undo_stack.count() == undo_count + 1
    assert opened.session.steps[before.steps[0].id].start == moved[before.steps[0].id].start


def test_an_import_refused_by_the_rules_is_said_and_writes_nothing(
    opened: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap.io.json_format import write_json

    snapshot = opened.session.queries.snapshot()
    # Well-formed, but end before start: the rules refuse the roadmap the import would make.
    first = snapshot.steps[0]
    broken = dataclasses.replace(first, end=first.start - timedelta(days=1))
    source = tmp_path / "broken.json"
    write_json(dataclasses.replace(snapshot, steps=(broken, *snapshot.steps[1:])), source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    path = opened.session.path
    before = stored(path)
    undo_count = opened.session.undo_stack.count()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    task = opened.work.tasks[-1]
    with qtbot.waitSignal(task.ended, timeout=30000):
        pass
    assert stored(path) == before
    assert opened.session.undo_stack.count() == undo_count
    # Told as a refused edit is, in the status bar: which file, and that nothing changed.
    assert "broken.json was not imported" in opened.statusBar().currentMessage()
    assert opened.session.steps[first.id] == first


def test_cancel_clicked_while_a_scenario_is_adopted_leaves_the_stored_roadmap_as_it_was(
    opened: Any, qtbot: Any, gate: Gate, copy_with_moves: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = opened.session.path
    before = stored(path)
    undo_count = opened.session.undo_stack.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy_with_moves), ""))
    opened.compare_action.trigger()
    dialog = opened.scenario_dialog
    QTest.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)  # planned in a worker
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible())
    box = dialog.confirm
    adopt = next(b for b in box.buttons() if b.text().replace("&", "") == "Adopt")
    QTest.mouseClick(adopt, Qt.MouseButton.LeftButton)
    task = dialog.adopting
    qtbot.waitUntil(gate.reached.is_set, timeout=20000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    click_cancel(qtbot, task)
    finish(qtbot, task, gate)

    assert stored(path) == before
    assert opened.session.undo_stack.count() == undo_count
    assert dialog.isVisible() and "Cancelled" in opened.statusBar().currentMessage()
