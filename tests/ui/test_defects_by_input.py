"""Defects a new user hit while building a roadmap live (issue 11, "Broken now"), each
reproduced through real input: a shortcut or QAction.trigger(), key events, mouse events.
Every test checks what got stored in the roadmap file, not only what a widget shows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.domain.enums import DependencyType, StepKind


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


def point_on_arrow(window: Any, dependency_id: str) -> QPoint:
    """A viewport point on the drawn arrow of a dependency (scrolled into view)."""
    canvas = window.canvas
    arrow = canvas.arrows[dependency_id]
    view = canvas.view
    view.ensureVisible(arrow.scene_rect(), 10, 10)
    scale = view.px_per_day
    path, _head = arrow.paths(scale)
    for percent in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9):
        on_path = path.pointAtPercent(percent)  # drawn x is scene x times the zoom
        point = view.mapFromScene(QPointF(on_path.x() / scale, on_path.y()))
        # Not where a bar covers it or another arrow runs along it.
        if view.step_item_at(point) is None and canvas.arrow_at(view.mapToScene(point)) in (
            None,
            dependency_id,
        ):
            return point
    raise AssertionError("the arrow is hidden under bars or other arrows")


def test_an_arrow_is_selected_by_a_click_edited_in_the_inspector_and_deleted(
    opened: Any, qtbot: Any
) -> None:
    from tests.ui.keyboard import focused, press, retype

    session = opened.session
    dep = next(
        d
        for d in session.workspace.queries.all(Dependency)
        if d.type is DependencyType.FINISH_TO_START and d.lag_days == 0
    )
    viewport = opened.canvas.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_on_arrow(opened, dep.id))
    assert session.selection == (EntityKind.DEPENDENCY, dep.id)
    assert opened.canvas.canvas_style.selected_dependency == dep.id

    retype(opened.inspector.editors["lag_days"][0], "12")
    press(Qt.Key.Key_Backtab)  # back to the type
    assert focused() is opened.inspector.editors["type"][0]
    press(Qt.Key.Key_Down)  # finish-to-start → start-to-start
    stored = session.workspace.queries.get(Dependency, dep.id)
    assert (stored.type, stored.lag_days) == (DependencyType.START_TO_START, 12)
    from_step = session.workspace.queries.get(Step, dep.from_step_id)
    to_step = session.workspace.queries.get(Step, dep.to_step_id)
    assert f"{from_step.name} → {to_step.name}" in opened.undo_action.text()
    assert "-" not in opened.undo_action.text().split("→")[-1][-8:]  # no UUID in the title

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_on_arrow(opened, dep.id))
    assert session.selection == (EntityKind.DEPENDENCY, dep.id)
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_Delete)
    assert dep.id not in {d.id for d in session.workspace.queries.all(Dependency)}
    assert dep.id not in opened.canvas.arrows
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.workspace.queries.get(Dependency, dep.id) == stored
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.workspace.queries.get(Dependency, dep.id) == dep  # type and lag: one entry


def test_clicking_beside_an_arrow_selects_nothing(opened: Any) -> None:
    dep = next(iter(opened.session.dependencies.values()))
    point = point_on_arrow(opened, dep.id)
    viewport = opened.canvas.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert opened.session.selection == (EntityKind.DEPENDENCY, dep.id)
    away = QPoint(point.x(), point.y() + 9)
    while opened.canvas.arrow_at(
        opened.canvas.view.mapToScene(away)
    ) or opened.canvas.view.step_item_at(away):
        away = QPoint(away.x(), away.y() + 7)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=away)
    assert opened.session.selection is None
    assert opened.canvas.canvas_style.selected_dependency is None


def test_delete_takes_one_step_without_asking_and_asks_for_a_pathway_naming_its_steps(
    opened: Any, qtbot: Any
) -> None:
    from tests.ui.test_date_editor import click_bar

    questions: list[str] = []
    opened.confirm = lambda question: questions.append(question) or True
    step = next(iter(stored_steps(opened).values()))
    click_bar(opened, qtbot, step.id)
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_Delete)
    assert step.id not in stored_steps(opened)
    assert questions == []
    pathway = next(iter(opened.session.pathways.values()))
    steps = sum(1 for s in stored_steps(opened).values() if s.pathway_id == pathway.id)
    opened.session.select(EntityKind.PATHWAY, pathway.id)
    QTest.keyClick(opened.navigator.tree, Qt.Key.Key_Delete)
    assert questions == [f'Delete pathway "{pathway.name}" with its {steps} steps?']
    assert not any(s.pathway_id == pathway.id for s in stored_steps(opened).values())


def test_a_row_of_the_table_typed_cell_by_cell_is_one_undo_entry(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_date_editor import type_into_cell

    step = next(s for s in stored_steps(opened).values() if not s.step_kind.is_point)
    entries = opened.session.undo_stack.count()
    type_into_cell(opened, qtbot, step.id, "name", "Wafer bonding")
    type_into_cell(opened, qtbot, step.id, "end", "2040")
    now = stored_steps(opened)[step.id]
    assert (now.name, now.end) == ("Wafer bonding", date(2040, 12, 31))
    assert opened.session.undo_stack.count() == entries + 1
    assert opened.undo_action.text().endswith('"Wafer bonding"')
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_steps(opened)[step.id] == step


def test_a_roadmap_held_elsewhere_opens_read_only_saying_who_holds_it_and_what_to_do(
    window: Any, sample_file: Any
) -> None:
    import json

    lock = sample_file.with_name(sample_file.name + ".lock")
    holder = {"host": "lab-laptop-7", "pid": 4242, "user": "lin", "since": "2026-11-30T09:15:00"}
    lock.write_text(json.dumps(holder), encoding="utf-8")
    assert window.docs.open_path(sample_file)
    assert window.session.readonly
    shown = window.readonly_label.text()
    assert window.readonly_label.isVisible()
    assert "lab-laptop-7" in shown and "lin" in shown and "2026-11-30 09:15:00" in shown
    advice = window.readonly_label.toolTip()
    assert "Save As" in advice and "Close it there" in advice
    assert "(read-only)" in window.windowTitle()
    next(a for a in window.findChildren(QAction) if a.text() == "&Close").trigger()
    assert window.session is None
    assert not window.readonly_label.isVisible()
    assert window.status_label.text() == ""  # the closed roadmap's counts are gone
    assert json.loads(lock.read_text(encoding="utf-8")) == holder  # their lock is left alone


def test_typing_a_minus_in_a_score_rationale_after_a_store_stays_in_the_field(
    opened: Any, qtbot: Any
) -> None:
    from roadmap.domain.entities import Score
    from tests.ui.keyboard import focused, press, retype, type_text

    pathway = next(iter(opened.session.pathways.values()))
    opened.session.select(EntityKind.PATHWAY, pathway.id)
    rationale = next(
        w
        for w in opened.inspector.findChildren(QLineEdit)
        if w.objectName().startswith("rationale_")
    )
    criterion_id = rationale.objectName().removeprefix("rationale_")
    zoom = opened.canvas.view.px_per_day
    retype(rationale, "Low")  # stored: the form used to be rebuilt here, taking the keyboard
    assert focused() is rationale
    type_text("-cost + proven")
    press(Qt.Key.Key_Return)
    score = next(
        s
        for s in opened.session.workspace.queries.all(Score)
        if (s.pathway_id, s.criterion_id) == (pathway.id, criterion_id)
    )
    assert score.rationale == "Low-cost + proven"
    assert opened.canvas.view.px_per_day == zoom  # "-" and "+" did not zoom the timeline
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_Minus)  # on the timeline they do
    assert opened.canvas.view.px_per_day < zoom
