"""Opening a roadmap bigger than the window: the timeline makes scene items only for the rows
near the view, yet every step in view is drawn, editable and linked; loading pauses the garbage
collector."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtTest import QTest

from bench.generate import SIZES, build
from roadmap.domain.entities import EntityKind, Lane, Pathway, Problem, Step
from roadmap.services.workspace import Workspace
from roadmap.ui.timeline.items import StepBar
from roadmap.ui.timeline.layout import ROW_HEIGHT, lay_out, pathway_order, repack
from roadmap.ui.timeline.places import StepGraphic
from roadmap.ui.timeline.scale import day_x


@pytest.fixture
def big(window: Any, tmp_path: Path, qtbot: Any) -> Any:
    """The window with the benchmark's S roadmap (150 steps, several screens tall) open."""
    path = tmp_path / "S.roadmap"
    with Workspace.create(path, build(SIZES["S"], 3)):
        pass
    assert window.docs.open_path(path)
    qtbot.wait(10)
    window.canvas.fit()
    return window


def in_view(window: Any) -> QRectF:
    view = window.canvas.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def drawn_in_view(window: Any) -> set[str]:
    view = window.canvas.view
    return {i.step.id for i in view.items(view.viewport().rect()) if isinstance(i, StepGraphic)}


def placed_in_view(window: Any) -> set[str]:
    """Steps whose bar lies in the visible part of the scene, by their dates and rows."""
    canvas, shown = window.canvas, in_view(window)
    rects = {step_id: canvas.bar_rect(step_id) for step_id in window.session.steps}
    return {step_id for step_id, rect in rects.items() if rect and rect.intersects(shown)}


def drawn_where_its_steps_are(canvas: Any, arrow: Any) -> bool:
    """The arrow as painted (its cached path, its place in the layer's index) joins its steps
    where they are now."""
    path, _head = arrow.paths(1.0)
    ax, ya, bx, yb = arrow.ends()
    first, last = path.elementAt(0), path.currentPosition()
    joined = abs(first.x - ax) <= 9 and first.y == ya and abs(last.x() - bx) <= 9
    indexed = all(
        arrow in canvas.arrow_layer.arrows_in(QRectF(x - 1, y - 1, 2, 2))
        for x, y in ((ax, ya), (bx, yb))
    )
    return joined and last.y() == yb and indexed


def test_only_rows_near_the_view_have_items_and_every_step_in_view_is_drawn(
    big: Any, qtbot: Any
) -> None:
    canvas, view = big.canvas, big.canvas.view
    assert len(canvas.items) == len(big.session.steps) == 150
    assert 0 < len(canvas.items.made()) < 150
    assert placed_in_view(big) and placed_in_view(big) <= drawn_in_view(big)
    for fraction in (3, 2, 1):  # scroll down to the last rows
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // fraction)
        qtbot.wait(5)
        assert placed_in_view(big) and placed_in_view(big) <= drawn_in_view(big)
    assert len(canvas.items.made()) <= 150
    bar = next(item for item in canvas.items.made() if isinstance(item, StepBar))
    assert canvas.bar_rect(bar.step.id) == bar.sceneBoundingRect()


def has_room_to_move(window: Any, step: Step, days: int) -> bool:
    """Moved `days` later, the step stays in its row (a move that needs a new row pushes the
    rows below down, and undo leaves the extra row, so their arrows would not come back)."""
    following = window.canvas.drawing.layout_info.next_start.get(step.id)
    return following is None or following > (step.end + timedelta(days=days + 31)).toordinal()


def test_a_bar_far_down_drags_and_its_arrows_follow_even_to_steps_without_items(
    big: Any, qtbot: Any
) -> None:
    canvas, view = big.canvas, big.canvas.view
    view.set_zoom(0.5)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(5)
    bottom = in_view(big).top()
    bar = next(
        item
        for item in canvas.items.made()
        if isinstance(item, StepBar)
        and item.arrows
        and item.pos().y() > bottom
        and 30 < item.boundingRect().width() * view.px_per_day < view.viewport().width() / 2
        and has_room_to_move(big, item.step, days=91)
    )
    view.centerOn(bar)
    qtbot.wait(5)
    step = bar.step
    arrow = bar.arrows[0]
    before = arrow.ends()
    start = view.bar_at_point(bar)
    end = start + QPoint(round(91 * view.px_per_day), 0)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(20, 0))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    stored = big.session.workspace.queries.get(Step, step.id)
    assert stored.start > step.start and stored.end - stored.start == step.end - step.start
    assert arrow.ends() != before and drawn_where_its_steps_are(canvas, arrow)

    big.session.undo_stack.undo()
    assert canvas.items[step.id].shown == (step.start, step.end)
    assert arrow.ends() == before and drawn_where_its_steps_are(canvas, arrow)


