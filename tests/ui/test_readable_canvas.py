"""The timeline is readable on a laptop and a desktop screen, in English and Chinese: a name
that does not fit in its bar has the room beside it that it needs (no "G…" while the screen
has room), nothing is written past the end of what can be scrolled to, and the legend takes a
strip of its own instead of covering the last rows. Geometry read from the scene as shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from roadmap.ui.timeline.items import StepBar, StepDiamond
from roadmap.ui.timeline.places import DIAMOND

SCREENS = [(1366, 768), (1600, 1000), (1920, 1080)]


@pytest.fixture(params=["en", "zh"])
def sample_in(request: Any, tmp_path: Path) -> Path:
    from roadmap.io.json_format import read_json
    from roadmap.locations import sample_path
    from roadmap.services.workspace import Workspace

    path = tmp_path / f"sample-{request.param}.roadmap"
    Workspace.create(path, read_json(sample_path(request.param))).close()
    return path


def in_window(window: Any, widget: Any) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def crowded_names(window: Any) -> list[str]:
    """The steps whose name is cut: too long for the bar and for the room beside it before
    the next step of its row (at the zoom shown)."""
    canvas = window.canvas
    view = canvas.view
    metrics = canvas.canvas_style.metrics
    items = [canvas.items[step_id] for step_id in list(canvas.places)]
    rows: dict[float, list[tuple[float, float]]] = {}
    for item in items:
        rect = view.mapFromScene(canvas.bar_rect(item.step.id)).boundingRect()
        rows.setdefault(item.pos().y(), []).append((rect.left(), rect.right()))
    cut = []
    for item in items:
        name = metrics.horizontalAdvance(item.step.name)
        rect = view.mapFromScene(canvas.bar_rect(item.step.id)).boundingRect()
        if isinstance(item, StepBar) and name + 10 <= rect.width():
            continue  # inside the bar
        begins = rect.center().x() + DIAMOND + 4 if isinstance(item, StepDiamond) else rect.right()
        following = [left for left, _right in rows[item.pos().y()] if left > rect.right() + 1]
        room = (min(following) if following else 10**9) - begins
        if room < name + 4:
            cut.append(f"{item.step.name!r} needs {name:.0f} px, has {room:.0f}")
    return cut


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_names_have_room_and_the_legend_covers_no_row(
    window: Any, sample_in: Path, size: tuple[int, int], qtbot: Any
) -> None:
    window.resize(*size)
    assert window.docs.open_path(sample_in)
    qtbot.wait(10)
    window.canvas.fit()
    QApplication.processEvents()
    canvas = window.canvas
    assert all(isinstance(i, (StepBar, StepDiamond)) for i in canvas.items.values())
    assert crowded_names(window) == []

    # Nothing is written past what can be scrolled to.
    scene_right = canvas.scene.sceneRect().right()
    metrics = canvas.canvas_style.metrics
    px = canvas.view.px_per_day
    for step_id in canvas.places:
        rect = canvas.bar_rect(step_id)
        assert (
            rect.right() + (metrics.horizontalAdvance(canvas.places[step_id].step.name) + 20) / px
            <= scene_right
        )

    # The legend shows, and beside (not over) the rows: the viewport and it do not meet.
    legend = canvas.legend
    assert legend.isVisible() and legend.height() > 0
    viewport = in_window(window, canvas.view.viewport())
    assert not in_window(window, legend).intersects(viewport)
    assert in_window(window, legend).top() >= viewport.bottom()
