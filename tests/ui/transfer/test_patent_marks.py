"""Patents appear on the timeline as small markers on their linked steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from roadmap.domain.entities import Patent
from roadmap.ui.timeline.items import StepBar


def marker_pixels(window: Any, bar: StepBar) -> int:
    """How many pixels of the marker's color the bar's row shows on screen."""
    view = window.canvas.view
    rect = view.mapFromScene(bar.mapToScene(bar.boundingRect())).boundingRect()
    image: QImage = view.viewport().grab().toImage()
    mark = window.canvas.canvas_style.patent_mark
    found = 0
    area = QRectF(rect).adjusted(-2, -2, 2, 2).toRect().intersected(image.rect())
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - mark.red()) < 20
                and abs(pixel.green() - mark.green()) < 20
                and abs(pixel.blue() - mark.blue()) < 20
            ):
                found += 1
    return found


def visible_bars(window: Any) -> list[StepBar]:
    view = window.canvas.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return [
        item
        for item in window.canvas.items.values()
        if isinstance(item, StepBar)
        and shown.contains(item.mapToScene(item.boundingRect()).boundingRect())
        and view.mapFromScene(item.mapToScene(item.boundingRect())).boundingRect().width() > 30
    ]


def test_linked_steps_carry_a_marker_and_list_their_patents(opened: Any, qtbot: Any) -> None:
    session = opened.session
    patents = session.workspace.queries.all(Patent)
    linked = {step_id for p in patents for step_id in p.step_ids}
    bars = visible_bars(opened)
    with_patent = next(b for b in bars if b.step.id in linked)
    without = next(b for b in bars if b.step.id not in linked)
    assert marker_pixels(opened, with_patent) > 4
    assert marker_pixels(opened, without) == 0
    titles = [p.title for p in patents if with_patent.step.id in p.step_ids]
    assert all(title in with_patent.tooltip() for title in titles)
    assert patents[0].title not in without.tooltip() or without.step.id in patents[0].step_ids

    # Linking the step to a patent marks it; undo takes the marker away again.
    patent = patents[0]
    session.perform(lambda c: c.link_patent_step(patent.id, without.step.id))
    qtbot.waitUntil(lambda: marker_pixels(opened, without) > 4)
    assert patent.title in without.tooltip()
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: marker_pixels(opened, without) == 0)
    assert patent.title not in without.tooltip()
