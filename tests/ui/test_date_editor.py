"""The one date editor, typed into like a person does: in the steps table, in the inspector
and in a dialog. What is typed must be what gets stored; what is not a date is refused with the
reason beside the field, and nothing is stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import Step
from roadmap.ui.date_edit import DateEdit
from roadmap.ui.step_table import COLUMNS
from tests.ui.keyboard import focused, press, retype, type_text


def stored(window: Any, step_id: str) -> Step:
    return window.session.workspace.queries.get(Step, step_id)


def a_bar_step(window: Any) -> Step:
    """A step of the sample that is a bar (not a milestone or gate), from the file."""
    return next(s for s in window.session.workspace.queries.all(Step) if not s.step_kind.is_point)


def type_into_cell(window: Any, qtbot: Any, step_id: str, column: str, text: str) -> Any:
    """Select the cell like a person (click), type `text` (replacing what is there), press
    Enter; returns the editor that was open (or None when it closed)."""
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Steps tab
    table = window.table
    view = table.view
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(1)  # laid out, as it is by the time a person clicks
    index = table.model.index(table.row_of(step_id).row(), COLUMNS.index(column))
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_text(text)  # the first key opens the editor, the rest go into it
    editor = focused()
    press(Qt.Key.Key_Return)
    return editor


TYPED_DATES = [
    # typed in Start   stored start          stored end (duration kept: 89 days)
    ("2030-06-30", date(2030, 6, 30), date(2030, 9, 27)),
    ("2031", date(2031, 1, 1), date(2031, 3, 31)),
    ("2031-06", date(2031, 6, 1), date(2031, 8, 29)),
    ("2032Q3", date(2032, 7, 1), date(2032, 9, 28)),
]


@pytest.mark.parametrize(("typed", "start", "end"), TYPED_DATES)
def test_typed_start_moves_the_step_and_keeps_its_duration(
    opened: Any, qtbot: Any, typed: str, start: date, end: date
) -> None:
    step = a_bar_step(opened)
    opened.session.perform(
        lambda c: c.update(step.kind, step.id, start=date(2029, 1, 1), end=date(2029, 3, 31))
    )
    type_into_cell(opened, qtbot, step.id, "start", typed)
    now = stored(opened, step.id)
    assert (now.start, now.end) == (start, end)
    cell = opened.table.model.index(opened.table.row_of(step.id).row(), COLUMNS.index("start"))
    assert cell.data() == start.isoformat()


@pytest.mark.parametrize(
    ("typed", "end"),
    [
        ("2029-06-30", date(2029, 6, 30)),
        ("2029Q4", date(2029, 12, 31)),
        ("2030", date(2030, 12, 31)),
    ],
)
def test_typed_end_changes_the_duration(opened: Any, qtbot: Any, typed: str, end: date) -> None:
    step = a_bar_step(opened)
    opened.session.perform(
        lambda c: c.update(step.kind, step.id, start=date(2029, 1, 1), end=date(2029, 3, 31))
    )
    type_into_cell(opened, qtbot, step.id, "end", typed)
    now = stored(opened, step.id)
    assert (now.start, now.end) == (date(2029, 1, 1), end)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("6/30/28", "Not a date"),
        ("10/1/27", "Not a date"),
        ("2027-13-01", "no such month"),
        ("2027-02-30", "no such day"),
        ("2027Q5", "no such quarter"),
    ],
)
def test_a_typed_date_that_is_none_is_refused_with_the_reason_beside_it(
    opened: Any, qtbot: Any, typed: str, reason: str
) -> None:
    step = a_bar_step(opened)
    before = stored(opened, step.id)
    editor = type_into_cell(opened, qtbot, step.id, "start", typed)
    assert isinstance(editor, DateEdit)
    assert editor.isVisible()  # Enter did not close it: the date is not taken
    assert reason in editor.reason_shown()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert stored(opened, step.id) == before


def click_bar(window: Any, qtbot: Any, step_id: str) -> None:
    """Select a step by clicking its bar on the timeline."""
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    view = window.canvas.view
    item = window.canvas.items[step_id]
    view.ensureVisible(item, 60, 60)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_at_point(item))
    assert window.session.selection == (Step.kind, step_id)


def test_inspector_select_all_and_type_a_start_moves_the_step(opened: Any, qtbot: Any) -> None:
    step = a_bar_step(opened)
    click_bar(opened, qtbot, step.id)
    start = opened.inspector.editors["start"][0]
    assert isinstance(start, DateEdit)
    retype(start, "2031Q2")
    now = stored(opened, step.id)
    assert now.start == date(2031, 4, 1)
    assert now.end - now.start == step.end - step.start
    assert start.text() == "2031-04-01"  # written out in full, as stored
    assert focused() is start  # the field keeps the keyboard after its value is stored
    end = opened.inspector.editors["end"][0]
    assert end.text() == now.end.isoformat()
    retype(end, "2031")
    assert stored(opened, step.id).end == date(2031, 12, 31)
    assert stored(opened, step.id).start == date(2031, 4, 1)


def test_inspector_refuses_a_date_that_is_none_and_says_why_beside_it(
    opened: Any, qtbot: Any
) -> None:
    step = a_bar_step(opened)
    click_bar(opened, qtbot, step.id)
    start = opened.inspector.editors["start"][0]
    retype(start, "2031-02-30")
    assert "no such day" in start.reason_shown()
    assert stored(opened, step.id) == step


def test_a_dialog_takes_the_same_typed_dates(opened: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from roadmap.domain.entities import Patent
    from roadmap.ui.transfer.status_dialog import StatusDialog

    patent = opened.session.workspace.queries.all(Patent)[0]
    dialog = StatusDialog(patent, [], today=date(2026, 1, 1), parent=opened)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    retype(dialog.on.edit, "2027-13")
    assert "no such month" in dialog.on.edit.reason_shown()
    assert not ok.isEnabled()
    retype(dialog.on.edit, "2027Q3")
    assert dialog.change().on == date(2027, 7, 1)
    dialog.reject()
