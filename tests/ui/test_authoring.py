"""Live authoring by keyboard and mouse (issue 11, "What a facilitator needs"): each action
reached through its shortcut or QAction.trigger(), typing by key events, clicks by mouse
events; every test checks what got stored in the roadmap file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from roadmap.domain.entities import Dependency, EntityKind, Pathway, Problem, Step
from roadmap.domain.enums import StepKind
from roadmap.ui.step_table import STEP_ROLE
from roadmap.ui.timeline.items import StepBar

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def stored(window: Any) -> dict[str, Step]:
    return {s.id: s for s in window.session.workspace.queries.all(Step)}


def stored_links(window: Any) -> list[Dependency]:
    return window.session.workspace.queries.all(Dependency)


def action(window: Any, shortcut: str) -> QAction:
    wanted = QKeySequence(shortcut)
    return next(a for a in window.findChildren(QAction) if wanted in a.shortcuts())


def click_bar(window: Any, step_id: str, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    view = window.canvas.view
    item = window.canvas.items[step_id]
    view.ensureVisible(item, 60, 60)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.bar_at_point(item))


def linked_bars(window: Any) -> tuple[str, str]:
    """Two bars (not milestones) linked by a dependency."""
    steps = window.session.steps
    dep = next(
        d
        for d in window.session.dependencies.values()
        if not steps[d.from_step_id].step_kind.is_point
        and not steps[d.to_step_id].step_kind.is_point
    )
    return dep.from_step_id, dep.to_step_id


def type_text(widget: Any, text: str) -> None:
    """Type `text` as a person would: keys for ASCII, the input method for the rest (CJK)."""
    run = ""
    for char in text + "\0":
        if char != "\0" and char.isascii():
            run += char
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_line(widget: Any, text: str) -> None:
    type_text(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def activate(qtbot: Any, window: Any) -> None:
    """Make `window` the active one, as a click on its title bar would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.fixture
def empty(window: Any, tmp_path: Path, qtbot: Any) -> Any:
    """The window with a new, empty roadmap open (as `roadmap new` makes it)."""
    from roadmap.domain.defaults import new_roadmap
    from roadmap.services.workspace import Workspace

    path = tmp_path / "empty.roadmap"
    Workspace.create(path, new_roadmap("Workshop", horizon_start=date(2026, 1, 1))).close()
    assert window.docs.open_path(path)
    qtbot.wait(10)
    return window


def test_add_step_with_nothing_selected_goes_to_the_pathway_last_worked_on(opened: Any) -> None:
    session = opened.session
    last = list(session.pathways)[-1]
    step_id = next(s.id for s in session.steps.values() if s.pathway_id == last)
    click_bar(opened, step_id)
    # Click an empty corner: nothing is selected any more.
    view = opened.canvas.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert opened.session.selection is None
    before = stored(opened)
    action(opened, "Ctrl+Shift+G").trigger()
    (added,) = [s for i, s in stored(opened).items() if i not in before]
    assert added.pathway_id == last
    assert added.step_kind is StepKind.DECISION_GATE and added.start == added.end


def test_an_empty_roadmap_offers_a_problem_and_a_pathway_before_the_first_step(
    empty: Any,
) -> None:
    asked: list[str] = []
    empty.confirm = lambda question: asked.append(question) or True
    QTest.keyClick(empty, Qt.Key.Key_N, CTRL | SHIFT)
    queries = empty.session.workspace.queries
    assert len(asked) == 2  # no pathway, then no problem to put it under
    assert len(queries.all(Problem)) == 1 and len(queries.all(Pathway)) == 1
    assert not queries.all(Step)
    QTest.keyClick(empty, Qt.Key.Key_N, CTRL | SHIFT)
    (step,) = queries.all(Step)
    assert step.pathway_id == queries.all(Pathway)[0].id


