"""Right-click menus with the actions that apply where the pointer is: on a bar or diamond of
the timeline, on a dependency arrow, on the empty part of a lane's row, and on a navigator item.

Each menu is built by `menu_at_*` (which tests open and pick from with QAction.trigger()) and
shown by the widget's context-menu event. The entries do what the main window's actions do,
through the same service commands, each one undoable edit.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QMenu

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.enums import DependencyType, StepKind
from roadmap.ui.labels import tr
from roadmap.ui.timeline.layout import ROW_HEIGHT
from roadmap.ui.timeline.scale import snap, x_day

if TYPE_CHECKING:
    from roadmap.ui.navigator import Navigator
    from roadmap.ui.window_view import WindowView


def open_timeline_menu(window: WindowView, scene_point: QPointF, screen_point: QPoint) -> None:
    """The timeline asked for its menu at `scene_point` (a right click, or the menu key)."""
    menu = menu_at_timeline(window, scene_point)
    if menu is not None:
        window.show_menu(menu, screen_point)
        menu.deleteLater()


def open_navigator_menu(window: WindowView, navigator: Navigator, point: QPoint) -> None:
    """The navigator asked for the menu of the item at `point` (in its tree's viewport)."""
    index = navigator.tree.indexAt(point)
    if not index.isValid():
        return
    navigator.tree.setCurrentIndex(index)  # selects it everywhere, as a left click does
    node = navigator.model.node(navigator.proxy.mapToSource(index))
    menu = menu_at_navigator(window, node.kind, node.entity_id)
    window.show_menu(menu, navigator.tree.viewport().mapToGlobal(point))
    menu.deleteLater()


def row_at(window: WindowView, y: float) -> tuple[str, str | None] | None:
    """The (lane, pathway) of the timeline row at scene height `y` (pathway None over a lane's
    title or spare room); None outside every lane."""
    canvas = window.canvas
    layout = canvas.drawing.layout_info if canvas is not None else None
    if layout is None:
        return None
    for band in layout.bands:
        if band.top <= y < band.bottom:
            for group in band.groups:
                if group.top <= y < group.top + max(1, group.rows) * ROW_HEIGHT:
                    return band.lane.id, group.pathway_id
            return band.lane.id, None
    return None


def menu_at_timeline(window: WindowView, scene_point: QPointF) -> QMenu | None:
    """The menu for a right click at `scene_point` of the timeline: the step, the arrow, or
    the lane row there (selecting the step or arrow first, as a left click would)."""
    canvas, session = window.canvas, window.session
    if canvas is None or session is None:
        return None
    view = canvas.view
    item = view.step_item_at(view.mapFromScene(scene_point))
    menu = QMenu(window.dialog_parent())
    readonly = session.readonly
    if item is not None:
        step_id = item.step.id
        if not item.isSelected():
            canvas.scene.clearSelection()
            item.setSelected(True)
        session.select(EntityKind.STEP, step_id)
        menu.addAction(tr("Edit in the inspector"), lambda: window.edit_in_inspector())
        delete = menu.addAction(tr("Delete step"), window.docs.delete_selected)
        delete.setEnabled(not readonly)
        return menu
    dependency_id = canvas.arrow_at(scene_point)
    if dependency_id is not None:
        session.select(EntityKind.DEPENDENCY, dependency_id)
        dependency = session.dependencies[dependency_id]
        for kind, text in (
            (DependencyType.FINISH_TO_START, tr("Finish to start")),
            (DependencyType.START_TO_START, tr("Start to start")),
        ):
            choice = menu.addAction(text)
            choice.setCheckable(True)
            choice.setChecked(dependency.type is kind)
            choice.setEnabled(not readonly and dependency.type is not kind)
            choice.triggered.connect(
                lambda _checked=False, k=kind: session.perform(
                    lambda c: c.update(EntityKind.DEPENDENCY, dependency_id, type=k)
                )
            )
        menu.addSeparator()
        delete = menu.addAction(
            tr("Delete dependency"),
            lambda: session.perform(lambda c: c.delete(EntityKind.DEPENDENCY, dependency_id)),
        )
        delete.setEnabled(not readonly)
        return menu
    row = row_at(window, scene_point.y())
    if row is None or readonly:
        return None
    lane_id, pathway_id = row
    pathway_id = pathway_id or _pathway_for(window)
    if pathway_id is None:
        return None
    day = snap(x_day(scene_point.x()), view.unit)
    for step_kind, text in (
        (StepKind.RESEARCH, tr("Add step here")),
        (StepKind.MILESTONE, tr("Add milestone here")),
        (StepKind.DECISION_GATE, tr("Add decision gate here")),
    ):
        menu.addAction(text, partial(_add_step_at, window, pathway_id, lane_id, day, step_kind))
    return menu


def _pathway_for(window: WindowView) -> str | None:
    session = window.session
    if session is None:
        return None
    if session.selection is not None and session.selection[0] is EntityKind.STEP:
        step = session.steps.get(session.selection[1])
        if step is not None:
            return step.pathway_id
    return next(iter(session.pathways), None)


def _add_step_at(
    window: WindowView, pathway_id: str, lane_id: str, day: date, kind: StepKind
) -> None:
    session = window.session
    if session is None:
        return
    point = kind.is_point
    end = day if point else day + timedelta(days=89)
    name = tr("New milestone") if point else tr("New step")
    step = Step(new_id(), pathway_id, lane_id, name, day, end, kind)
    if session.perform(lambda c: c.add(step)) is not None:
        session.select(EntityKind.STEP, step.id)
        window.edit_in_inspector()


def menu_at_navigator(window: WindowView, kind: EntityKind | None, entity_id: str) -> QMenu:
    """The menu for a navigator item: rename and delete it, and add what belongs under it."""
    session = window.session
    menu = QMenu(window.dialog_parent())
    readonly = session is None or session.readonly
    docs = window.docs
    if kind is EntityKind.PROBLEM:
        menu.addAction(tr("Add pathway"), docs.add_pathway).setEnabled(not readonly)
    if kind in (EntityKind.PATHWAY, EntityKind.STEP):
        menu.addAction(tr("Add step"), docs.add_step).setEnabled(not readonly)
        menu.addAction(tr("Add milestone"), docs.add_milestone).setEnabled(not readonly)
    if kind is not None:
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(tr("Rename"), window.rename_selected).setEnabled(not readonly)
        menu.addAction(tr("Delete"), docs.delete_selected).setEnabled(not readonly)
    return menu
