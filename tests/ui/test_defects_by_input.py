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
    shown = window.notes.readonly.text()
    assert window.notes.readonly.isVisible()
    assert "lab-laptop-7" in shown and "lin" in shown and "2026-11-30 09:15:00" in shown
    advice = window.notes.readonly.toolTip()
    assert "Save As" in advice and "Close it there" in advice
    assert "(read-only)" in window.windowTitle()
    next(a for a in window.findChildren(QAction) if a.text() == "&Close").trigger()
    assert window.session is None
    assert not window.notes.readonly.isVisible()
    assert window.notes.counts.text() == ""  # the closed roadmap's counts are gone
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


def test_a_product_is_linked_to_pathways_in_the_inspector_checklist(
    opened: Any, qtbot: Any
) -> None:
    from roadmap.domain.entities import Product
    from tests.ui.keyboard import press

    queries = opened.session.workspace.queries
    product = queries.all(Product)[0]
    opened.session.select(EntityKind.PRODUCT, product.id)
    checklist = opened.inspector.editors["pathway_ids"][0]
    qtbot.waitUntil(checklist.isVisible)
    row = next(
        i
        for i in range(checklist.count())
        if checklist.item(i).data(Qt.ItemDataRole.UserRole) not in product.pathway_ids
    )
    pathway_id = checklist.item(row).data(Qt.ItemDataRole.UserRole)
    rect = checklist.visualItemRect(checklist.item(row))
    QTest.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    press(Qt.Key.Key_Space)  # ticks the current pathway
    assert queries.get(Product, product.id).pathway_ids == (*product.pathway_ids, pathway_id)
    press(Qt.Key.Key_Space)
    assert queries.get(Product, product.id).pathway_ids == product.pathway_ids


