"""The parking lot, reached by its shortcut: ideas typed and parked with Enter, one turned into
a step with Enter (one undo step), one removed with Delete."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from roadmap.domain.entities import EntityKind, Idea
from roadmap.domain.enums import TimeUnit
from roadmap.ui.parking_lot import period_of


def type_chinese(widget: Any, text: str) -> None:
    QApplication.sendEvent(widget, QInputMethodEvent("", []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def ideas(session: Any) -> list[Idea]:
    return sorted(session.workspace.queries.all(Idea), key=lambda i: i.position)


def test_park_make_a_step_and_remove(opened: Any, qtbot: Any) -> None:
    session = opened.session
    QTest.keySequence(opened, QKeySequence("Ctrl+Alt+P"))
    qtbot.waitUntil(opened.parking_dock.isVisible)
    lot = opened.parking_dock.widget()
    pathway = next(iter(session.pathways.values()))
    session.select(EntityKind.PATHWAY, pathway.id)  # ideas parked now belong to it

    lot.entry.setFocus()
    QTest.keyClicks(lot.entry, "Ask the foundry about MPW slots")
    QTest.keyClick(lot.entry, Qt.Key.Key_Return)
    type_chinese(lot.entry, "向高校征集测试芯片")  # as an input method commits it
    QTest.keyClick(lot.entry, Qt.Key.Key_Return)
    parked = ideas(session)
    assert [i.text for i in parked] == ["Ask the foundry about MPW slots", "向高校征集测试芯片"]
    assert all(i.pathway_id == pathway.id for i in parked)
    assert lot.entry.text() == "" and lot.ideas.count() == 2

    steps_before = len(session.steps)
    lot.ideas.setFocus()
    lot.ideas.setCurrentRow(0)
    QTest.keyClick(lot.ideas, Qt.Key.Key_Return)
    step = next(
        s
        for s in session.workspace.queries.snapshot().steps
        if s.name.startswith("Ask the foundry")
    )
    assert step.pathway_id == pathway.id
    assert len(session.steps) == steps_before + 1
    assert [i.text for i in ideas(session)] == ["向高校征集测试芯片"]

    opened.undo_action.trigger()  # the step goes and the idea comes back, in one step
    assert [i.text for i in ideas(session)] == [i.text for i in parked]
    assert len(session.steps) == steps_before

    lot.ideas.setCurrentRow(1)
    QTest.keyClick(lot.ideas, Qt.Key.Key_Delete)
    assert [i.text for i in ideas(session)] == ["Ask the foundry about MPW slots"]


def test_period_of() -> None:
    assert period_of(date(2027, 8, 14), TimeUnit.QUARTER) == (date(2027, 7, 1), date(2027, 9, 30))
    assert period_of(date(2027, 12, 31), TimeUnit.MONTH) == (date(2027, 12, 1), date(2027, 12, 31))
    assert period_of(date(2027, 2, 1), TimeUnit.YEAR) == (date(2027, 1, 1), date(2027, 12, 31))
    assert period_of(date(2027, 11, 3), TimeUnit.QUARTER) == (date(2027, 10, 1), date(2027, 12, 31))


def test_an_idea_dropped_on_the_timeline_becomes_a_step_there(opened: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from roadmap.ui.timeline.scale import period_start, x_day

    session = opened.session
    QTest.keySequence(opened, QKeySequence("Ctrl+Alt+P"))
    lot = opened.parking_dock.widget()
    lot.entry.setFocus()
    QTest.keyClicks(lot.entry, "Pilot with a second foundry")
    QTest.keyClick(lot.entry, Qt.Key.Key_Return)
    (idea,) = ideas(session)
    entry = lot.ideas.item(0)
    data = lot.ideas.mimeData([entry])  # what dragging the entry carries

    view = opened.canvas.view
    step = next(iter(session.steps.values()))  # drop on this step's row, to its right
    rect = opened.canvas.bar_rect(step.id)
    scene = QPointF(rect.right() + 30, rect.center().y())
    view.ensureVisible(rect, 80, 80)
    target = view.mapFromScene(scene)
    viewport = view.viewport()
    move = Qt.DropAction.MoveAction
    no_button, no_key = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(target, move, data, no_button, no_key),
        QDragMoveEvent(target, move, data, no_button, no_key),
        QDropEvent(QPointF(target), move, data, no_button, no_key),
    ):
        QApplication.sendEvent(viewport, event)

    assert not ideas(session)
    made = next(s for s in session.steps.values() if s.name == "Pilot with a second foundry")
    dropped_at = view.mapToScene(QPoint(target))
    assert made.lane_id == step.lane_id and made.pathway_id == step.pathway_id
    assert made.start == period_start(x_day(dropped_at.x()), view.unit)
    opened.undo_action.trigger()
    assert [i.text for i in ideas(session)] == [idea.text]
