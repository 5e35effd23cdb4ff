"""The chosen baseline's ghost bars line up with the timeline: a 500-row roadmap, drawn at two
zoom levels and scrolled, read back from the pixels of the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from roadmap.domain.defaults import new_roadmap
from roadmap.domain.entities import Pathway, Problem, Step, new_id
from roadmap.domain.enums import StepKind
from roadmap.services import baselines
from roadmap.services.workspace import Workspace
from roadmap.ui.timeline.baseline_layer import GHOST, GHOST_HEIGHT, GHOST_TOP, LATER_LINE

ROWS = 500
START = date(2027, 1, 1)
MOVED = timedelta(days=45)


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """450 bars that all overlap (so each has its own row) and 50 milestones on one day in a
    lane of their own (one row each, or two where a slipped one follows an unmoved one)."""
    base = new_roadmap("Ghosts", horizon_start=START, horizon_end=date(2031, 12, 31))
    problem = Problem(new_id(), "Problem")
    pathway = Pathway(new_id(), problem.id, "Pathway")
    bars, points = base.lanes[2].id, base.lanes[3].id
    steps = []
    for i in range(ROWS):
        point = i % 10 == 5
        kind = StepKind.MILESTONE if point else StepKind.RESEARCH
        first = START + timedelta(days=200 if point else i)
        last = first if point else first + timedelta(days=1000 + i % 7 * 30)
        lane = points if point else bars
        steps.append(Step(new_id(), pathway.id, lane, f"S{i}", first, last, kind, position=i))
    snapshot = replace(base, problems=(problem,), pathways=(pathway,), steps=tuple(steps))
    path = tmp_path / "ghosts.roadmap"
    with Workspace.create(path, snapshot) as ws:
        baselines.take_baseline(ws, "Plan of record")
        for step in steps[::3]:  # a third slips by 45 days after the baseline
            ws.commands.move_step(step.id, step.start + MOVED, step.end + MOVED)
    return path


def same(pixel: QColor, color: QColor) -> bool:
    return all(abs(a - b) <= 2 for a, b in zip(pixel.getRgb()[:3], color.getRgb()[:3], strict=True))


def run_at(image: QImage, y: int, x: int, color: QColor) -> tuple[int, int] | None:
    """The run of `color` pixels in row `y` that contains (or starts right of) `x`."""
    width = image.width()
    x = max(0, min(width - 1, x))
    while x < width and not same(image.pixelColor(x, y), color):
        x += 1
        if x >= width:
            return None
    left = x
    while left > 0 and same(image.pixelColor(left - 1, y), color):
        left -= 1
    right = x
    while right + 1 < width and same(image.pixelColor(right + 1, y), color):
        right += 1
    return left, right


def check_ghosts(window: Any) -> int:
    """Compare every ghost in view with where the plan of record puts it; how many checked."""
    canvas = window.canvas
    view = canvas.view
    image = view.viewport().grab().toImage()
    choice = window.session.baselines
    scene_top = view.mapToScene(0, 0).y()
    scene_bottom = view.mapToScene(0, view.viewport().height()).y()
    checked = 0
    for place in canvas.drawing.places_between(scene_top, scene_bottom):
        step_id = place.step.id
        planned = choice.planned(step_id)
        y_scene = place.top + GHOST_TOP + GHOST_HEIGHT / 2
        y = view.mapFromScene(QPointF(0, y_scene)).y()
        if not 0 <= y < image.height() - 1:
            continue
        rect = canvas.drawing.bar_rect(step_id)  # where the bar itself is drawn now
        moved = place.step.start != planned.start
        if planned.is_point:
            x = view.mapFromScene(QPointF(rect.center().x() - (45 if moved else 0), y_scene)).x()
            if not 4 < x < image.width() - 4:
                continue
            # The ghost diamond is centred on the baseline's day.
            found = run_at(image, y, x - 6, GHOST)
            assert found is not None, place.step.name
            assert abs((found[0] + found[1]) / 2 - x) <= 1.5, place.step.name
        else:
            left = view.mapFromScene(QPointF(rect.left(), y_scene)).x()
            right = view.mapFromScene(QPointF(rect.right(), y_scene)).x()
            if moved:  # the ghost keeps the old dates: 45 days to the left of the bar
                shift = view.mapFromScene(QPointF(45, 0)).x() - view.mapFromScene(QPointF(0, 0)).x()
                left, right = left - shift, right - shift
            inside = [x for x in (left + 2, right - 3) if 2 < x < image.width() - 3]
            if not inside:
                continue
            found = run_at(image, y, inside[0], GHOST)
            assert found is not None, place.step.name
            if left > 1:  # each end of the ghost that is in view is where the baseline has it
                assert abs(found[0] - left) <= 1, (place.step.name, found, left)
            if right < image.width() - 2:
                assert abs(found[1] + 1 - right) <= 1, (place.step.name, found, right)
                if moved:  # the slip is shaded from the old finish to the new one
                    slip = run_at(image, y, found[1] + 1, LATER_LINE)
                    assert slip is not None and slip[0] == found[1] + 1, place.step.name
        checked += 1
    return checked


def test_ghost_bars_line_up_at_two_zoom_levels(window: Any, big_file: Path, qtbot: Any) -> None:
    assert window.docs.open_path(big_file)
    window.session.baselines.choose("Plan of record")
    canvas = window.canvas
    canvas.fit()
    qtbot.wait(20)
    assert len(canvas.places) == ROWS
    assert len({place.top for place in canvas.places.values()}) >= 475
    first = check_ghosts(window)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    second = check_ghosts(window)
    bar = canvas.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # rows 200-odd: drawn as they come into view
    qtbot.wait(20)
    third = check_ghosts(window)
    assert first > 10 and second > 10 and third >= 8
