"""The table, canvas, navigator and inspector edit the same data and follow each other."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit

from roadmap.domain.entities import EntityKind, Step
from roadmap.ui.date_edit import DateEdit
from roadmap.ui.step_table import COLUMNS
from roadmap.ui.timeline.items import StepBar


def first_bar(window: Any) -> StepBar:
    return next(item for item in window.canvas.items.values() if isinstance(item, StepBar))


def test_every_item_model_passes_qts_model_tester(opened: Any) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    for model in (
        opened.table.model,
        opened.navigator.model,
        opened.navigator.proxy,
    ):
        QAbstractItemModelTester(model, mode)
    opened.navigator.filter.setText("芯粒")
    opened.table.filter.setText("TRL")
    bar = first_bar(opened)
    opened.session.perform(lambda c: c.update(EntityKind.STEP, bar.step.id, name="改名的步骤"))
    opened.docs.add_step()
    opened.session.undo_stack.undo()


def test_a_table_edit_shows_on_the_canvas(opened: Any) -> None:
    bar = first_bar(opened)
    model = opened.table.model
    row = model.rows[bar.step.id]
    name_column = COLUMNS.index("name")
    assert model.setData(model.index(row, name_column), "光刻验证")
    assert opened.canvas.items[bar.step.id].step.name == "光刻验证"
    start_column = COLUMNS.index("start")
    new_start = bar.step.start.replace(year=bar.step.start.year - 1)
    assert model.setData(
        model.index(row, start_column), QDate(new_start.year, new_start.month, new_start.day)
    )
    assert opened.canvas.items[bar.step.id].shown[0] == new_start


def test_a_refused_table_edit_stores_nothing_and_says_why(opened: Any) -> None:
    bar = first_bar(opened)
    model = opened.table.model
    row = model.rows[bar.step.id]
    early = bar.step.start.replace(year=bar.step.start.year - 3)
    assert not model.setData(
        model.index(row, COLUMNS.index("end")), QDate(early.year, early.month, early.day)
    )
    assert opened.session.workspace.queries.get(Step, bar.step.id).start == bar.step.start
    assert "before start" in opened.statusBar().currentMessage()


def test_a_canvas_edit_shows_in_the_table(opened: Any) -> None:
    bar = first_bar(opened)
    start, end = date(2030, 1, 1), date(2030, 6, 30)
    opened.canvas.commit_moves([(bar.step.id, start, end)])
    model = opened.table.model
    row = model.rows[bar.step.id]
    assert model.index(row, COLUMNS.index("start")).data() == "2030-01-01"
    assert model.index(row, COLUMNS.index("end")).data() == "2030-06-30"


def test_inspector_checks_as_you_type_and_stores_chinese_text(opened: Any, qtbot: Any) -> None:
    bar = first_bar(opened)
    opened.session.select(EntityKind.STEP, bar.step.id)
    inspector = opened.inspector
    end_edit = inspector.editors["end"][0]
    assert isinstance(end_edit, DateEdit)
    before = bar.step.start.replace(year=bar.step.start.year - 2)
    end_edit.setText(before.isoformat())
    assert inspector.message.isVisible()
    assert "before start" in inspector.message.text()
    inspector.commit()
    assert opened.session.workspace.queries.get(Step, bar.step.id).end == bar.step.end
    end_edit.setText(bar.step.end.isoformat())
    assert not inspector.message.isVisible()

    name_edit = inspector.editors["name"][0]
    assert isinstance(name_edit, QLineEdit)
    name_edit.setFocus()
    name_edit.selectAll()
    name_edit.del_()
    assert "name is empty" in inspector.message.text()
    QApplication.sendEvent(name_edit, QInputMethodEvent("", []))
    commit = QInputMethodEvent()
    commit.setCommitString("晶圆键合工艺")
    QApplication.sendEvent(name_edit, commit)
    assert name_edit.text() == "晶圆键合工艺"
    assert not inspector.message.isVisible()
    name_edit.editingFinished.emit()
    assert opened.session.workspace.queries.get(Step, bar.step.id).name == "晶圆键合工艺"
    qtbot.wait(10)
    assert inspector.editors["name"][0] is name_edit  # kept, with the keyboard
    assert opened.canvas.items[bar.step.id].step.name == "晶圆键合工艺"
    assert opened.session.undo_stack.undoText().endswith('"晶圆键合工艺"')


def test_pathway_scores_are_stored_with_their_rationale(opened: Any, qtbot: Any) -> None:
    pathway = next(iter(opened.session.pathways.values()))
    opened.session.select(EntityKind.PATHWAY, pathway.id)
    inspector = opened.inspector
    spin = next(
        w
        for w in inspector.findChildren(object)
        if getattr(w, "objectName", lambda: "")().startswith("score_")
    )
    rationale = inspector.findChild(QLineEdit, "rationale_" + spin.objectName()[len("score_") :])
    rationale.setText("流片数据支持")
    spin.setValue(5 if spin.value() != 5 else 4)
    value = spin.value()
    spin.editingFinished.emit()
    from roadmap.domain.entities import Score

    scores = opened.session.workspace.queries.all(Score)
    criterion_id = spin.objectName()[len("score_") :]
    score = next(s for s in scores if s.pathway_id == pathway.id and s.criterion_id == criterion_id)
    assert (score.value, score.rationale) == (value, "流片数据支持")


def test_navigator_renames_and_reorders_through_the_services(opened: Any) -> None:
    model = opened.navigator.model
    problems = model.index(0, 0)
    first_problem = model.index(0, 0, problems)
    pathways = [model.index(r, 0, first_problem) for r in range(model.rowCount(first_problem))]
    last = model.node(pathways[-1])
    assert model.setData(pathways[0], "新路线名称")
    assert "新路线名称" in {p.name for p in opened.session.pathways.values()}
    mime = model.mimeData([model.index(last.row, 0, first_problem)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, first_problem)
    problems = model.index(0, 0)
    first_problem = model.index(0, 0, problems)
    assert model.node(model.index(0, 0, first_problem)).entity_id == last.entity_id
    opened.session.undo_stack.undo()
    first_problem = model.index(0, 0, model.index(0, 0))
    assert model.node(model.index(0, 0, first_problem)).entity_id != last.entity_id


def delete_action(window: Any) -> Any:
    return next(a for a in window.findChildren(QAction) if a.text() == "&Delete")


def test_deleting_asks_and_undo_brings_everything_back(opened: Any) -> None:
    pathway = next(iter(opened.session.pathways.values()))
    steps = [s for s in opened.session.steps.values() if s.pathway_id == pathway.id]
    opened.session.select(EntityKind.PATHWAY, pathway.id)
    opened.canvas.scene.clearSelection()
    opened.questions.answer = False
    delete_action(opened).trigger()
    assert opened.questions == [f'Delete pathway "{pathway.name}" with its {len(steps)} steps?']
    assert pathway.id in opened.session.pathways  # "no" deletes nothing
    opened.questions.answer = True
    delete_action(opened).trigger()
    assert len(opened.questions) == 2
    assert pathway.id not in opened.session.pathways
    assert not any(s.id in opened.canvas.items for s in steps)
    opened.session.undo_stack.undo()
    assert pathway.id in opened.session.pathways
    assert all(s.id in opened.canvas.items for s in steps)


def export(window: Any, qtbot: Any, out: Path) -> None:
    """Export to `out` as File > Export does, and wait until the background task has ended."""
    task = window.exports.export_to(out)
    with qtbot.waitSignal(task.ended, timeout=10000):
        pass


def test_export_runs_in_the_background_and_writes_the_file(
    opened: Any, qtbot: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    export(opened, qtbot, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["steps"]) == 49
    assert "out.json" in opened.statusBar().currentMessage()


def test_an_export_that_fails_says_why_and_writes_nothing(
    opened: Any, qtbot: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out.docx"
    export(opened, qtbot, out)
    assert not out.exists()
    assert opened.messages and ".docx" in opened.messages[-1]


def test_import_is_one_undoable_edit(opened: Any, qtbot: Any, tmp_path: Path) -> None:
    from roadmap.io.json_format import read_json, write_json
    from roadmap.locations import sample_path

    snapshot = read_json(sample_path("zh"))
    first = snapshot.steps[0]
    renamed = dataclasses.replace(first, name="导入的新名称")
    source = tmp_path / "in.json"
    write_json(dataclasses.replace(snapshot, steps=(renamed, *snapshot.steps[1:])), source)
    task = opened.imports.import_from(source)
    with qtbot.waitSignal(task.ended, timeout=10000):
        pass
    assert opened.canvas.items[first.id].step.name == "导入的新名称"
    opened.session.undo_stack.undo()
    assert opened.canvas.items[first.id].step.name == first.name


def test_a_renamed_or_recolored_pathway_is_drawn_again_where_it_is(
    opened: Any, sample_file: Path
) -> None:
    """A new name or color moves nothing, so the timeline redraws it in place instead of
    laying everything out again (on L that took ~0.4 s, and reading the timeline again
    ~0.3 s more, for every pathway or lane renamed in a workshop)."""
    import sqlite3
    from contextlib import closing

    from tests.ui.keyboard import focused, press, type_text

    canvas, session = opened.canvas, opened.session
    bars = {step_id: item for step_id, item in canvas.items.items()}
    model, tree = opened.navigator.model, opened.navigator.tree
    problem = model.index(0, 0, model.index(0, 0))
    row = model.index(0, 0, problem)
    pathway_id = model.node(row).entity_id
    # Rename it the way a person does: select it in the navigator, F2, type, Enter.
    tree.expandAll()
    tree.setFocus()
    tree.setCurrentIndex(opened.navigator.proxy.mapFromSource(row))
    press(Qt.Key.Key_F2)
    assert isinstance(focused(), QLineEdit) and focused() is not opened.navigator.filter
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Photonic route")
    press(Qt.Key.Key_Return)
    with closing(sqlite3.connect(sample_file)) as conn:
        stored = conn.execute("SELECT name FROM pathways WHERE id = ?", (pathway_id,)).fetchone()
    assert stored == ("Photonic route",)
    assert session.pathways[pathway_id].name == "Photonic route"
    assert canvas.pathway_names[pathway_id] == "Photonic route"  # the lane header's names
    assert dict(canvas.items.items()) == bars  # the same items: nothing was laid out again
    # A new color for a lane: its bars take it, still in place.
    lane = next(iter(session.lanes.values()))
    session.perform(lambda c: c.update(EntityKind.LANE, lane.id, color="#123456"))
    assert canvas.canvas_style.lane_colors[lane.id].name() == "#123456"
    assert dict(canvas.items.items()) == bars
    opened.undo_action.trigger()
    opened.undo_action.trigger()
    assert session.pathways[pathway_id].name != "Photonic route"
    assert canvas.pathway_names[pathway_id] == session.pathways[pathway_id].name
    # A pathway moved to another place: the rows are laid out again in the new order.
    problem_id = session.pathways[pathway_id].problem_id
    mine = [p.id for p in session.pathways.values() if p.problem_id == problem_id]
    session.perform(lambda c: c.reorder(EntityKind.PATHWAY, mine[-1], 0))
    order = list(session.pathways)
    assert order.index(mine[-1]) < order.index(mine[0])
    for band in canvas.drawing.layout_info.bands:
        drawn = [group.pathway_id for group in band.groups]
        assert drawn == sorted(drawn, key=order.index)
    assert dict(canvas.items.items()) == bars  # laid out again, the items moved, not remade


def test_a_pathway_added_or_deleted_is_followed_without_building_the_views_again(
    opened: Any,
) -> None:
    """Add › Pathway and deleting a pathway with its steps change the navigator row by row
    and the timeline's rows only: on L each built both again (a new pathway 254 ms, deleting
    one 199 ms, its undo 258 ms; now 53, 79 and 76)."""
    from PySide6.QtTest import QTest

    session, canvas, model = opened.session, opened.canvas, opened.navigator.model
    resets: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    bars = dict(canvas.items.items())
    before = set(session.pathways)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(opened, Qt.Key.Key_P, shift_ctrl)  # Add › Pathway
    (new,) = set(session.pathways) - before
    node = model.nodes[(EntityKind.PATHWAY, new)]
    siblings = [p.id for p in session.pathways.values() if p.problem_id == node.parent.entity_id]
    assert node.parent.children[siblings.index(new)] is node and node.row == siblings.index(new)
    assert dict(canvas.items.items()) == bars
    # Delete a pathway with its steps: its rows leave both views; the other bars stay.
    doomed = next(p for p in session.pathways.values() if p.id in before)
    steps = {s.id for s in session.steps.values() if s.pathway_id == doomed.id}
    assert steps
    session.select(EntityKind.PATHWAY, doomed.id)
    canvas.scene.clearSelection()
    opened.questions.answer = True
    delete_action(opened).trigger()
    assert (EntityKind.PATHWAY, doomed.id) not in model.nodes
    assert not any((EntityKind.STEP, s) in model.nodes for s in steps)
    assert not steps & set(canvas.items)
    assert all(canvas.items[k] is v for k, v in bars.items() if k not in steps)
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (EntityKind.PATHWAY, doomed.id) in model.nodes
    assert all((EntityKind.STEP, s) in model.nodes for s in steps)
    assert steps <= set(canvas.drawing.places)
    assert resets == []
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
