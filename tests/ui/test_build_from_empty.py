"""A facilitator builds a roadmap from an empty file with the keyboard and the mouse only —
QTest key and mouse events, menu actions by their shortcuts; no service is called — then the
stored roadmap is checked field by field, and Undo takes it all back to the empty file.

What is typed is in `scenario_script` (the authoring benchmark counts its keystrokes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QPlainTextEdit, QWidget

from roadmap.domain.entities import Dependency, Pathway, Problem, Product, Score, Step
from roadmap.domain.enums import StepKind
from tests.support import canonical
from tests.ui.scenario_script import (
    GATE_LINE,
    MILESTONE_LINES,
    PASTED_LIST,
    PATHWAYS,
    PROBLEM,
    PRODUCT,
    STEP_LINES,
)
from tests.ui.test_authoring import CTRL, SHIFT, activate, type_line, type_text
from tests.ui.test_defects_by_input import point_on_arrow
from tests.ui.test_every_action import all_actions

ALT = Qt.KeyboardModifier.AltModifier


def settle(qtbot: Any) -> None:
    qtbot.wait(20)  # the inspector shows a stored record again on the next turn of the loop


def click(widget: QWidget, point: QPoint | None = None) -> None:
    where = point if point is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def retype(window: Any, qtbot: Any, field: str, text: str) -> None:
    """Click an inspector field, select what is there, type `text`, and leave the field."""
    settle(qtbot)
    editor = window.inspector.editors[field][0]
    target = editor.lineEdit() if isinstance(editor, QAbstractSpinBox) else editor
    click(target.viewport() if isinstance(target, QPlainTextEdit) else target)
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_A, CTRL)
    type_text(target, text)
    if isinstance(editor, QPlainTextEdit):
        QTest.keyClick(target, Qt.Key.Key_Tab, CTRL)  # leaves the text box, which stores it
        editor.clearFocus()
    else:
        QTest.keyClick(target, Qt.Key.Key_Return)
    settle(qtbot)


def drag_link(window: Any, source: str, target: str) -> None:
    """Alt-drag from one step to another: a finish-to-start dependency."""
    view = window.canvas.view
    first, second = window.canvas.items[source], window.canvas.items[target]
    start = view.bar_at_point(first)
    end = view.bar_at_point(second)
    viewport = view.viewport()
    assert viewport.rect().contains(start) and viewport.rect().contains(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, ALT, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, ALT, end)


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    """A new roadmap file, as `roadmap new` writes it: default lanes and criteria, no more."""
    from roadmap.domain.defaults import new_roadmap
    from roadmap.services.workspace import Workspace

    path = tmp_path / "workshop.roadmap"
    snapshot = new_roadmap(
        "Workshop", horizon_start=date(2026, 1, 1), horizon_end=date(2035, 12, 31)
    )
    Workspace.create(path, snapshot).close()
    return path


def test_a_roadmap_built_by_keyboard_and_mouse_then_undone_to_the_empty_file(
    window: Any, empty_file: Path, qtbot: Any
) -> None:
    assert window.docs.open_path(empty_file)
    activate(qtbot, window)
    queries = window.session.workspace.queries
    empty = canonical(queries.snapshot())
    window.confirm = lambda question: True

    # A problem, named in the inspector.
    click(window.empty_hint.buttons[0])
    retype(window, qtbot, "statement", PROBLEM)

    # Three pathways (Ctrl+Shift+P), each named in the inspector.
    for name in PATHWAYS:
        QTest.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
        retype(window, qtbot, "name", name)

    # Twelve steps, two milestones and a decision gate, each one typed line (Ctrl+K).
    QTest.keyClick(window, Qt.Key.Key_K, CTRL)
    box = window.authoring_actions.capture_bar.line
    for line in (*STEP_LINES, *MILESTONE_LINES, GATE_LINE):
        type_line(box, line)
        assert box.text() == "", window.authoring_actions.capture_bar.note.text()
    QTest.keyClick(box, Qt.Key.Key_Escape)

    steps = {s.name: s for s in queries.all(Step)}
    assert len(steps) == 15

    # Four dependencies by Alt-dragging from one bar to the next.
    links = [
        ("Coherence study", "PIM macro design"),
        ("PIM macro design", "PIM test chip"),
        ("Waveguide physics", "Modulator array"),
        ("Interposer research", "Hybrid bonding line"),
    ]
    QTest.keyClick(window, Qt.Key.Key_0, CTRL)  # fit the horizon to the window
    for source, target in links:
        drag_link(window, steps[source].id, steps[target].id)
    assert len(queries.all(Dependency)) == 4
    link_ids = {(d.from_step_id, d.to_step_id): d.id for d in queries.all(Dependency)}

    def link_of(source: str, target: str) -> str:
        return link_ids[(steps[source].id, steps[target].id)]

    # One dependency deleted again: a click on its arrow, then Delete.
    viewport = window.canvas.view.viewport()
    click(viewport, point_on_arrow(window, link_of(*links[3])))
    window.canvas.view.setFocus()
    QTest.keyClick(window.canvas.view, Qt.Key.Key_Delete)
    assert len(queries.all(Dependency)) == 3
    # One dependency's lag typed in the inspector.
    click(viewport, point_on_arrow(window, link_of(*links[1])))
    settle(qtbot)
    retype(window, qtbot, "lag_days", "14")
    assert queries.get(Dependency, link_of(*links[1])).lag_days == 14
    links = links[:3]

    # Scores for the first pathway: select it in the navigator, type two scores.
    pathway = next(p for p in queries.all(Pathway) if p.name == PATHWAYS[0])
    navigator = window.navigator
    from roadmap.domain.entities import EntityKind

    index = navigator.proxy.mapFromSource(navigator.model.index_of(EntityKind.PATHWAY, pathway.id))
    navigator.tree.scrollTo(index)
    click(navigator.tree.viewport(), navigator.tree.visualRect(index).center())
    settle(qtbot)

    def score_field(prefix: str, number: int) -> Any:
        """The inspector's score (or rationale) field of the `number`th criterion, as shown
        now (the form is shown again after each store)."""

        def fields() -> list[QWidget]:
            found = window.inspector.findChildren(QWidget)
            return [w for w in found if w.objectName().startswith(prefix) and w.isVisible()]

        qtbot.waitUntil(lambda: len(fields()) > number)
        return fields()[number]

    for number, value in ((0, "4"), (1, "2")):
        line = score_field("score_", number).lineEdit()
        click(line)
        QTest.keyClick(line, Qt.Key.Key_A, CTRL)
        type_line(line, value)
    rationale = score_field("rationale_", 0)
    click(rationale)
    type_line(rationale, "Proven at 7 nm")
    settle(qtbot)

    # A pasted list of five steps onto the selected pathway, then one step duplicated.
    QApplication.clipboard().setText(PASTED_LIST)
    QTest.keyClick(window, Qt.Key.Key_V, CTRL)
    pasted = [s for s in queries.all(Step) if s.name in PASTED_LIST.splitlines()]
    assert len(pasted) == 5
    view = window.canvas.view
    item = window.canvas.items[steps["Modulator array"].id]
    view.ensureVisible(item, 40, 40)
    click(view.viewport(), view.bar_at_point(item))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_D, CTRL)

    # A product (Add › Product), named in the inspector and linked to the second pathway by
    # a click on its line in the inspector's checklist and Space, as a keyboard user ticks it.
    all_actions(window)["Add › Product"].trigger()
    retype(window, qtbot, "name", PRODUCT)
    checklist = window.inspector.editors["pathway_ids"][0]
    line = next(
        checklist.item(i)
        for i in range(checklist.count())
        if checklist.item(i).text() == PATHWAYS[1]
    )
    click(checklist.viewport(), checklist.visualItemRect(line).center())
    QTest.keyClick(checklist, Qt.Key.Key_Space)
    settle(qtbot)

    # What is stored, field by field.
    problems = queries.all(Problem)
    assert [p.statement for p in problems] == [PROBLEM]
    pathways = sorted(queries.all(Pathway), key=lambda p: p.position)
    assert [p.name for p in pathways] == list(PATHWAYS)
    assert {p.problem_id for p in pathways} == {problems[0].id}
    assert len({p.color for p in pathways}) == 3
    by_name = {p.name: p.id for p in pathways}
    lanes = {lane.name: lane.id for lane in window.session.lanes.values()}
    stored = queries.all(Step)
    assert len(stored) == 15 + 5 + 1
    chip = {s.name: s for s in stored}
    test_chip = chip["PIM test chip"]
    assert (test_chip.start, test_chip.end) == (date(2028, 4, 1), date(2028, 12, 31))
    assert (test_chip.trl_start, test_chip.trl_target) == (5, 6)
    assert test_chip.lane_id == lanes["Product"]
    assert test_chip.pathway_id == by_name["Near-memory compute"]
    lanes_used = {
        s.lane_id for s in stored if s.name in {line.split(" 20")[0] for line in STEP_LINES}
    }
    assert lanes_used == set(lanes.values())  # all four lanes
    tape_out = chip["Tape-out"]
    assert tape_out.step_kind is StepKind.MILESTONE and tape_out.start == tape_out.end
    assert tape_out.start == date(2028, 6, 30)
    gate = chip["Go/no-go review"]
    assert gate.step_kind is StepKind.DECISION_GATE and gate.start == date(2028, 12, 15)
    assert (
        gate.pathway_id == by_name["Chiplet packaging"]
        and gate.lane_id == lanes["Industry & market"]
    )
    copies = [s for s in stored if s.name == "Modulator array"]
    assert len(copies) == 2 and copies[0].start == copies[1].start
    assert {s.pathway_id for s in pasted} == {by_name[PATHWAYS[0]]}
    deps = {(d.from_step_id, d.to_step_id): d.lag_days for d in queries.all(Dependency)}
    assert deps == {(steps[a].id, steps[b].id): 14 if (a, b) == links[1] else 0 for a, b in links}
    scores = sorted(
        (s.value, s.rationale) for s in queries.all(Score) if s.pathway_id == pathway.id
    )
    assert [v for v, _r in scores] == [2, 4]
    assert "Proven at 7 nm" in {r for _v, r in scores}
    products = queries.all(Product)
    assert [(p.name, p.pathway_ids) for p in products] == [(PRODUCT, (by_name[PATHWAYS[1]],))]

    # Undo everything: back to the empty file.
    entries = window.session.undo_stack.index()
    assert entries > 20
    window.canvas.view.setFocus()
    for _ in range(entries):
        QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.session.undo_stack.index() == 0
    assert canonical(queries.snapshot()) == empty
