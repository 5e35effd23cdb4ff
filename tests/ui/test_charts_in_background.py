"""The Charts tab draws in the session's helper process and never shows a chart of a roadmap
that changed while it was drawn (issue 19)."""

from __future__ import annotations

import os
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from roadmap.domain.entities import EntityKind
from roadmap.ui.analysis import charts_panel
from tests.ui.test_analysis import CHARTS_TAB, show_tab


def test_a_chart_chosen_with_the_keyboard_is_drawn_in_another_process(
    opened: Any, qtbot: Any
) -> None:
    charts = show_tab(opened, CHARTS_TAB).charts
    qtbot.waitUntil(lambda: charts.chart is not None and not charts.drawing, timeout=60000)
    first = charts.chart
    charts.which.setFocus()
    QTest.keyClick(charts.which, Qt.Key.Key_Down)  # the next chart: pathway scores
    qtbot.waitUntil(lambda: charts.chart is not first and not charts.drawing, timeout=60000)
    assert "Pathway scores" in charts.chart.texts
    names = {p.name for p in opened.session.pathways.values()}
    assert any(name in text for name in names for text in charts.chart.texts)
    scores = charts.chart
    QTest.keyClick(charts.which, Qt.Key.Key_Down)  # and the next: TRL over time
    qtbot.waitUntil(lambda: charts.chart is not scores and not charts.drawing, timeout=60000)
    assert "TRL over time" in charts.chart.texts
    worker = opened.session.worker._process
    assert worker is not None and worker.pid != os.getpid()
    # The picture on screen is the chart that was drawn: not blank, in the chart's proportions.
    where = charts.picture.picture_rect()
    assert abs(where.width() / where.height() - charts.chart.width / charts.chart.height) < 0.02
    # Drawn for the size it is shown at: the helper process scaled it, not the window.
    assert (charts.chart.fitted_width, charts.chart.fitted_height) == (
        where.width(),
        where.height(),
    )
    image = charts.picture.grab().toImage()
    colors = {
        image.pixel(x, y)
        for x in range(where.left(), where.right(), 7)
        for y in range(where.top(), where.bottom(), 7)
    }
    assert len(colors) > 3
    # Closing the roadmap (File › Close) ends the helper process.
    next(a for a in opened.findChildren(QAction) if a.text() == "&Close").trigger()
    worker.join(10)
    assert not worker.is_alive()


def test_a_chart_of_a_roadmap_that_changed_meanwhile_is_never_shown(
    opened: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    charts = show_tab(opened, CHARTS_TAB).charts
    qtbot.waitUntil(lambda: charts.chart is not None and not charts.drawing, timeout=60000)
    session = opened.session
    pathway = next(iter(session.pathways.values()))
    read = threading.Event()
    gate = threading.Event()
    draw = charts_panel.draw_in

    def slow(*args: Any) -> Any:
        picture = draw(*args)  # the roadmap is read as it is now...
        read.set()
        gate.wait(20)  # ...and handed back only after the test has renamed a pathway
        return picture

    monkeypatch.setattr(charts_panel, "draw_in", slow)
    shown: list[Any] = []
    charts.job.ready.connect(shown.append)
    charts.which.setCurrentIndex(charts.which.findData("scores"))
    qtbot.waitUntil(read.is_set, timeout=60000)
    renamed = session.perform(
        lambda c: c.update(EntityKind.PATHWAY, pathway.id, name="Renamed while drawn")
    )
    assert renamed is not None
    gate.set()
    qtbot.waitUntil(lambda: bool(shown) and not charts.drawing, timeout=60000)
    assert len(shown) == 1  # the chart read before the rename was dropped
    texts = " ".join(shown[0].texts)
    assert "Renamed while drawn" in texts
    assert pathway.name not in texts
    assert charts.chart is shown[0]


def test_the_helper_process_starts_when_the_analysis_panel_comes_into_view(
    opened: Any, qtbot: Any
) -> None:
    session = opened.session
    assert session.worker._process is None  # nothing drawn or checked yet
    opened.analysis_dock.hide()
    opened.analysis.setCurrentIndex(0)  # the schedule: nothing there needs the helper
    opened.analysis_dock.toggleViewAction().trigger()  # View › Analysis
    assert opened.analysis_dock.isVisible()
    qtbot.waitUntil(lambda: session.worker._process is not None, timeout=10_000)
    helper = session.worker._process
    assert helper.pid != os.getpid() and helper.is_alive()
    # The first chart is drawn by that same process.
    charts = show_tab(opened, CHARTS_TAB).charts
    qtbot.waitUntil(lambda: charts.chart is not None and not charts.drawing, timeout=60000)
    assert session.worker._process is helper
