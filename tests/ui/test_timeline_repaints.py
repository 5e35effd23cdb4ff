"""What the timeline shows after the edits that repaint it most (issue 19's drag, undo and
redo on a big roadmap): the arrows found for the rows in view after a drag that adds a row to
its group and after its undo and redo, the lane bands and period lines in their colors, and
the legend flowing again when the pathways it lists change. Driven by mouse events and the
window's actions; what was stored and what the viewport shows are checked."""

# The S roadmap's fixture `big` is imported, so test parameters of its name shadow it.
# ruff: noqa: F811
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtTest import QTest

from roadmap.domain.entities import Pathway, Step
from roadmap.ui.timeline.arrows import BAND
from roadmap.ui.timeline.backdrop import over
from roadmap.ui.timeline.items import StepBar
from roadmap.ui.timeline.layout import LANE_TITLE, ROW_HEIGHT, _in_order, _pack
from roadmap.ui.timeline.places import LONG_LINK
from roadmap.ui.timeline.scale import axis_units, day_x, periods, x_day
from tests.ui.test_big_roadmap import big  # noqa: F401


def arrows_crossing(canvas: Any, top: float, bottom: float) -> set[Any]:
    """Every arrow drawn between scene heights `top` and `bottom`, worked out from all the
    arrows' ends: its line crosses them, or — drawn as two stubs when its ends are more than
    `LONG_LINK` apart — one of its ends lies between them."""
    found = set()
    for arrow in canvas.arrows.values():
        _ax, ya, _bx, yb = arrow.ends()
        low, high = min(ya, yb), max(ya, yb)
        if high - low > LONG_LINK:
            if top <= ya <= bottom or top <= yb <= bottom:
                found.add(arrow)
        elif high >= top and low <= bottom:
            found.add(arrow)
    return found


def assert_arrows_found_in_view(window: Any) -> None:
    """The arrow layer finds every arrow crossing the rows in view, and none beyond the bands
    of the height it looks them up by."""
    canvas, view = window.canvas, window.canvas.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    found = canvas.arrow_layer.arrows_in(shown)
    assert arrows_crossing(canvas, shown.top(), shown.bottom()) <= found
    first, last = shown.top() // BAND, shown.bottom() // BAND + 1
    assert found <= arrows_crossing(canvas, first * BAND - ROW_HEIGHT, last * BAND + ROW_HEIGHT)


def step_that_needs_a_new_row(window: Any) -> tuple[str, int]:
    """A step with arrows, and how many days right it must move to need a row more in its
    group (every row of the group has a step there then)."""
    session, layout = window.session, window.canvas.drawing.layout_info
    for group in layout.groups:
        members = [session.steps[step_id] for step_id in group.members]
        for step in sorted(members, key=lambda s: s.id):
            if not window.canvas.places[step.id].arrows:
                continue
            others = [s for s in members if s.id != step.id]
            for days in range(91, 600, 91):
                moved = replace(
                    step,
                    start=step.start + timedelta(days=days),
                    end=step.end + timedelta(days=days),
                )
                if len(_pack(_in_order([*others, moved]))) > group.rows:
                    return step.id, days
    raise AssertionError("the S roadmap has a step whose drag needs a new row")


def test_arrows_in_view_are_found_after_a_drag_adds_a_row_and_after_its_undo_and_redo(
    big: Any, qtbot: Any
) -> None:
    canvas, session, view = big.canvas, big.session, big.canvas.view
    view.set_zoom(0.5)
    step_id, days = step_that_needs_a_new_row(big)
    bar = canvas.items[step_id]
    assert isinstance(bar, StepBar)
    # The bar and where it is dropped in view, somewhere down the roadmap.
    view.centerOn(bar.sceneBoundingRect().center() + QPointF(days / 2, 0))
    qtbot.wait(5)
    step = bar.step
    group = canvas.drawing.layout_info.group_of[step.id]
    rows = group.rows
    assert_arrows_found_in_view(big)  # the layer has looked the bands up before the drag

    start = view.bar_at_point(bar)
    end = start + QPoint(round(days * view.px_per_day), 0)
    viewport = view.viewport()
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(viewport, left, plain, start)
    QTest.mouseMove(viewport, start + QPoint(20, 0))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, left, plain, end)
    stored = session.workspace.queries.get(Step, step.id)
    assert stored.start > step.start and stored.end - stored.start == step.end - step.start
    assert group.rows == rows + 1  # everything below moved down a row
    qtbot.wait(5)
    assert_arrows_found_in_view(big)

    big.undo_action.trigger()
    assert session.workspace.queries.get(Step, step.id) == step
    assert group.rows == rows
    assert_arrows_found_in_view(big)
    big.redo_action.trigger()
    assert session.workspace.queries.get(Step, step.id).start == stored.start
    assert group.rows == rows + 1
    assert_arrows_found_in_view(big)
    # And further down, in bands looked up only now.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(5)
    assert_arrows_found_in_view(big)