def test_dragging_a_pathway_onto_a_product_in_the_map_links_them(opened: Any, qtbot: Any) -> None:
    from roadmap.domain.entities import Product

    queries = opened.session.workspace.queries
    product = queries.all(Product)[0]
    pathway = next(p for p in opened.session.pathways.values() if p.id not in product.pathway_ids)
    QTest.keyClick(opened, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    view = opened.pathway_map

    def at(kind: EntityKind, entity_id: str) -> QPoint:
        box = view.boxes[(kind, entity_id)]
        view.ensureVisible(box)
        return view.mapFromScene(box.sceneBoundingRect().center())

    def drag() -> None:
        start = at(EntityKind.PATHWAY, pathway.id)
        QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        end = at(EntityKind.PRODUCT, product.id)
        QTest.mouseMove(view.viewport(), QPoint((start.x() + end.x()) // 2, end.y()))
        QTest.mouseMove(view.viewport(), end)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    drag()
    assert queries.get(Product, product.id).pathway_ids == (*product.pathway_ids, pathway.id)
    drag()  # again: the link goes
    assert queries.get(Product, product.id).pathway_ids == product.pathway_ids
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pathway.id in queries.get(Product, product.id).pathway_ids


def test_with_slack_shown_dragging_a_bars_right_end_resizes_it(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_timeline_editing import drag

    canvas = opened.canvas
    with qtbot.waitSignal(opened.analysis.schedule_ready, timeout=10000):
        opened.critical_action.trigger()
    canvas.view.set_zoom(0.8)
    tails = canvas.canvas_style.slack_tails
    bar = next(
        item
        for item in canvas.items.values()
        if item.step.id in tails
        and not item.step.step_kind.is_point
        and item.bar_width() * 0.8 > 60
        and (tails[item.step.id][1] - tails[item.step.id][0]) * 0.8 > 30
    )
    before = stored_steps(opened)[bar.step.id]
    canvas.view.ensureVisible(bar, 60, 60)
    left = canvas.view.mapFromScene(bar.pos())
    y = canvas.view.bar_at_point(bar).y()
    end = QPoint(left.x() + int(bar.bar_width() * 0.8) - 2, y)
    drag(opened, end, QPoint(end.x() + 80, y))
    after = stored_steps(opened)[bar.step.id]
    assert after.start == before.start  # resized, not moved
    assert after.end > before.end


def test_a_step_dragged_before_the_horizon_is_stored_and_said(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_timeline_editing import drag, visible, wide_bars

    info = opened.session.info
    bar = min(wide_bars(opened), key=lambda item: item.step.start)
    point = visible(opened, bar)
    px = (bar.step.start - info.horizon_start).days + 200
    drag(opened, point, QPoint(point.x() - int(px * opened.canvas.view.px_per_day), point.y()))
    moved = stored_steps(opened)[bar.step.id]
    assert moved.start < info.horizon_start
    assert "outside the roadmap's horizon" in opened.statusBar().currentMessage()


def test_patents_sort_as_people_read_numbers(opened: Any) -> None:
    from roadmap.domain.entities import Patent, new_id

    for title in ("Patent 10", "Patent 2", "Patent 1", "Patent 100"):
        opened.session.perform(lambda c, t=title: c.add(Patent(new_id(), t)))
    model = opened.navigator.model
    group = next(n for n in model.root.children if n.entity_id == "patents")
    titles = [n.name for n in group.children if n.name.startswith("Patent ")]
    assert titles == ["Patent 1", "Patent 2", "Patent 10", "Patent 100"]
    from roadmap.ui.tables import natural_key

    assert sorted(["b10", "B2", "a"], key=natural_key) == ["a", "B2", "b10"]


def test_the_samples_folder_names_the_app_once(window: Any) -> None:
    target = window.docs.sample_target("en")
    assert target.parent.name == "samples"
    assert target.parent.parent.name == "Frontier Roadmap"
    assert target.parent.parent.parent.name != "Frontier Roadmap"


def test_a_first_start_fits_the_window_on_the_screen(settings: Any, qtbot: Any) -> None:
    from roadmap.app import build_window

    win = build_window(settings)
    qtbot.addWidget(win)
    screen = win.screen().availableGeometry()
    assert win.width() <= screen.width() and win.height() <= screen.height()


def test_a_step_moved_to_another_lane_leaves_no_empty_row(opened: Any, qtbot: Any) -> None:
    from roadmap.ui.step_table import COLUMNS
    from tests.ui.keyboard import press

    drawing = opened.canvas.drawing
    steps = list(opened.session.steps.values())
    groups: dict[tuple[str, str], list[Step]] = {}
    for s in steps:
        groups.setdefault((s.lane_id, s.pathway_id), []).append(s)
    lanes = list(opened.session.lanes)
    step = next(
        members[0]
        for key, members in groups.items()
        if len(members) == 1 and lanes.index(key[0]) + 1 < len(lanes)
    )
    old_key = (step.lane_id, step.pathway_id)
    height = drawing.layout_info.height
    QTest.keyClick(opened, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    view = opened.table.view
    index = opened.table.model.index(opened.table.row_of(step.id).row(), COLUMNS.index("lane_id"))
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    press(Qt.Key.Key_F2)  # the list of lanes
    press(Qt.Key.Key_Down)  # the next lane
    press(Qt.Key.Key_Return)
    assert stored_steps(opened)[step.id].lane_id != step.lane_id
    bands = {
        (band.lane.id, g.pathway_id) for band in drawing.layout_info.bands for g in band.groups
    }
    assert old_key not in bands  # its old row is gone, not left empty
    assert all(g.rows > 0 for band in drawing.layout_info.bands for g in band.groups)
    assert drawing.layout_info.height <= height


def test_no_step_row_stays_highlighted_when_something_else_is_selected(
    opened: Any, qtbot: Any
) -> None:
    from tests.ui.test_date_editor import type_into_cell

    step = next(iter(stored_steps(opened).values()))
    type_into_cell(opened, qtbot, step.id, "name", "Highlighted")
    assert opened.table.view.selectionModel().hasSelection()
    pathway = next(iter(opened.session.pathways.values()))
    opened.navigator.tree.setFocus()
    index = opened.navigator.proxy.mapFromSource(
        opened.navigator.model.index_of(EntityKind.PATHWAY, pathway.id)
    )
    opened.navigator.tree.setCurrentIndex(index)  # as a click on the pathway does
    assert opened.session.selection == (EntityKind.PATHWAY, pathway.id)
    assert not opened.table.view.selectionModel().hasSelection()
