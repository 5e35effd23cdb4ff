"""Right-click menus: a right click (real mouse events) on a bar, an arrow, an empty spot of a
lane row and a navigator item opens the menu of what applies there; picking an entry
(QAction.trigger(), as a click in the menu) does it, checked in the stored roadmap."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from roadmap.domain.entities import Dependency, EntityKind, Pathway, Step
from roadmap.domain.enums import DependencyType, StepKind
from tests.ui.test_defects_by_input import point_on_arrow


@pytest.fixture
def menus(opened: Any) -> list[QMenu]:
    """The menus that opened (shown without blocking the test)."""
    shown: list[QMenu] = []
    opened.show_menu = lambda menu, _point: shown.append(menu)
    return shown


def right_click(widget: Any, pos: QPoint) -> None:
    """A right click as the window system delivers it: the button, then the context-menu
    event (which the offscreen platform does not make from the button by itself)."""
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def pick(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    action.trigger()


def test_a_bars_menu_deletes_the_step(opened: Any, menus: list[QMenu]) -> None:
    from tests.ui.test_timeline_editing import visible, wide_bars

    bar = wide_bars(opened)[0]
    right_click(opened.canvas.view.viewport(), visible(opened, bar))
    assert opened.session.selection == (EntityKind.STEP, bar.step.id)
    pick(menus[-1], "Delete step")
    assert bar.step.id not in {s.id for s in opened.session.workspace.queries.all(Step)}


def test_an_arrows_menu_changes_its_type_and_deletes_it(opened: Any, menus: list[QMenu]) -> None:
    queries = opened.session.workspace.queries
    dep = next(d for d in queries.all(Dependency) if d.type is DependencyType.FINISH_TO_START)
    right_click(opened.canvas.view.viewport(), point_on_arrow(opened, dep.id))
    assert opened.session.selection == (EntityKind.DEPENDENCY, dep.id)
    pick(menus[-1], "Start to start")
    assert queries.get(Dependency, dep.id).type is DependencyType.START_TO_START
    right_click(opened.canvas.view.viewport(), point_on_arrow(opened, dep.id))
    pick(menus[-1], "Delete dependency")
    assert dep.id not in {d.id for d in queries.all(Dependency)}


def test_a_lane_rows_menu_adds_a_step_there(opened: Any, menus: list[QMenu]) -> None:
    canvas = opened.canvas
    view = canvas.view
    layout = canvas.drawing.layout_info
    band = layout.bands[1]
    group = band.groups[0]
    view.ensureVisible(0, group.top, 10, 30)
    y = view.mapFromScene(0, group.top + 13).y()
    x = next(
        x
        for x in range(view.viewport().width() - 20, 20, -15)
        if view.step_item_at(QPoint(x, y)) is None
        and canvas.arrow_at(view.mapToScene(QPoint(x, y))) is None
    )
    before = {s.id for s in opened.session.workspace.queries.all(Step)}
    right_click(view.viewport(), QPoint(x, y))
    pick(menus[-1], "Add milestone here")
    (new,) = [s for s in opened.session.workspace.queries.all(Step) if s.id not in before]
    assert (new.lane_id, new.pathway_id) == (band.lane.id, group.pathway_id)
    assert new.step_kind is StepKind.MILESTONE


def test_a_navigator_items_menu_adds_a_step_to_the_pathway(opened: Any, menus: list[QMenu]) -> None:
    navigator = opened.navigator
    pathway = next(iter(opened.session.pathways.values()))
    index = navigator.proxy.mapFromSource(navigator.model.index_of(EntityKind.PATHWAY, pathway.id))
    navigator.tree.scrollTo(index)
    right_click(navigator.tree.viewport(), navigator.tree.visualRect(index).center())
    assert opened.session.selection == (EntityKind.PATHWAY, pathway.id)
    before = {s.id for s in opened.session.workspace.queries.all(Step)}
    pick(menus[-1], "Add step")
    (new,) = [s for s in opened.session.workspace.queries.all(Step) if s.id not in before]
    assert new.pathway_id == pathway.id
    assert opened.session.workspace.queries.get(Pathway, pathway.id) == pathway
