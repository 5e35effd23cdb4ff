"""Baselines in the app, driven as a person does: the menu action, typing, clicking; then what
the file holds."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from roadmap.domain.entities import EntityKind
from roadmap.services import baselines
from roadmap.services.workspace import Workspace


def stored(path: Path) -> list[tuple[str, str]]:
    with Workspace.open(path, readonly=True) as ws:
        return [(b.name, b.note) for b in baselines.list_baselines(ws)]


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def test_take_rename_delete_and_undo_through_the_dialog(
    opened: Any, sample_file: Path, qtbot: Any
) -> None:
    QTest.keyClick(
        opened,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = opened.baselines_dialog
    assert dialog.isVisible()
    type_into(dialog.name, "Kick-off")
    type_into(dialog.note, "sponsor")
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    # Taken in a worker (it held the window 120-240 ms on L): the button waits for it.
    assert not dialog.take_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.take_button.isEnabled(), timeout=10000)
    assert stored(sample_file) == [("Kick-off", "sponsor")]
    assert dialog.table.rowCount() == 1 and dialog.name.text() == ""
    # The same name again is refused, and says why.
    type_into(dialog.name, "Kick-off")
    QTest.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.take_button.isEnabled(), timeout=10000)
    assert "already exists" in dialog.message.text()
    assert len(stored(sample_file)) == 1
    # Rename: click the row, type the new name.
    row = dialog.table.visualRect(dialog.table.model().index(0, 0)).center()
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert dialog.selected_name() == "Kick-off"
    type_into(dialog.name, "Approved")
    QTest.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert stored(sample_file) == [("Approved", "sponsor")]
    QTest.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert stored(sample_file) == []
    opened.undo_action.trigger()
    assert stored(sample_file) == [("Approved", "sponsor")]
    opened.undo_action.trigger()
    assert stored(sample_file) == [("Kick-off", "sponsor")]
    opened.redo_action.trigger()
    assert stored(sample_file) == [("Approved", "sponsor")]


def test_choosing_a_baseline_fills_the_summary(opened: Any, sample_file: Path, qtbot: Any) -> None:
    session = opened.session
    with_baseline = baselines.take_baseline(session.workspace, "Before")
    assert with_baseline.rows
    step = next(s for s in session.steps.values() if not s.step_kind.is_point)
    later = timedelta(days=30)
    session.perform(lambda c: c.move_step(step.id, step.start + later, step.end + later))
    opened.baselines_action.trigger()
    dialog = opened.baselines_dialog
    dialog.shown.setFocus()
    QTest.keyClick(dialog.shown, Qt.Key.Key_Down)
    assert session.baselines.name == "Before"
    assert session.baselines.variance(session.steps[step.id]) == (30, 30)
    assert "30" in dialog.summary.text()


def test_table_and_inspector_show_the_baseline(opened: Any, qtbot: Any) -> None:
    from roadmap.ui.step_table import COLUMNS

    session = opened.session
    baselines.take_baseline(session.workspace, "Before")
    step = next(s for s in session.steps.values() if not s.step_kind.is_point)
    session.perform(lambda c: c.move_step(step.id, step.start, step.end + timedelta(days=12)))
    QTest.keyClick(opened, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    model = opened.table.model
    row = model.rows[step.id]
    finish = model.index(row, COLUMNS.index("finish_variance"))
    assert model.data(finish) == ""  # no baseline chosen yet
    opened.baselines_action.trigger()
    dialog = opened.baselines_dialog
    dialog.shown.setFocus()
    QTest.keyClick(dialog.shown, Qt.Key.Key_Down)
    assert "+12" in model.data(finish)
    start = model.index(row, COLUMNS.index("baseline_start"))
    assert model.data(start) == step.start.isoformat()
    assert not (model.flags(finish) & Qt.ItemFlag.ItemIsEditable)
    session.select(EntityKind.STEP, step.id)
    note = opened.inspector.findChild(QLabel, "baseline_note")
    assert note.isVisible() and "+12" in note.text() and step.start.isoformat() in note.text()


def test_the_charts_panel_draws_the_milestone_trend(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_analysis import CHARTS_TAB, show_tab

    session = opened.session
    baselines.take_baseline(session.workspace, "Before")
    milestone = next(s for s in session.steps.values() if s.step_kind.is_point)
    later = milestone.start + timedelta(days=90)
    session.perform(lambda c: c.move_step(milestone.id, later, later))
    charts = show_tab(opened, CHARTS_TAB).charts
    qtbot.waitUntil(lambda: charts.chart is not None, timeout=60000)
    first = charts.chart
    charts.which.setCurrentIndex(charts.which.findData("milestones"))
    qtbot.waitUntil(lambda: charts.chart is not first, timeout=60000)
    assert any("+90" in text for text in charts.chart.texts)  # from the file's baseline
