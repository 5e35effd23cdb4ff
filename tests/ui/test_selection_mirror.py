"""Several steps selected on the timeline (rubber band, Ctrl+click) are selected in the Steps
table, and rows selected in the table (Ctrl+click) are selected on the timeline; nothing stays
highlighted that is not selected any more. By mouse and key events only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind, Step
from tests.ui.keyboard import click, press
from tests.ui.test_authoring import click_bar, type_text
from tests.ui.test_timeline_editing import drag, visible, wide_bars

CTRL = Qt.KeyboardModifier.ControlModifier


def table_selection(window: Any) -> set[str]:
    return set(window.table.selection.selected_step_ids())


def click_row(window: Any, step_id: str, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    view = window.table.view
    index = window.table.row_of(step_id)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def rubber_band(window: Any) -> set[str]:
    """Draw a rubber band from empty space over a bar and the rows below it."""
    view = window.canvas.view
    first = wide_bars(window)[0]
    visible(window, first)
    rect = view.mapFromScene(first.sceneBoundingRect()).boundingRect()
    start = QPoint(rect.left() - 4, rect.top() - 3)
    while view.step_item_at(start) is not None:
        start -= QPoint(3, 0)
    drag(window, start, QPoint(rect.right() + 2, rect.bottom() + 60))
    return set(window.canvas.selected_step_ids())


def test_a_rubber_band_and_ctrl_clicks_on_the_timeline_select_the_same_rows(opened: Any) -> None:
    chosen = rubber_band(opened)
    assert len(chosen) >= 2
    QTest.keyClick(opened, Qt.Key.Key_2, CTRL)  # the Steps tab
    assert table_selection(opened) == chosen
    QTest.keyClick(opened, Qt.Key.Key_1, CTRL)

    # Ctrl+click one more bar: one more row.
    other = next(s for s in wide_bars(opened) if s.step.id not in chosen).step.id
    click_bar(opened, other, CTRL)
    assert set(opened.canvas.selected_step_ids()) == chosen | {other}
    assert table_selection(opened) == chosen | {other}

    # A plain click on one bar: that row alone, the others lose their highlight.
    click_bar(opened, other)
    assert opened.canvas.selected_step_ids() == [other]
    assert table_selection(opened) == {other}
    assert opened.session.selection is not None and opened.session.selection[1] == other

    # A click on empty space: no row stays highlighted.
    QTest.mouseClick(opened.canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert opened.canvas.selected_step_ids() == []
    assert table_selection(opened) == set()
    assert not opened.table.view.selectionModel().hasSelection()


def test_rows_ctrl_clicked_in_the_table_are_selected_on_the_timeline_and_deleted_together(
    opened: Any,
) -> None:
    QTest.keyClick(opened, Qt.Key.Key_2, CTRL)
    model = opened.table.model
    ids = [model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in (0, 2, 4)]
    click_row(opened, ids[0])
    assert set(opened.canvas.selected_step_ids()) == {ids[0]}
    assert opened.session.selection is not None and opened.session.selection[1] == ids[0]
    click_row(opened, ids[1], CTRL)
    click_row(opened, ids[2], CTRL)
    assert table_selection(opened) == set(ids)
    assert set(opened.canvas.selected_step_ids()) == set(ids)
    assert opened.session.selection is not None and opened.session.selection[1] == ids[2]

    # Ctrl+click takes one back out, on both sides.
    click_row(opened, ids[1], CTRL)
    assert set(opened.canvas.selected_step_ids()) == {ids[0], ids[2]}

    # Delete in the table removes what is selected, stored; Undo brings both back.
    queries = opened.session.workspace.queries
    count = len(queries.all(Step))
    opened.table.view.setFocus()
    QTest.keyClick(opened.table.view, Qt.Key.Key_Delete)
    left = {s.id for s in queries.all(Step)}
    assert len(left) == count - 2 and not left & {ids[0], ids[2]}
    assert ids[1] in left
    QTest.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert {ids[0], ids[2]} <= {s.id for s in queries.all(Step)}


def test_choosing_a_pathway_in_the_navigator_lets_go_of_the_bars_so_delete_means_the_pathway(
    opened: Any,
) -> None:
    chosen = rubber_band(opened)
    assert len(chosen) >= 2
    session, navigator = opened.session, opened.navigator
    pathway = next(iter(session.pathways.values()))
    index = navigator.proxy.mapFromSource(navigator.model.index_of(EntityKind.PATHWAY, pathway.id))
    navigator.tree.scrollTo(index)
    rect = navigator.tree.visualRect(index)
    QTest.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.selection == (EntityKind.PATHWAY, pathway.id)
    assert opened.canvas.selected_step_ids() == []
    assert table_selection(opened) == set()

    opened.confirm.answer = False  # asked, and told no
    press(Qt.Key.Key_Delete)
    assert opened.confirm and pathway.name in opened.confirm[-1]  # about the pathway
    stored = {s.id for s in session.workspace.queries.all(Step)}
    assert chosen <= stored  # the bars chosen before were not deleted


def test_filtering_the_steps_table_keeps_what_is_selected_on_the_timeline(opened: Any) -> None:
    chosen = rubber_band(opened)
    assert len(chosen) >= 2
    session = opened.session
    kept = min(chosen, key=lambda step_id: session.steps[step_id].name)
    name = session.steps[kept].name
    hidden = {s for s in chosen if name not in session.steps[s].name}
    assert hidden  # the filter below hides some of the chosen steps
    QTest.keyClick(opened, Qt.Key.Key_2, CTRL)  # the Steps tab
    click(opened.table.filter)
    type_text(opened.table.filter, name)  # CJK through the input method, as typed
    assert set(opened.canvas.selected_step_ids()) == chosen  # still selected on the timeline
    assert table_selection(opened) == chosen - hidden  # the rows that are shown
    assert session.selected_steps == chosen

    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Backspace)  # the filter cleared: every chosen row is selected again
    assert table_selection(opened) == chosen
    assert set(opened.canvas.selected_step_ids()) == chosen


def click_navigator(window: Any, kind: EntityKind, entity_id: str) -> None:
    navigator = window.navigator
    index = navigator.proxy.mapFromSource(navigator.model.index_of(kind, entity_id))
    navigator.tree.scrollTo(index)
    rect = navigator.tree.visualRect(index)
    QTest.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_on_empty_timeline_lets_go_of_the_navigator_row_and_it_can_be_chosen_again(
    opened: Any,
) -> None:
    """Seen under Xvfb: the step stayed highlighted in the navigator while the inspector
    showed the roadmap; and a click on that same row then did nothing (no new current row)."""
    session, tree = opened.session, opened.navigator.tree
    step_id = wide_bars(opened)[0].step.id
    click_navigator(opened, EntityKind.STEP, step_id)
    assert session.selection == (EntityKind.STEP, step_id)
    assert tree.selectionModel().hasSelection()

    QTest.mouseClick(opened.canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert session.selection is None
    assert not tree.selectionModel().hasSelection()  # nothing stays highlighted

    click_navigator(opened, EntityKind.STEP, step_id)  # the same row once more
    assert session.selection == (EntityKind.STEP, step_id)
    assert opened.canvas.selected_step_ids() == [step_id]
