"""Steps only in the compared plan — in the other scenario, or in the baseline but deleted
here — are drawn as dashed ghost bars in a band under the lanes, read back from the pixels."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from roadmap.domain.enums import StepKind
from roadmap.services import baselines
from roadmap.services.workspace import Workspace
from roadmap.ui.timeline.baseline_layer import GHOST, SCENARIO, BaselineGhosts


def same(pixel: QColor, color: QColor) -> bool:
    return all(abs(a - b) <= 2 for a, b in zip(pixel.getRgb()[:3], color.getRgb()[:3], strict=True))


def layer(window: Any) -> Any:
    ghosts = window.canvas.findChild(BaselineGhosts)
    assert ghosts is not None
    return ghosts.layer


def outline_pixels(window: Any, rect: QRectF, color: QColor) -> tuple[int, int]:
    """(pixels of `color` on the rect's top edge, pixels of it well inside the rect), with the
    rect scrolled into view."""
    view = window.canvas.view
    view.ensureVisible(rect, 40, 40)
    image: QImage = view.viewport().grab().toImage()
    top_left = view.mapFromScene(rect.topLeft())
    bottom_right = view.mapFromScene(rect.bottomRight())
    left, right = max(top_left.x(), 0), min(bottom_right.x(), image.width() - 1)
    assert right - left > 10, "the ghost is in view and wide enough to read"
    edge = sum(same(image.pixelColor(x, top_left.y()), color) for x in range(left, right))
    middle = (top_left.y() + bottom_right.y()) // 2
    inside = sum(same(image.pixelColor(x, middle), color) for x in range(left + 3, right - 3))
    return edge, inside


def test_steps_only_in_the_other_scenario_are_dashed_ghosts_under_the_lanes(
    opened: Any, sample_file: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "fast track.roadmap"
    shutil.copy(sample_file, other)
    with Workspace.open(other) as ws:
        like = next(s for s in ws.queries.snapshot().steps if not s.step_kind.is_point)
        bar = dataclasses.replace(
            like, id="only-there", name="Second pilot line", end=like.start + timedelta(days=400)
        )
        gate = dataclasses.replace(
            like,
            id="gate-there",
            name="Go / no-go",
            step_kind=StepKind.DECISION_GATE,
            end=like.start,
        )
        ws.commands.add(bar)
        ws.commands.add(gate)
    scene = opened.canvas.scene
    height_before = scene.sceneRect().height()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    opened.compare_action.trigger()
    qtbot.wait(10)
    band = layer(opened).band
    assert sorted(p.id for p in band.steps) == ["gate-there", "only-there"]
    assert "only in fast track.roadmap" in band.label(band.steps[0])
    # Below every lane, and the scene grew to hold it.
    index = [p.id for p in band.steps].index("only-there")
    rect = layer(opened).band_rect(index)
    lanes_bottom = opened.canvas.drawing.layout_info.height
    assert rect.top() > lanes_bottom
    assert scene.sceneRect().bottom() >= rect.bottom()
    assert scene.sceneRect().height() > height_before
    # A dashed outline in the scenario's colour along the ghost's dates; pale inside.
    edge, inside = outline_pixels(opened, rect, SCENARIO)
    width = opened.canvas.view.mapFromScene(QPointF(rect.right(), 0)).x() - (
        opened.canvas.view.mapFromScene(QPointF(rect.left(), 0)).x()
    )
    assert width * 0.3 < edge < width * 0.9  # dashes: a good part of the edge, with gaps
    assert inside == 0
    # Closing the comparison takes the band away again.
    opened.scenario_dialog.reject()
    assert not layer(opened).band.steps
    assert scene.sceneRect().height() == pytest.approx(height_before)


def test_a_step_deleted_since_the_baseline_becomes_a_ghost_labelled_removed(
    opened: Any, qtbot: Any
) -> None:
    session = opened.session
    baselines.take_baseline(session.workspace, "Approved")
    session.baselines.choose("Approved")
    assert not layer(opened).band.steps  # every baseline step still has its bar
    gone = next(s for s in session.steps.values() if not s.step_kind.is_point)
    opened.canvas.select_steps([gone.id])
    QTest.keyClick(opened.canvas.view, Qt.Key.Key_Delete)
    assert gone.id not in {s.id for s in session.workspace.queries.snapshot().steps}
    band = layer(opened).band
    assert [p.id for p in band.steps] == [gone.id]
    assert band.label(band.steps[0]) == f"{gone.name} — removed"
    edge, inside = outline_pixels(opened, layer(opened).band_rect(0), GHOST)
    assert edge > 0 and inside == 0
    # Ctrl+Z brings the step back: its bar is on the timeline again, its ghost leaves the band.
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gone.id in session.steps
    assert not layer(opened).band.steps