def test_new_pathways_get_distinct_colours(empty: Any) -> None:
    empty.confirm = lambda question: True
    for _ in range(4):
        QTest.keyClick(empty, Qt.Key.Key_P, CTRL | SHIFT)
    colours = [p.color for p in empty.session.workspace.queries.all(Pathway)]
    assert len(colours) == 4 and len(set(colours)) == 4


def test_double_click_on_an_empty_spot_adds_a_step_there(opened: Any) -> None:
    canvas = opened.canvas
    layout = canvas.drawing.layout_info
    band = next(b for b in layout.bands if b.groups)
    group = band.groups[0]
    day = date(2031, 5, 17)
    from roadmap.ui.timeline.scale import day_x

    # A free spot in that row: one row below the group's last row is another group's or free;
    # use the group's own first row at a date where it has no bar.
    row_steps = [
        s
        for s in opened.session.steps.values()
        if s.lane_id == band.lane.id and s.pathway_id == group.pathway_id
    ]
    while any(s.start <= day <= s.end for s in row_steps):
        day += timedelta(days=200)
    scene = QPointF(day_x(day) + 0.5, group.top + 5)
    canvas.view.centerOn(scene)
    point = canvas.view.mapFromScene(scene)
    assert canvas.view.step_item_at(point) is None
    before = stored(opened)
    QTest.mouseDClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    (added,) = [s for i, s in stored(opened).items() if i not in before]
    assert (added.lane_id, added.pathway_id) == (band.lane.id, group.pathway_id)
    assert added.start <= day <= added.end
    assert (added.end - added.start).days < 100  # one quarter, the sample's unit


def test_capture_box_adds_each_typed_line_and_stays_ready(opened: Any) -> None:
    session = opened.session
    lane = next(lane for lane in session.lanes.values())
    pathway = list(session.pathways.values())[1]
    QTest.keyClick(opened, Qt.Key.Key_K, CTRL)
    box = opened.authoring_actions.capture_bar.line
    assert box.hasFocus()
    before = stored(opened)
    type_line(box, f"Pilot line 2027Q3-2028Q2 @{lane.name[:2]} #{pathway.name[:4]} TRL5-7")
    type_line(box, "Follow-up audit")
    added = [s for i, s in stored(opened).items() if i not in before]
    assert [(s.name, s.lane_id, s.pathway_id) for s in added] == [
        ("Pilot line", lane.id, pathway.id),
        ("Follow-up audit", lane.id, pathway.id),  # where the last line went
    ]
    assert (added[0].start, added[0].end) == (date(2027, 7, 1), date(2028, 6, 30))
    assert (added[0].trl_start, added[0].trl_target) == (5, 7)
    assert added[1].start == date(2028, 7, 1)
    assert box.text() == "" and box.hasFocus()
    type_line(box, "Nowhere #NoSuchPathway")
    assert "NoSuchPathway" in opened.authoring_actions.capture_bar.note.text()
    assert box.text() == "Nowhere #NoSuchPathway"  # kept to correct


def test_a_captured_kind_without_a_lane_goes_where_that_kind_of_step_is(opened: Any) -> None:
    """Seen under Xvfb: "!pilot" with nothing selected landed in the first lane (Industry &
    market) while every pilot of the roadmap is in another one."""
    session = opened.session
    assert session.selection is None
    pilots: dict[str, int] = {}
    for step in stored(opened).values():
        if step.step_kind is StepKind.PILOT:
            pilots[step.lane_id] = pilots.get(step.lane_id, 0) + 1
    pilot_lane = max(pilots, key=lambda lane_id: pilots[lane_id])
    assert pilot_lane != next(iter(session.lanes))  # else this would prove nothing
    QTest.keyClick(opened, Qt.Key.Key_K, CTRL)
    before = stored(opened)
    type_line(opened.authoring_actions.capture_bar.line, "Line trial 2027Q1-2027Q4 !pilot")
    (added,) = [s for i, s in stored(opened).items() if i not in before]
    assert (added.step_kind, added.lane_id) == (StepKind.PILOT, pilot_lane)


