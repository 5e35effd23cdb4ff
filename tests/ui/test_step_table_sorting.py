"""The Steps table sorts and filters in its model, on keys worked out once per column (issue 19):
header clicks and typing in the filter box, as a person does, give the order people read."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.ui.step_table import COLUMNS, STEP_ROLE
from tests.ui.keyboard import focused, press, type_text

# Names chosen so that text order (1, 10, 100, 2) and reading order (1, 2, 10, 100) differ, with
# mixed case; the dates run the other way round from the names.
NAMES = {"zz-Step 10": 3, "ZZ-step 2": 2, "ZZ-Step 100": 1, "zz-step 1": 4}


@pytest.fixture
def table(opened: Any) -> Any:
    session = opened.session
    first = next(iter(session.steps.values()))
    for name, month in NAMES.items():
        step = Step(
            new_id(), first.pathway_id, first.lane_id, name, date(2031, month, 1), date(2031, 12, 1)
        )
        assert session.perform(lambda c, s=step: c.add(s)) is not None
    next(a for a in opened.findChildren(QAction) if a.text() == "&Steps table").trigger()
    return opened.table


def shown_names(table: Any) -> list[str]:
    model = table.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_header(table: Any, column: int) -> None:
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def test_names_sort_as_people_read_numbers_both_ways(table: Any, qtbot: Any) -> None:
    table.filter.setFocus()
    QTest.keyClicks(table.filter, "ZZ-STEP")  # the filter ignores case
    assert sorted(shown_names(table)) == sorted(NAMES)
    click_header(table, COLUMNS.index("name"))
    assert shown_names(table) == ["zz-step 1", "ZZ-step 2", "zz-Step 10", "ZZ-Step 100"]
    click_header(table, COLUMNS.index("name"))
    assert shown_names(table) == ["ZZ-Step 100", "zz-Step 10", "ZZ-step 2", "zz-step 1"]
    click_header(table, COLUMNS.index("start"))
    assert shown_names(table) == ["ZZ-Step 100", "ZZ-step 2", "zz-Step 10", "zz-step 1"]


def test_sort_keys_are_worked_out_once_per_column(table: Any, monkeypatch: Any) -> None:
    model = table.model
    calls: list[tuple[str, int]] = []
    key = model.sort_key

    def counting(record_id: str, column: int) -> Any:
        calls.append((record_id, column))
        return key(record_id, column)

    monkeypatch.setattr(model, "sort_key", counting)
    rows = model.rowCount()
    click_header(table, COLUMNS.index("progress"))
    assert len(calls) == rows  # one key per step, not one per comparison
    click_header(table, COLUMNS.index("progress"))  # the other way round: the same keys
    assert len(calls) == rows
    assert model.rowCount() == len(table.session.steps)


def test_the_selected_step_and_edits_follow_the_order(opened: Any, table: Any) -> None:
    session = opened.session
    table.filter.setFocus()
    QTest.keyClicks(table.filter, "zz-")
    click_header(table, COLUMNS.index("name"))
    two = next(s for s in session.steps.values() if s.name == "ZZ-step 2")
    session.select(EntityKind.STEP, two.id)
    assert table.view.currentIndex().data(STEP_ROLE) == two.id
    click_header(table, COLUMNS.index("name"))  # descending: the selection stays on its step
    assert table.view.currentIndex().data(STEP_ROLE) == two.id
    assert shown_names(table)[table.view.currentIndex().row()] == "ZZ-step 2"
    click_header(table, COLUMNS.index("name"))  # ascending again
    # A step renamed while sorted moves to where its new name belongs, and is stored so.
    one = next(s for s in session.steps.values() if s.name == "zz-step 1")
    index = table.view.model().index(table.row_of(one.id).row(), COLUMNS.index("name"))
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    press(Qt.Key.Key_F2)  # edit the name in place, as in a spreadsheet
    assert isinstance(focused(), QLineEdit) and focused() is not table.filter
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("zz-step 50")
    press(Qt.Key.Key_Return)
    assert shown_names(table) == ["ZZ-step 2", "zz-Step 10", "zz-step 50", "ZZ-Step 100"]
    assert session.workspace.queries.get(Step, one.id).name == "zz-step 50"
    # A step that no longer matches the filter leaves the table; clearing it shows them all.
    assert session.perform(lambda c: c.update(EntityKind.STEP, one.id, name="gone")) is not None
    assert "gone" not in shown_names(table)
    table.filter.clear()
    assert table.view.model().rowCount() == len(session.steps)
    assert "gone" in shown_names(table)
