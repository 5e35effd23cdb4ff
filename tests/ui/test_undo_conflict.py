"""Undo and redo when another program changed the file meanwhile: the edit's rows no longer
hold what it left, so the store refuses it (ConflictError). The user reads why, the file keeps
the other program's values, the entry leaves the history and the entries below it still undo.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import Step
from tests.ui.test_timeline_editing import drag, visible, wide_bars

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window: Any, step_id: str) -> Step:
    return window.session.queries.get(Step, step_id)


def change_behind_the_back(window: Any, step_id: str, start: date, end: date) -> None:
    """Another program writes the step's dates through its own connection."""
    with closing(sqlite3.connect(window.session.path)) as other:
        other.execute(
            "UPDATE steps SET start = ?, end = ? WHERE id = ?",
            (start.isoformat(), end.isoformat(), step_id),
        )
        other.commit()


def drag_two_bars(window: Any) -> tuple[Any, Step, Any, Step]:
    """Two bars dragged a quarter or so to the right: two undo entries."""
    first, second = wide_bars(window)[:2]
    before = []
    for bar in (first, second):
        before.append(stored(window, bar.step.id))
        point = visible(window, bar)
        px = round(91 * 2.1 * window.canvas.view.px_per_day)
        drag(window, point, point + QPoint(px, 0))
        assert stored(window, bar.step.id) != before[-1]
    return first, before[0], second, before[1]


def test_undo_over_a_row_changed_elsewhere_is_refused_and_the_history_stays_true(
    opened: Any,
) -> None:
    first, first_before, second, _second_before = drag_two_bars(opened)
    stack = opened.session.undo_stack
    assert stack.count() == 2 and stack.index() == 2
    elsewhere = (date(2031, 2, 3), date(2031, 9, 30))
    change_behind_the_back(opened, second.step.id, *elsewhere)

    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL)

    # Told why, in words naming the step and what happened.
    assert len(opened.messages) == 1
    told = opened.messages[0]
    assert told.startswith("Could not undo")
    assert second.step.name in told and "changed meanwhile" in told
    # The other program's dates stay; the app's view of the step follows the file.
    moved = stored(opened, second.step.id)
    assert (moved.start, moved.end) == elsewhere
    assert opened.session.steps[second.step.id].start == elsewhere[0]
    assert opened.canvas.items[second.step.id].shown == elsewhere
    # The entry left the history; the one below still undoes, through the shortcut again.
    assert stack.count() == 1 and stack.index() == 1
    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert stored(opened, first.step.id) == first_before
    assert stack.index() == 0
    assert len(opened.messages) == 1  # that undo needed no word
    assert (stored(opened, second.step.id).start, stored(opened, second.step.id).end) == elsewhere


def test_redo_over_a_row_changed_elsewhere_is_refused_and_leaves_the_history(
    opened: Any,
) -> None:
    _first, _fb, second, second_before = drag_two_bars(opened)
    stack = opened.session.undo_stack
    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL)  # the second drag is undone
    assert stored(opened, second.step.id) == second_before
    elsewhere = (date(2030, 1, 1), date(2030, 6, 30))
    change_behind_the_back(opened, second.step.id, *elsewhere)

    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)

    assert opened.messages and opened.messages[-1].startswith("Could not redo")
    moved = stored(opened, second.step.id)
    assert (moved.start, moved.end) == elsewhere
    assert stack.count() == 1 and stack.index() == 1
    assert not stack.canRedo()