def same(shown: QColor, expected: QColor) -> bool:
    """Equal but for rounding (the raster engine blends in integers)."""
    return all(
        abs(a - b) <= 1 for a, b in zip(shown.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_lane_bands_and_period_lines_show_their_colors_over_the_base(
    opened: Any, qtbot: Any
) -> None:
    """Painted opaque in the colors their translucent ones make: a period line over a lane
    band, beside it the band, and both over the next lane (not banded)."""
    canvas, view = opened.canvas, opened.canvas.view
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 3)
    view.verticalScrollBar().setValue(0)
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    base = view.viewport().palette().color(QPalette.ColorRole.Base)
    band_fill = over(base, view.band_color)
    layout = canvas.drawing.layout_info
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    _upper, lower = axis_units(view.px_per_day, view.unit)
    lines = [
        view.mapFromScene(day_x(day), 0).x()
        for day in periods(lower, x_day(shown.left() + 5), x_day(shown.right() - 5))
    ]
    lines = [x for x in lines if 2 <= x < view.viewport().width() - 2]
    assert len(lines) >= 2
    x_line = lines[0]
    x_between = (lines[0] + lines[1]) // 2
    for index in (0, 1):  # the first lane is banded, the second is not
        band = layout.bands[index]
        y = view.mapFromScene(0, band.top + LANE_TITLE / 2).y()  # its title: no step there
        background = band_fill if index == 0 else base
        at_line = QColor(image.pixel(round(x_line * ratio), round(y * ratio)))
        beside = QColor(image.pixel(round(x_between * ratio), round(y * ratio)))
        assert same(beside, background), (index, beside.name(), background.name())
        expected = over(background, view.grid_color)
        assert same(at_line, expected), (index, at_line.name(), expected.name())
        assert not same(at_line, background)  # the line shows


def menu_action(window: Any, menu: str, text: str) -> QAction:
    """The action `text` of the menu bar's menu `menu` (both without their & letters)."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu} › {text}")


def test_the_legend_flows_again_when_the_pathways_it_lists_change(opened: Any, qtbot: Any) -> None:
    """It lays itself out again only for edits of what it lists (a step's edit leaves it)."""
    legend, session = opened.canvas.legend, opened.session
    opened.color_action.trigger()  # colour by pathway: the legend lists the pathways
    opened.resize(700, opened.height())
    qtbot.wait(10)
    height = legend.height()
    add_pathway = menu_action(opened, "Add", "Pathway")
    for _ in range(12):
        add_pathway.trigger()
        if legend.height() > height:
            break
    assert legend.height() > height  # a line more for the new pathways' names
    words = [entry[2] for entry in legend.entries()]
    assert words[: len(session.pathways)] == [p.name for p in session.pathways.values()]
    assert len(session.workspace.queries.all(Pathway)) == len(session.pathways)


def indexed_where_drawn(canvas: Any) -> list[str]:
    """The steps whose name (beside a bar) or diamond the scene would not find at the far end
    of where it is drawn now: its index still holds an extent from another zoom."""
    scene, missed = canvas.scene, []
    for item in canvas.items.made():
        for part in (item.beside,) if isinstance(item, StepBar) else (item,):
            rect = part.sceneBoundingRect()
            if rect.width() <= 0:
                continue
            probe = QRectF(rect.right() - rect.width() / 50, rect.center().y(), 0.01, 0.01)
            if part not in scene.items(probe, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                missed.append(item.step.id)
    return missed


def test_names_beside_bars_and_milestones_are_found_where_drawn_at_every_zoom(
    big: Any, qtbot: Any
) -> None:
    """Zooming by the menu's actions: the names beside bars and the milestones' labels keep
    their size in pixels, so their extent in days changes; the scene is told (only for those
    whose extent changes) before each zoom that needs it, and finds each where it is drawn."""
    canvas = big.canvas
    zoom_in, zoom_out = menu_action(big, "View", "Zoom in"), menu_action(big, "View", "Zoom out")
    assert any(isinstance(i, StepBar) for i in canvas.items.made())
    for action in [zoom_out] * 4 + [zoom_in] * 10 + [zoom_out] * 10:
        action.trigger()
        qtbot.wait(1)
        assert indexed_where_drawn(canvas) == []