def test_steps_without_items_follow_edits_and_come_into_view_when_selected(big: Any) -> None:
    canvas, session = big.canvas, big.session
    far = next(
        s
        for s in session.steps.values()
        if canvas.places[s.id].item is None and canvas.places[s.id].arrows
    )
    arrow_ids = {a.dependency.id for a in canvas.places[far.id].arrows}
    assert all(drawn_where_its_steps_are(canvas, a) for a in canvas.places[far.id].arrows)
    shift = timedelta(days=60)
    canvas.commit_moves([(far.id, far.start + shift, far.end + shift)])
    assert session.workspace.queries.get(Step, far.id).start == far.start + shift
    moved = canvas.bar_rect(far.id)
    assert moved is not None and moved.left() == day_x(far.start + shift)
    assert all(drawn_where_its_steps_are(canvas, a) for a in canvas.places[far.id].arrows)

    session.select(EntityKind.STEP, far.id)  # e.g. from the navigator
    item = canvas.places[far.id].item
    assert item is not None and item.isSelected()
    assert in_view(big).intersects(item.sceneBoundingRect())
    assert item.shown == (far.start + shift, far.end + shift)

    session.perform(lambda c: c.delete(EntityKind.STEP, far.id))
    assert far.id not in canvas.items and not arrow_ids & canvas.arrows.keys()
    session.undo_stack.undo()
    assert far.id in canvas.items and arrow_ids <= canvas.arrows.keys()


def _two_lanes_two_pathways(
    b_start: date,
) -> tuple[list[Lane], Any, dict[str, Step]]:
    """Two lanes, two pathways; in lane l1 pathway w1 holds A (H1 2025) and B (from `b_start`
    to the end of 2025), w2 holds C below them, and lane l2 holds w1's D."""
    lanes = [Lane("l1", "Research", position=0), Lane("l2", "Product", position=1)]
    problem = Problem("p", "Problem")
    pathways = [Pathway("w1", "p", "First", position=0), Pathway("w2", "p", "Second", position=1)]
    steps = (
        Step("a", "w1", "l1", "A", date(2025, 1, 1), date(2025, 6, 30)),
        Step("b", "w1", "l1", "B", b_start, date(2025, 12, 31)),
        Step("c", "w2", "l1", "C", date(2025, 1, 1), date(2025, 3, 31)),
        Step("d", "w1", "l2", "D", date(2026, 1, 1), date(2026, 3, 31)),
    )
    return lanes, pathway_order([problem], pathways), {s.id: s for s in steps}


def _bands(layout: Any) -> list[tuple[float, float, list[tuple[float, int]]]]:
    return [(b.top, b.height, [(g.top, g.rows) for g in b.groups]) for b in layout.bands]


def test_a_step_that_needs_a_new_row_pushes_what_is_below_down_as_a_full_layout_would() -> None:
    lanes, order, steps = _two_lanes_two_pathways(b_start=date(2025, 7, 1))
    layout = lay_out(lanes, order, steps.values())
    before = dict(layout.row_top)
    assert before["a"] == before["b"]
    steps["b"] = replace(steps["b"], start=date(2025, 3, 1))  # now overlaps A: a second row
    expected = lay_out(lanes, order, steps.values())
    moved = repack(layout, {("l1", "w1"): [steps["a"], steps["b"]]})
    assert moved == ["b"]  # the steps below move with their groups, not one by one
    assert layout.row_top == expected.row_top
    assert layout.row_top["b"] == layout.row_top["c"] - ROW_HEIGHT == before["a"] + ROW_HEIGHT
    assert layout.row_top["d"] == before["d"] + ROW_HEIGHT
    assert layout.height == expected.height
    assert _bands(layout) == _bands(expected)


def test_a_step_that_no_longer_needs_its_row_pulls_what_is_below_up_as_a_full_layout_would() -> (
    None
):
    lanes, order, steps = _two_lanes_two_pathways(b_start=date(2025, 3, 1))
    layout = lay_out(lanes, order, steps.values())
    before = dict(layout.row_top)
    assert before["b"] == before["a"] + ROW_HEIGHT
    steps["b"] = replace(steps["b"], start=date(2025, 7, 1))  # after A now: one row is enough
    expected = lay_out(lanes, order, steps.values())
    moved = repack(layout, {("l1", "w1"): [steps["a"], steps["b"]]})
    assert moved == ["b"]
    assert layout.row_top == expected.row_top
    assert layout.row_top["b"] == before["a"] and layout.row_top["d"] == before["d"] - ROW_HEIGHT
    assert layout.height == expected.height == lay_out(lanes, order, steps.values()).height
    assert _bands(layout) == _bands(expected)


