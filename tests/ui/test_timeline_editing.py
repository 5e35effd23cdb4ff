"""Editing on the timeline with the mouse: move, resize, link, refusals, undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from roadmap.domain.entities import Dependency, Step
from roadmap.ui.timeline.items import StepBar


def stored(window: Any, step_id: str) -> Step:
    return window.session.workspace.queries.get(Step, step_id)


def wide_bars(window: Any, minimum_px: float = 60) -> list[StepBar]:
    """Bars at least `minimum_px` wide and narrow enough to fit in the view with room around."""
    canvas = window.canvas
    maximum_px = canvas.view.viewport().width() / 2
    bars = [
        item
        for item in canvas.items.values()
        if isinstance(item, StepBar)
        and minimum_px <= item.boundingRect().width() * canvas.view.px_per_day <= maximum_px
    ]
    bars.sort(key=lambda item: (item.pos().y(), item.pos().x()))
    return bars


def visible(window: Any, item: Any) -> QPoint:
    window.canvas.view.ensureVisible(item, 60, 60)
    return window.canvas.view.bar_at_point(item)


def drag(
    window: Any,
    start: QPoint,
    end: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = window.canvas.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def end_of_a_wide_bar(window: Any) -> tuple[StepBar, Step, Any, QPoint]:
    """A bar of at least 120 px at a zoom that shows quarters, its step as stored, where it
    is on screen, and a point just inside its right end (where dragging resizes)."""
    window.canvas.view.set_zoom(0.8)
    bar = wide_bars(window, 120)[0]
    before = stored(window, bar.step.id)
    visible(window, bar)
    rect = window.canvas.view.mapFromScene(bar.sceneBoundingRect()).boundingRect()
    return bar, before, rect, QPoint(rect.right() - 2, rect.center().y())


def test_the_sample_opens_in_every_view(opened: Any) -> None:
    session = opened.session
    assert "sample.roadmap" in opened.windowTitle()
    assert len(opened.canvas.items) == len(session.steps) == 49
    assert len(opened.canvas.arrows) == len(session.dependencies)
    assert opened.table.model.rowCount() == 49
    assert (
        opened.navigator.model.rowCount() == 5
    )  # problems, products, organizations, people, patents


def test_dragging_a_bar_moves_the_step_snapped_to_quarters_and_undo_puts_it_back(
    opened: Any,
) -> None:
    bar = wide_bars(opened)[0]
    before = stored(opened, bar.step.id)
    point = visible(opened, bar)
    px_per_quarter = 91 * opened.canvas.view.px_per_day
    drag(opened, point, point + QPoint(round(px_per_quarter * 2.1), 0))
    after = stored(opened, bar.step.id)
    assert after.start > before.start
    assert after.start.day == 1 and after.start.month in (1, 4, 7, 10)
    assert (after.end - after.start) == (before.end - before.start)
    assert opened.canvas.items[bar.step.id].shown == (after.start, after.end)
    assert opened.undo_action.text().startswith("Undo")

    opened.session.undo_stack.undo()
    assert stored(opened, bar.step.id) == before
    assert opened.canvas.items[bar.step.id].shown == (before.start, before.end)
    opened.session.undo_stack.redo()
    assert stored(opened, bar.step.id).start == after.start


def test_shift_drag_moves_by_days(opened: Any) -> None:
    opened.canvas.view.set_zoom(2.0)
    bar = wide_bars(opened)[0]
    before = stored(opened, bar.step.id)
    point = visible(opened, bar)
    drag(opened, point, point + QPoint(2 * 10, 0), Qt.KeyboardModifier.ShiftModifier)
    after = stored(opened, bar.step.id)
    assert (after.start - before.start).days == 10


def test_dragging_the_end_resizes_the_step(opened: Any) -> None:
    bar, before, _rect, grab = end_of_a_wide_bar(opened)
    drag(opened, grab, grab + QPoint(round(91 * 2 * opened.canvas.view.px_per_day), 0))
    after = stored(opened, bar.step.id)
    assert after.start == before.start
    assert after.end > before.end
    assert after.end.month in (3, 6, 9, 12)  # a quarter's last day


def test_dragging_the_end_before_the_start_is_refused_and_snaps_back(opened: Any) -> None:
    bar, before, rect, grab = end_of_a_wide_bar(opened)
    drag(opened, grab, QPoint(max(2, rect.left() - 200), rect.center().y()))
    assert stored(opened, bar.step.id) == before
    assert bar.shown == (before.start, before.end)
    assert "before start" in opened.statusBar().currentMessage()
    assert opened.session.undo_stack.count() == 0


def test_dragging_from_one_step_to_another_adds_a_dependency(opened: Any) -> None:
    session = opened.session
    linked = {(d.from_step_id, d.to_step_id) for d in session.dependencies.values()}
    bars = wide_bars(opened)
    source, target = next(
        (a, b)
        for a in bars
        for b in bars
        if a is not b
        and a.step.end < b.step.start
        and (a.step.id, b.step.id) not in linked
        and (b.step.id, a.step.id) not in linked
        and abs(a.pos().y() - b.pos().y()) < 200
    )
    count = len(session.workspace.queries.all(Dependency))
    opened.link_action.trigger()
    drag(
        opened,
        visible(opened, source),
        opened.canvas.view.bar_at_point(target),
    )
    deps = session.workspace.queries.all(Dependency)
    assert len(deps) == count + 1
    assert any(d.from_step_id == source.step.id and d.to_step_id == target.step.id for d in deps)
    new = next(
        d for d in deps if d.from_step_id == source.step.id and d.to_step_id == target.step.id
    )
    assert new.id in opened.canvas.arrows

    # The other way round would be a cycle: refused, said in the status bar, nothing stored.
    drag(opened, opened.canvas.view.bar_at_point(target), opened.canvas.view.bar_at_point(source))
    assert len(session.workspace.queries.all(Dependency)) == count + 1
    said = opened.statusBar().currentMessage()
    assert "in a circle" in said, said
    assert f'"{source.step.name}"' in said and f'"{target.step.name}"' in said, said
    opened.link_action.trigger()


def test_rubber_band_selects_several_which_move_together(opened: Any) -> None:
    view = opened.canvas.view
    first = wide_bars(opened)[0]
    visible(opened, first)
    rect = view.mapFromScene(first.sceneBoundingRect()).boundingRect()
    start = QPoint(rect.left() - 4, rect.top() - 3)
    while view.step_item_at(start) is not None:
        start -= QPoint(3, 0)
    # Drawn from empty space over the bar and the rows below it: several bars are caught.
    drag(opened, start, QPoint(rect.right() + 2, rect.bottom() + 60))
    chosen = opened.canvas.selected_step_ids()
    assert first.step.id in chosen and len(chosen) >= 2, chosen
    before = {step_id: stored(opened, step_id) for step_id in chosen}
    point = view.bar_at_point(first)
    drag(opened, point, point + QPoint(round(91 * 4.2 * view.px_per_day), 0))
    shifts = {(stored(opened, i).start - b.start).days for i, b in before.items()}
    assert len(shifts) == 1 and shifts.pop() > 0  # all of them, by the same days
    assert opened.session.undo_stack.count() == 1  # one undo step for the whole move
    assert opened.session.undo_stack.undoText() == f"Move {len(chosen)} steps"
    opened.session.undo_stack.undo()
    assert all(stored(opened, i) == b for i, b in before.items())


def test_rubber_band_drag_on_empty_space_selects_bars(opened: Any) -> None:
    view = opened.canvas.view
    bar = wide_bars(opened)[0]
    visible(opened, bar)
    rect = view.mapFromScene(bar.sceneBoundingRect()).boundingRect()
    start = QPoint(rect.left() - 4, rect.top() - 3)
    while view.step_item_at(start) is not None:
        start -= QPoint(3, 0)
    drag(opened, start, QPoint(rect.right() + 2, rect.bottom() + 1))
    assert bar.step.id in opened.canvas.selected_step_ids()


def test_zoom_keeps_within_weeks_and_decades(opened: Any) -> None:
    view = opened.canvas.view
    for _ in range(40):
        opened.canvas.zoom_in()
    assert view.px_per_day == 30.0
    for _ in range(60):
        opened.canvas.zoom_out()
    assert view.px_per_day == 0.03
    opened.canvas.fit()
    width = view.viewport().width()
    info = opened.session.info
    span = (info.horizon_end - info.horizon_start).days * view.px_per_day
    assert width - 40 < span <= width


def test_colors_by_pathway_when_asked(opened: Any) -> None:
    bar = wide_bars(opened)[0]
    opened.color_action.trigger()
    assert opened.settings.color_mode == "pathway"
    pathway = opened.session.pathways[bar.step.pathway_id]
    assert bar.canvas_style.color_of(bar.step).name().lower() == pathway.color.lower()
