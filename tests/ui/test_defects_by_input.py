"""Defects a new user hit while building a roadmap live (issue 11, "Broken now"), each
reproduced through real input: a shortcut or QAction.trigger(), key events, mouse events.
Every test checks what got stored in the roadmap file, not only what a widget shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from roadmap.domain.entities import Step
from roadmap.domain.enums import StepKind


def stored_steps(window: Any) -> dict[str, Step]:
    return {s.id: s for s in window.session.workspace.queries.all(Step)}


def test_add_step_by_its_shortcut_stores_a_research_step(opened: Any, qtbot: Any) -> None:
    before = stored_steps(opened)
    opened.canvas.setFocus()
    QTest.keyClick(
        opened,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    added = [s for i, s in stored_steps(opened).items() if i not in before]
    assert len(added) == 1
    assert added[0].step_kind is StepKind.RESEARCH
    assert added[0].end > added[0].start


def test_add_milestone_from_the_menu_stores_a_milestone(opened: Any) -> None:
    before = stored_steps(opened)
    action = next(
        a for a in opened.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+M")
    )
    action.trigger()
    added = [s for i, s in stored_steps(opened).items() if i not in before]
    assert [s.step_kind for s in added] == [StepKind.MILESTONE]
    assert added[0].start == added[0].end


def test_one_trl_level_typed_in_the_table_fills_the_pair(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_date_editor import type_into_cell

    step = next(s for s in stored_steps(opened).values() if s.trl_start is None)
    type_into_cell(opened, qtbot, step.id, "trl_target", "6")
    now = stored_steps(opened)[step.id]
    assert (now.trl_start, now.trl_target) == (6, 6)
    type_into_cell(opened, qtbot, step.id, "trl_start", "4")
    now = stored_steps(opened)[step.id]
    assert (now.trl_start, now.trl_target) == (4, 6)