def test_pasting_a_list_adds_every_line_as_one_undo_step(opened: Any) -> None:
    session = opened.session
    pathway_id = next(iter(session.pathways))
    click_bar(opened, next(s.id for s in session.steps.values() if s.pathway_id == pathway_id))
    QApplication.clipboard().setText("Survey\nModel 2028\nBench test 2029Q1\n- Review\n* Report")
    undo_count = session.undo_stack.count()
    before = stored(opened)
    opened.canvas.view.setFocus()
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_V, CTRL)
    added = [s for i, s in stored(opened).items() if i not in before]
    assert [s.name for s in added] == ["Survey", "Model", "Bench test", "Review", "Report"]
    assert {s.pathway_id for s in added} == {pathway_id}
    assert session.undo_stack.count() == undo_count + 1
    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert stored(opened).keys() == before.keys()


def test_spreadsheet_rows_paste_with_their_dates_and_lanes(opened: Any) -> None:
    session = opened.session
    lanes = list(session.lanes.values())
    QApplication.clipboard().setText(
        f"Name\tStart\tEnd\tLane\nA\t2027-01-01\t2027-03-31\t{lanes[2].name}\n"
        f"B\t2027-04\t2027-09\t{lanes[1].name}\n"
    )
    before = stored(opened)
    action(opened, "Ctrl+V").trigger()
    added = [s for i, s in stored(opened).items() if i not in before]
    assert [(s.name, s.start, s.end, s.lane_id) for s in added] == [
        ("A", date(2027, 1, 1), date(2027, 3, 31), lanes[2].id),
        ("B", date(2027, 4, 1), date(2027, 9, 30), lanes[1].id),
    ]


def test_duplicate_copies_the_steps_with_the_links_among_them(opened: Any) -> None:
    first, second = linked_bars(opened)
    click_bar(opened, first)
    click_bar(opened, second, CTRL)
    assert sorted(opened.canvas.selected_step_ids()) == sorted([first, second])
    steps, links = stored(opened), len(stored_links(opened))
    count = opened.session.undo_stack.count()
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_D, CTRL)
    copies = [s for i, s in stored(opened).items() if i not in steps]
    assert sorted(s.name for s in copies) == sorted([steps[first].name, steps[second].name])
    assert len(stored_links(opened)) == links + 1
    assert opened.session.undo_stack.count() == count + 1
    assert sorted(opened.canvas.selected_step_ids()) == sorted(s.id for s in copies)


def test_cut_and_paste_between_two_windows(opened: Any, qtbot: Any, tmp_path: Path) -> None:
    from roadmap.app import build_window
    from roadmap.domain.defaults import new_roadmap
    from roadmap.services.workspace import Workspace

    other_path = tmp_path / "other.roadmap"
    Workspace.create(other_path, new_roadmap("Other")).close()
    other = build_window(opened.settings)
    other.confirm = lambda question: True
    qtbot.addWidget(other)
    other.show()
    assert other.docs.open_path(other_path)
    action(other, "Ctrl+Shift+P").trigger()  # a problem and a pathway to paste onto
    assert len(other.session.pathways) == 1
    first, second = linked_bars(opened)
    names = {opened.session.steps[first].name, opened.session.steps[second].name}
    activate(qtbot, opened)
    click_bar(opened, first)
    click_bar(opened, second, CTRL)
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_X, CTRL)
    assert first not in stored(opened) and second not in stored(opened)
    activate(qtbot, other)
    other.canvas.view.setFocus()
    QTest.keyClick(other.canvas.view, Qt.Key.Key_V, CTRL)
    pasted = stored(other)
    assert {s.name for s in pasted.values()} == names
    (link,) = stored_links(other)
    assert {link.from_step_id, link.to_step_id} == set(pasted)
    other.close()