def test_the_collector_waits_while_a_roadmap_loads_and_sees_it_again_when_closed(
    window: Any, sample_file: Path, tmp_path: Path
) -> None:
    assert gc.isenabled()
    assert window.docs.open_path(sample_file)
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the open roadmap holds is out of the scans
    window.close_document()
    assert gc.get_freeze_count() == 0

    damaged = tmp_path / "damaged.roadmap"
    damaged.write_bytes(b"not a roadmap at all" * 100)
    assert not window.docs.open_path(damaged)
    assert window.messages
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_captured_line_that_needs_a_new_row_moves_only_the_items_made_below_it(
    big: Any, qtbot: Any
) -> None:
    """A step typed into the capture box that overlaps every row of its group gets a new row,
    which pushes everything below down; yet only its own group is packed again, and the only
    things repositioned are the scene items that exist below it (the steps without one have no
    stored height to change: theirs follows their group's)."""
    canvas, session, view = big.canvas, big.session, big.canvas.view
    layout = canvas.drawing.layout_info
    group = layout.groups[0]  # the first pathway of the top lane: in view, much below it
    members = [session.steps[step_id] for step_id in group.members]
    lane = session.lanes[members[0].lane_id]
    first, last = min(s.start for s in members), max(s.end for s in members)
    bar = canvas.items[members[0].id]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_at_point(bar))
    assert session.selection == (EntityKind.STEP, members[0].id)
    bottom = group.top + group.rows * ROW_HEIGHT  # everything from here down moves
    placed = {step_id: (place.group, place.row) for step_id, place in canvas.places.items()}
    tops = {step_id: place.top for step_id, place in canvas.places.items()}
    made = {item.step.id: item.pos() for item in canvas.items.made()}
    rows = group.rows

    QTest.keyClick(big, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = big.authoring_actions.capture_bar.line
    QTest.keyClicks(
        box, f"Across all rows {first.isoformat()}..{last.isoformat()} @{lane.name[:4]}"
    )
    QTest.keyClick(box, Qt.Key.Key_Return)

    (added,) = [s for s in session.workspace.queries.all(Step) if s.id not in tops]
    assert (added.lane_id, added.pathway_id) == (lane.id, group.pathway_id)
    assert (added.start, added.end) == (first, last)
    assert group.rows == rows + 1
    below = {step_id for step_id, top in tops.items() if top >= bottom}
    assert below and all(canvas.places[s].top == tops[s] + ROW_HEIGHT for s in below)
    replaced = {
        s for s, where in placed.items() if (canvas.places[s].group, canvas.places[s].row) != where
    }
    assert replaced <= set(group.members)  # packed again: its own group only
    moved_items = {s for s, pos in made.items() if canvas.items[s].pos() != pos}
    assert moved_items == below & made.keys()
    assert len(moved_items) < len(below)  # the steps below without an item were not touched
    assert all(item.pos().y() == item.place.top for item in canvas.items.made())


def test_items_far_below_a_new_row_follow_it_when_they_come_into_view(big: Any, qtbot: Any) -> None:
    """A new row moves the items near the view at once; those made far below it (a screen
    and more away) are left where they were until they come near, then drawn in their row."""
    canvas, session, view = big.canvas, big.session, big.canvas.view
    vbar = view.verticalScrollBar()
    vbar.setValue(vbar.maximum())  # the last rows' items are made
    vbar.setValue(0)
    height = view.viewport().height() / view.row_scale
    near_end = view.mapToScene(0, 0).y() + 2 * height  # items are made this far below the view
    far = {
        item.step.id: item.pos()
        for item in canvas.items.made()
        if item.place.group.top > near_end + ROW_HEIGHT  # its whole group, after the new row
    }
    assert far, "the roadmap is several screens tall"
    tops = {step_id: canvas.places[step_id].top for step_id in far}
    group = canvas.drawing.layout_info.groups[0]
    members = [session.steps[step_id] for step_id in group.members]
    lane = session.lanes[members[0].lane_id]
    first, last = min(s.start for s in members), max(s.end for s in members)
    bar = canvas.items[members[0].id]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bar_at_point(bar))
    QTest.keyClick(big, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = big.authoring_actions.capture_bar.line
    QTest.keyClicks(
        box, f"Across all rows {first.isoformat()}..{last.isoformat()} @{lane.name[:4]}"
    )
    QTest.keyClick(box, Qt.Key.Key_Return)

    # Their rows moved down one; their items, far from the view, have not moved yet.
    assert all(canvas.places[s].top == tops[s] + ROW_HEIGHT for s in far)
    assert all(canvas.drawing.items._made[s].pos() == far[s] for s in far)
    # (The view may have lost height to a scroll bar meanwhile: near is as it is now.)
    now_near = view.mapToScene(0, 0).y() + 2 * view.viewport().height() / view.row_scale
    near = [item for item in canvas.items.made() if item.place.top < now_near]
    assert near and all(item.pos().y() == item.place.top for item in near)
    vbar.setValue(vbar.maximum())  # scrolled down to them
    shown = drawn_in_view(big)
    assert shown & far.keys()
    assert all(canvas.drawing.items._made[s].pos().y() == tops[s] + ROW_HEIGHT for s in shown)
    assert shown == placed_in_view(big)
