"""Pathway rows pack after edits: when a drag or a delete means a pathway needs fewer rows in a
lane, its rows close up and everything below moves up; Undo brings the rows back. Driven by
mouse and key events; checked in the stored steps and in the scene's geometry."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from roadmap.domain.defaults import new_roadmap
from roadmap.domain.entities import Pathway, Problem, Step
from roadmap.ui.timeline.layout import ROW_HEIGHT
from tests.ui.test_authoring import click_bar
from tests.ui.test_timeline_editing import drag, visible

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def overlapping(window: Any, tmp_path: Path, qtbot: Any) -> Any:
    """One lane holding pathway P (A then X in the first row, B overlapping X by a quarter
    in a second row) and, below it, pathway Q (step C)."""
    from dataclasses import replace

    from roadmap.services.workspace import Workspace

    base = new_roadmap("Rows", horizon_start=date(2026, 1, 1), horizon_end=date(2032, 12, 31))
    lane = base.lanes[0].id
    problem = Problem("problem", statement="Rows")
    p, q = Pathway("p", problem.id, "P", position=0), Pathway("q", problem.id, "Q", position=1)
    steps = (
        Step("a", p.id, lane, "A", date(2027, 1, 1), date(2027, 6, 30), position=0),
        Step("x", p.id, lane, "X", date(2027, 7, 1), date(2027, 12, 31), position=1),
        Step("b", p.id, lane, "B", date(2027, 10, 1), date(2028, 6, 30), position=2),
        Step("c", q.id, lane, "C", date(2027, 1, 1), date(2027, 12, 31), position=3),
    )
    snapshot = replace(base, problems=(problem,), pathways=(p, q), steps=steps)
    path = tmp_path / "rows.roadmap"
    Workspace.create(path, snapshot).close()
    assert window.docs.open_path(path)
    qtbot.wait(10)
    window.canvas.view.set_zoom(0.8)
    return window


def tops(window: Any) -> dict[str, float]:
    """Each step's bar top in the scene."""
    found = {}
    for step_id in ("a", "x", "b", "c"):
        rect = window.canvas.bar_rect(step_id)
        if rect is not None:
            found[step_id] = rect.top()
    return found


def rows_of_p(window: Any) -> int:
    lane = next(iter(window.session.lanes))
    return window.canvas.drawing.layout_info.group_rows[(lane, "p")]


def test_a_drag_that_ends_an_overlap_packs_the_rows_and_undo_restores_them(
    overlapping: Any,
) -> None:
    window = overlapping
    before = tops(window)
    assert rows_of_p(window) == 2
    assert before["x"] == before["a"] and before["b"] == before["a"] + ROW_HEIGHT
    assert before["c"] == before["b"] + ROW_HEIGHT  # Q's row under P's two

    # Drag B one quarter later: it no longer overlaps X, so P needs one row.
    item = window.canvas.items["b"]
    point = visible(window, item)
    px_per_quarter = 91 * window.canvas.view.px_per_day
    drag(window, point, point + QPoint(round(px_per_quarter * 1.1), 0))
    moved = window.session.workspace.queries.get(Step, "b")
    assert (moved.start, moved.end) == (date(2028, 1, 1), date(2028, 9, 30))
    after = tops(window)
    assert rows_of_p(window) == 1
    assert after["b"] == after["a"] == before["a"]
    assert after["c"] == before["c"] - ROW_HEIGHT  # the lane closed up under P
    assert window.canvas.items["c"].sceneBoundingRect().top() <= after["c"] + ROW_HEIGHT

    window.canvas.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.session.workspace.queries.get(Step, "b").start == date(2027, 10, 1)
    assert rows_of_p(window) == 2
    assert tops(window) == before


def test_deleting_the_step_a_second_row_made_room_for_packs_the_rows_and_undo_restores_them(
    overlapping: Any,
) -> None:
    window = overlapping
    before = tops(window)
    lane_bottom = window.canvas.drawing.layout_info.bands[0].bottom
    # Delete X: B (which overlapped only X) fits beside A, so P needs one row.
    click_bar(window, "x")
    window.canvas.view.setFocus()
    QTest.keyClick(window.canvas.view, Qt.Key.Key_Delete)
    assert "x" not in {s.id for s in window.session.workspace.queries.all(Step)}
    after = tops(window)
    assert rows_of_p(window) == 1
    assert after == {"a": before["a"], "b": before["a"], "c": before["c"] - ROW_HEIGHT}
    assert window.canvas.drawing.layout_info.bands[0].bottom == lane_bottom - ROW_HEIGHT

    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "x" in {s.id for s in window.session.workspace.queries.all(Step)}
    assert rows_of_p(window) == 2
    assert tops(window) == before