def test_arrow_keys_nudge_the_selected_bar_one_unit_or_one_day(opened: Any) -> None:
    bar = next(i for i in opened.canvas.items.values() if isinstance(i, StepBar))
    step_id = bar.step.id
    click_bar(opened, step_id)
    before = stored(opened)[step_id]
    count = opened.session.undo_stack.count()
    view = opened.canvas.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    moved = stored(opened)[step_id]
    month = before.start.month + 2  # the sample's unit is the quarter
    expected = date(before.start.year + month // 12, month % 12 + 1, 1)
    if before.start.day == 1:
        assert moved.start == expected
    assert moved.end - moved.start == before.end - before.start
    QTest.keyClick(view, Qt.Key.Key_Left, SHIFT)
    assert stored(opened)[step_id].start == moved.start - timedelta(days=1)
    assert opened.session.undo_stack.count() == count + 2


def test_arrow_keys_in_a_text_field_do_not_move_steps(opened: Any) -> None:
    step_id = next(iter(opened.session.steps))
    click_bar(opened, step_id)
    before = stored(opened)[step_id]
    QTest.keyClick(opened, Qt.Key.Key_F, CTRL)
    box = opened.authoring_actions.find_bar.line
    QTest.keyClicks(box, "ab")
    QTest.keyClick(box, Qt.Key.Key_Left)
    assert stored(opened)[step_id] == before
    assert box.cursorPosition() == 1


def test_find_lights_up_matches_and_enter_cycles(opened: Any) -> None:
    session = opened.session
    word = next(iter(session.steps.values())).name[:2]
    matching = {s.id for s in session.steps.values() if word.casefold() in s.name.casefold()}
    QTest.keyClick(opened, Qt.Key.Key_F, CTRL)
    box = opened.authoring_actions.find_bar.line
    type_text(box, word)
    assert opened.canvas.canvas_style.found == matching
    first = opened.canvas.selected_step_ids()
    assert len(first) == 1 and first[0] in matching
    QTest.keyClick(box, Qt.Key.Key_Return)
    if len(matching) > 1:
        assert opened.canvas.selected_step_ids() != first
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert opened.canvas.canvas_style.found == frozenset()


def test_the_status_bar_says_when_the_last_edit_was_saved(opened: Any) -> None:
    label = opened.authoring_actions.saved_label
    assert label.text() == "All changes saved"
    QTest.keyClick(opened, Qt.Key.Key_N, CTRL | SHIFT)
    assert label.text().startswith("Saved at ")


def test_enter_on_the_last_table_row_adds_the_next_step_with_the_cursor_in_its_name(
    opened: Any, qtbot: Any
) -> None:
    QTest.keyClick(opened, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: opened.table is not None and opened.table.view.isVisible())
    table = opened.table
    view = table.view
    last = table.model.rowCount() - 1
    index = table.model.index(last, 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    previous = stored(opened)[index.data(STEP_ROLE)]
    before = stored(opened)
    QTest.keyClick(view, Qt.Key.Key_Return)
    (added,) = [s for i, s in stored(opened).items() if i not in before]
    assert (added.pathway_id, added.lane_id) == (previous.pathway_id, previous.lane_id)
    assert added.start == previous.end + timedelta(days=1)
    assert view.state() == view.State.EditingState
    (editor,) = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert view.currentIndex().column() == 0  # the name
    editor.selectAll()
    type_line(editor, "Next step typed")
    qtbot.waitUntil(lambda: stored(opened)[added.id].name == "Next step typed")  # queued commit
    assert table.model.rowCount() == last + 2


def test_an_empty_roadmap_says_what_to_do_first_with_buttons(empty: Any) -> None:
    hint = empty.empty_hint
    assert hint.isVisible() and "problem" in hint.message.text()
    problem, pathway, step, paste = hint.buttons
    empty.confirm = lambda question: True
    QTest.mouseClick(problem, Qt.MouseButton.LeftButton)
    queries = empty.session.workspace.queries
    assert len(queries.all(Problem)) == 1
    assert "pathway" in hint.message.text()
    QTest.mouseClick(pathway, Qt.MouseButton.LeftButton)
    assert len(queries.all(Pathway)) == 1
    assert "Ctrl+K" in hint.message.text()
    QApplication.clipboard().setText("One\nTwo\nThree")
    QTest.mouseClick(paste, Qt.MouseButton.LeftButton)
    assert sorted(s.name for s in queries.all(Step)) == ["One", "Three", "Two"]
    assert not hint.isVisible()
    QTest.keyClick(empty, Qt.Key.Key_Z, CTRL)
    assert hint.isVisible()
    QTest.mouseClick(step, Qt.MouseButton.LeftButton)
    assert [s.name for s in queries.all(Step)] == ["New step"]
    assert not hint.isVisible()


def test_a_pathway_colour_is_picked_from_the_palette_not_typed(opened: Any) -> None:
    from roadmap.domain.colors import PALETTE
    from roadmap.ui.color_field import ColorField

    session = opened.session
    pathway = next(iter(session.pathways.values()))
    navigator = opened.navigator
    index = navigator.proxy.mapFromSource(navigator.model.index_of(EntityKind.PATHWAY, pathway.id))
    navigator.tree.scrollTo(index)
    rect = navigator.tree.visualRect(index)
    QTest.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    field = opened.inspector.findChild(ColorField, "field_color")
    assert field is not None and field.color() == pathway.color.upper()
    wanted = next(c for c in PALETTE if c != pathway.color.upper())
    swatch = next(a for a in field.menu().actions() if a.data() == wanted)
    swatch.trigger()
    stored_pathway = session.workspace.queries.get(Pathway, pathway.id)
    assert stored_pathway.color.upper() == wanted


def test_row_height_zooms_by_the_view_menu_and_ctrl_shift_wheel(opened: Any) -> None:
    from PySide6.QtCore import QPointF as Point
    from PySide6.QtGui import QWheelEvent

    view = opened.canvas.view
    bar = next(i for i in opened.canvas.items.values() if isinstance(i, StepBar))
    height = view.mapFromScene(bar.sceneBoundingRect()).boundingRect().height()
    QTest.keyClick(opened, Qt.Key.Key_Up, CTRL | SHIFT)
    taller = view.mapFromScene(bar.sceneBoundingRect()).boundingRect().height()
    assert taller > height * 1.1
    wheel = QWheelEvent(
        Point(50, 50),
        Point(view.viewport().mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        CTRL | SHIFT,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    shorter = view.mapFromScene(bar.sceneBoundingRect()).boundingRect().height()
    assert shorter < taller * 0.85
    assert opened.canvas.view.px_per_day == pytest.approx(view.transform().m11())


def test_side_panels_fold_to_a_strip_and_the_window_remembers(opened: Any, qtbot: Any) -> None:
    dock = opened.navigator_dock
    fold = next(action for d, action in opened.authoring_actions.folds if d is dock)
    fold.trigger()
    qtbot.waitUntil(lambda: dock.width() <= 30)
    assert not opened.navigator.isVisible()
    assert opened.settings.folded_docks == ["navigator"]
    # A double-click on the strip unfolds it.
    QTest.mouseDClick(dock, Qt.MouseButton.LeftButton, pos=QPoint(8, 40))
    qtbot.waitUntil(lambda: dock.width() > 100)
    assert opened.navigator.isVisible()
    assert opened.settings.folded_docks == []
    assert not fold.isChecked()


def test_the_legend_names_the_lanes_and_hides_from_the_view_menu(opened: Any) -> None:
    legend = opened.canvas.legend
    assert legend.isVisible()
    words = [entry[2] for entry in legend.entries()]
    assert [lane.name for lane in opened.session.lanes.values()] == words[:4]
    assert "milestone" in words and "critical path" in words
    opened.color_action.trigger()  # colour by pathway: the legend lists pathways
    words = [entry[2] for entry in legend.entries()]
    assert words[: len(opened.session.pathways)] == [
        p.name for p in opened.session.pathways.values()
    ]
    opened.authoring_actions.legend.trigger()
    assert not legend.isVisible() and opened.settings.legend_shown is False
