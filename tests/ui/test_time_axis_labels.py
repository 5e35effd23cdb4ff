"""The time axis above the timeline: zoomed out so far that a year is narrower than "2025",
each year read "202" (the label cut at its period's edge). A label is now shown whole, in a
short form ('25), or not at all. Zoomed by Ctrl+wheel, as a person does."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from roadmap.ui.timeline.scale import x_day

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_wheel(view: Any, notches: float) -> None:
    """A fine-grained wheel (a touchpad sends parts of a notch) with Ctrl held."""
    at = QPoint(60, 60)
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, round(120 * notches)),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_year_labels_are_never_cut_off_while_zooming_out(opened: Any) -> None:
    QTest.keyClick(opened, Qt.Key.Key_0, CTRL)  # Fit to window
    view, axis = opened.canvas.view, opened.canvas.axis
    bold = QFont(axis.font())
    bold.setBold(True)
    metrics = (QFontMetrics(bold), QFontMetrics(axis.font()))
    years_seen: set[str] = set()
    short_seen = False
    for _ in range(60):
        ctrl_wheel(view, -0.25)
        left = view.mapToScene(0, 0).x()
        for row, x0, room, label in axis.cells():
            if not label:
                continue
            assert metrics[row].horizontalAdvance(label) <= room.width(), label
            if re.fullmatch(r"\d{4}|\u2019\d\d", label):
                # The year that period is, whole or by its last two digits.
                year = x_day(left + (max(x0, 0) + 1) / view.px_per_day).year
                assert label in (str(year), f"\u2019{year % 100:02d}"), (label, year)
                years_seen.add(label)
                short_seen = short_seen or label.startswith("\u2019")
    assert any(len(y) == 4 for y in years_seen)  # zoomed through whole years ...
    assert short_seen  # ... and through years too narrow for them


def test_fully_zoomed_out_the_decades_are_named_once(opened: Any) -> None:
    """Seen in the look-through (Chinese, zoomed out all the way): both rows of the axis read
    the same decades ("2020年代" over "2020年代")."""
    view, axis = opened.canvas.view, opened.canvas.axis
    for _ in range(40):
        ctrl_wheel(view, -1)
    labelled = [(row, label) for row, _, _, label in axis.cells() if label]
    assert labelled and all(row == 1 for row, _ in labelled), labelled
    assert all(re.fullmatch(r"\d{3}0s", label) for _, label in labelled), labelled
