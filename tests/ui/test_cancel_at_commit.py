"""Cancel on a background write's progress dialog ends at the commit point: past it the edit
is written and recorded, so Cancel is taken away, and a click or Escape that still reaches
the dialog is not claimed as a cancel (no "Cancelled" in the status bar, the edit stays on
the undo stack and in the file).

The worker is held at its commit point — after the cancel-or-commit decision, before the
commit — while the test acts as a person would; nothing else is stubbed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from roadmap.ui.background import BackgroundJob, CancelGate
from tests.support import stored


class Hold:
    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()

    def wait_here(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            self.reached.set()
            self.opened.wait(30)


@pytest.fixture
def past_commit_point(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    """Holds the worker just after the gate decided to commit (the dialog is told)."""
    hold = Hold()
    commit = CancelGate.commit

    def commit_then_wait(self: CancelGate) -> bool:
        going = commit(self)
        hold.wait_here()
        return going

    monkeypatch.setattr(CancelGate, "commit", commit_then_wait)
    yield hold
    hold.opened.set()


@pytest.fixture
def before_dialog_hears(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hold]:
    """Holds the worker after the gate decided to commit but before the dialog is told: the
    moment a click on Cancel can still land."""
    hold = Hold()
    emit = BackgroundJob._emit_committing

    def wait_then_emit(self: BackgroundJob) -> None:
        hold.wait_here()
        emit(self)

    monkeypatch.setattr(BackgroundJob, "_emit_committing", wait_then_emit)
    yield hold
    hold.opened.set()


def cancel_button(task: Any) -> QPushButton | None:
    button = task.dialog.findChild(QPushButton)
    return button if button is not None and button.isVisible() else None


def check_imported(opened: Any, qtbot: Any, task: Any, hold: Hold, before: Any, undo: int) -> None:
    with qtbot.waitSignal(task.ended, timeout=30000):
        hold.opened.set()
    after = stored(opened.session.path)
    assert after != before
    assert all(s.name.endswith(" (imported)") for s in after.steps)
    assert opened.session.undo_stack.count() == undo + 1
    assert "Cancelled" not in opened.statusBar().currentMessage()


def test_cancel_is_taken_away_at_the_commit_point(
    opened: Any, qtbot: Any, incoming: Path, past_commit_point: Hold
) -> None:
    path = opened.session.path
    before = stored(path)
    undo = opened.session.undo_stack.count()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(past_commit_point.reached.is_set, timeout=20000)
    task = opened.work.tasks[-1]
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: cancel_button(task) is None, timeout=5000)
    # Escape, which cancels a progress dialog, does nothing now.
    QTest.keyClick(task.dialog, Qt.Key.Key_Escape)
    assert not task.job.cancelled
    check_imported(opened, qtbot, task, past_commit_point, before, undo)


def test_a_click_landing_after_the_commit_point_is_not_claimed(
    opened: Any, qtbot: Any, incoming: Path, before_dialog_hears: Hold
) -> None:
    path = opened.session.path
    before = stored(path)
    undo = opened.session.undo_stack.count()
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(before_dialog_hears.reached.is_set, timeout=20000)
    task = opened.work.tasks[-1]
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    button = cancel_button(task)
    assert button is not None  # the dialog has not heard of the commit yet
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not task.job.cancelled
    assert task.dialog.isVisible()  # it stays, saying it can no longer be cancelled
    assert cancel_button(task) is None
    check_imported(opened, qtbot, task, before_dialog_hears, before, undo)
