"""The timeline canvas: the view with its fixed headers, built from the session and kept in
step with every edit (only the changed bars and arrows are touched).

Every step has a `StepPlace` from the start; its scene item is made when its row comes within a
screen's height of the view, or when asked for through `items` (see `places`), so a roadmap of
10,000 steps opens with a few hundred items. Draw things on a step through `bar_rect`, which
works whether or not the item exists yet."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QGraphicsScene, QGridLayout, QWidget

from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.domain.schedule import Schedule
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.arrows import Arrow, ArrowLayer
from roadmap.ui.timeline.headers import LaneHeader, TimeAxis
from roadmap.ui.timeline.items import CanvasStyle, StepBar, StepDiamond, StepGraphic
from roadmap.ui.timeline.layout import (
    ROW_HEIGHT,
    TimelineLayout,
    lay_out,
    pathway_order,
    repack,
)
from roadmap.ui.timeline.places import DIAMOND, RowIndex, StepItems, StepPlace, step_ends
from roadmap.ui.timeline.scale import ORIGIN, day_x
from roadmap.ui.timeline.view import TimelineView

_REBUILD_KINDS = {EntityKind.ROADMAP, EntityKind.LANE, EntityKind.PROBLEM, EntityKind.PATHWAY}


class TimelineCanvas(QWidget):
    edit_requested = Signal(str)  # step id to edit (double-click)

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = QGraphicsScene(self)
        self.canvas_style = CanvasStyle()
        self.view = TimelineView(self.scene, self)
        self.view.unit = session.info.time_unit.value
        self.pathway_names: dict[str, str] = {}
        self.axis = TimeAxis(self.view, self)
        self.lane_header = LaneHeader(self.view, self.pathway_names, self)
        corner = QWidget(self)
        corner.setFixedSize(self.lane_header.width(), self.axis.height())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(corner, 0, 0)
        grid.addWidget(self.axis, 0, 1)
        grid.addWidget(self.lane_header, 1, 0)
        grid.addWidget(self.view, 1, 1)
        # Steps have a place from the start and a scene item once near the view (see places).
        self.places: dict[str, StepPlace] = {}
        self.rows = RowIndex()
        self.items = StepItems(self.places, self._make_item)
        self.arrows: dict[str, Arrow] = {}
        self._lit: set[Arrow] = set()
        self.arrow_layer = ArrowLayer(self.canvas_style)
        self.scene.addItem(self.arrow_layer)
        self.layout_info: TimelineLayout | None = None
        self._syncing = False
        self._fit_pending = False
        self.apply_palette()
        self.rebuild()
        session.edited.connect(self._on_edited)
        session.selection_changed.connect(self._on_session_selection)
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.view.moves_requested.connect(self.commit_moves)
        self.view.link_requested.connect(self.add_dependency)
        self.view.edit_requested.connect(self._on_edit_requested)
        self.view.zoom_changed.connect(self._on_zoom)
        self.view.area_changed.connect(self._make_near_view)

    # -- building ------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        self.scene.setBackgroundBrush(base)
        self.view.band_color = QColor(255, 255, 255, 14) if dark else QColor(0, 0, 0, 9)
        self.view.grid_color = QColor(255, 255, 255, 40) if dark else QColor(0, 0, 0, 26)
        self.canvas_style.arrow = QColor("#9aa4b0") if dark else QColor("#5b6470")

    def rebuild(self) -> None:
        """Draw everything again from the session (after lanes, pathways or the roadmap change)."""
        session = self.session
        self.scene.clearSelection()
        self.arrow_layer.clear()
        self._lit = set()
        for item in self.items.made():
            self.scene.removeItem(item)
        self.places.clear()
        self.rows.clear()
        self.arrows.clear()
        self.canvas_style.lane_colors = {
            lane.id: QColor(lane.color) for lane in session.lanes.values()
        }
        self.canvas_style.pathway_colors = {
            p.id: QColor(p.color) for p in session.pathways.values()
        }
        self.pathway_names.clear()
        self.pathway_names.update({p.id: p.name for p in session.pathways.values()})
        self._order = pathway_order(session.problems.values(), session.pathways.values())
        layout = lay_out(session.lanes.values(), self._order, session.steps.values())
        self.layout_info = self.view.layout_info = layout
        places, put = self.places, self.rows.put
        for step in session.steps.values():
            top = layout.row_top.get(step.id)
            if top is None:
                continue  # a step in a lane that no longer exists
            places[step.id] = StepPlace(step, top)
            put(step.id, top)
        arrows, layer = self.arrows, self.arrow_layer
        for dep in session.dependencies.values():  # as `_add_arrow`, inlined for 15,000 arrows
            source, target = places.get(dep.from_step_id), places.get(dep.to_step_id)
            if source is not None and target is not None:
                arrow = arrows[dep.id] = Arrow(dep, source, target, layer)
                layer.add(arrow)
        self._update_scene_rect()
        self.lane_header.update()
        self._make_near_view()

    def _make_item(self, place: StepPlace) -> StepGraphic:
        """The step's scene item, made now (see `roadmap.ui.timeline.places`)."""
        step = place.step
        item: StepGraphic = (
            StepDiamond(step, self.canvas_style, place)
            if step.step_kind.is_point
            else StepBar(step, self.canvas_style, place)
        )
        item.set_step(step, place.top)
        self._set_label_room(item)
        self.scene.addItem(item)
        return item

    def _make_near_view(self) -> None:
        """Make the items of the rows in view and a screen's height above and below it, so
        scrolling and rubber-band selection find them made."""
        if self.layout_info is None:
            return
        top = self.view.mapToScene(0, 0).y()
        height = self.view.viewport().height()
        places = self.places
        for step_id in list(self.rows.between(top - height, top + 2 * height)):
            place = places[step_id]
            if place.item is None:
                self._make_item(place)

    def bar_rect(self, step_id: str) -> QRectF | None:
        """Where a step is drawn, in scene coordinates (days across, pixels down), whether or
        not its item has been made; for a milestone, the day it falls on. None if not drawn."""
        place = self.places.get(step_id)
        return None if place is None else place.bar_rect()

    def _add_arrow(self, dep: Dependency) -> None:
        source, target = self.places.get(dep.from_step_id), self.places.get(dep.to_step_id)
        if source is None or target is None:
            return
        arrow = Arrow(dep, source, target, self.arrow_layer)
        self.arrows[dep.id] = arrow
        self.arrow_layer.add(arrow)

    def _remove_arrow(self, dep_id: str) -> None:
        arrow = self.arrows.pop(dep_id, None)
        if arrow is not None:
            arrow.detach()
            self.arrow_layer.remove(arrow)

    def _set_label_room(self, item: StepGraphic) -> None:
        if isinstance(item, StepDiamond) and self.layout_info is not None:
            following = self.layout_info.next_start.get(item.step.id)
            item.room_until = None if following is None else following - ORIGIN

    def _drop_item(self, place: StepPlace) -> None:
        if place.item is not None:
            self.scene.removeItem(place.item)
            place.item = None

    def _remove_step(self, step_id: str) -> None:
        place = self.places.pop(step_id, None)
        if place is not None:
            for arrow in list(place.arrows):
                self._remove_arrow(arrow.dependency.id)
            self._drop_item(place)
            self.rows.remove(step_id)

    def _show_at(self, place: StepPlace, top: float) -> None:
        """Show the step with its row at `top` (its item if made, else just its place)."""
        self.rows.put(place.step.id, top)
        if place.item is not None:
            place.item.show_dates(place.item.step.start, place.item.step.end, top)
        elif place.top != top:  # only its row moved
            left, right, _middle = place.ends
            place.move_to((left, right, top + ROW_HEIGHT / 2), top)
        else:
            step = place.step
            place.move_to(step_ends(place.pad_px > 0, step.start, step.end, top), top)

    def _update_scene_rect(self) -> None:
        info = self.session.info
        first, last = info.horizon_start, info.horizon_end
        if self.session.steps:
            first = min(first, min(s.start for s in self.session.steps.values()))
            last = max(last, max(s.end for s in self.session.steps.values()))
        height = (self.layout_info.height if self.layout_info else 0) + 40
        left, right = day_x(first - timedelta(days=120)), day_x(last + timedelta(days=240))
        rect = QRectF(left, 0, right - left, height)
        self.scene.setSceneRect(rect)
        self.arrow_layer.set_extent(rect)

    def _relayout(self, groups: set[tuple[str, str]] | None = None) -> None:
        """Place steps in rows again: only `groups` (lane, pathway) when they keep their size."""
        places = self.places
        if groups is not None and self.layout_info is not None:
            members: dict[tuple[str, str], list[Step]] = {key: [] for key in groups}
            for step in self.session.steps.values():
                bucket = members.get((step.lane_id, step.pathway_id))
                if bucket is not None:
                    bucket.append(step)
            moved = repack(self.layout_info, members)
            if moved is not None:
                for step_id in moved:
                    place = places.get(step_id)
                    if place is not None:
                        self._show_at(place, self.layout_info.row_top[step_id])
                for key in groups:
                    for step in members[key]:
                        place = places.get(step.id)
                        if place is not None and place.item is not None:
                            self._set_label_room(place.item)
                self._update_scene_rect()
                self._make_near_view()
                self.lane_header.update()  # a lane may have grown a row
                self.view.viewport().update()
                return
        layout = lay_out(
            self.session.lanes.values(), self._order, self.session.steps.values(), self.layout_info
        )
        old = self.layout_info.row_top if self.layout_info else {}
        self.layout_info = self.view.layout_info = layout
        for step_id, top in layout.row_top.items():
            place = places.get(step_id)
            if place is not None and (old.get(step_id) != top or place.top != top):
                self._show_at(place, top)
        for item in self.items.made():
            self._set_label_room(item)
        self._update_scene_rect()
        self._make_near_view()
        self.lane_header.update()
        self.view.viewport().update()

    # -- following edits -----------------------------------------------------------------

    def _on_edited(self, edit: Edit) -> None:
        with self.arrow_layer.batch():  # arrows of steps that moved are indexed once, at the end
            self._follow(edit)

    def _follow(self, edit: Edit) -> None:
        changes = edit.changes
        if changes.touches(*_REBUILD_KINDS):
            self.rebuild()
            return
        if not changes.touches(EntityKind.STEP, EntityKind.DEPENDENCY):
            return
        steps, deps = self.session.steps, self.session.dependencies
        # Only the (lane, pathway) groups a changed step left or joined need packing again.
        groups: set[tuple[str, str]] | None = set()
        if any(kind is EntityKind.STEP for kind, _ in changes.added | changes.removed):
            groups = None
        rewire: set[str] = set()  # arrows to draw again: new, changed, or their step was remade
        for kind, entity_id in changes.removed:
            if kind is EntityKind.DEPENDENCY:
                self._remove_arrow(entity_id)
            elif kind is EntityKind.STEP:
                self._remove_step(entity_id)
        for kind, entity_id in changes.added | changes.updated:
            if kind is EntityKind.DEPENDENCY:
                rewire.add(entity_id)
            if kind is not EntityKind.STEP or entity_id not in steps:
                continue
            step = steps[entity_id]
            place = self.places.get(entity_id)
            if groups is not None:
                groups.add((step.lane_id, step.pathway_id))
                if place is not None:
                    groups.add((place.step.lane_id, place.step.pathway_id))
            if place is None:
                # Placed in its row by the layout below; its item is made if that is in view.
                self.places[entity_id] = StepPlace(step, 0.0)
                self.rows.put(entity_id, 0.0)
            elif place.step.step_kind.is_point != step.step_kind.is_point:
                # A bar became a milestone (or back): a different kind of item draws it, made
                # again below if it is in view; its arrows attach differently.
                rewire.update(arrow.dependency.id for arrow in place.arrows)
                self._drop_item(place)
                place.step = step
                place.pad_px = DIAMOND if step.step_kind.is_point else 0.0
                self._show_at(place, place.top)
            else:
                place.step = step
                if place.item is not None:
                    place.item.set_step(step, place.top)
                else:
                    self._show_at(place, place.top)
        for dep_id in rewire:
            self._remove_arrow(dep_id)
            if dep_id in deps:
                self._add_arrow(deps[dep_id])
        self._relayout(groups)

    # -- edits the view asks for --------------------------------------------------------

    def commit_moves(self, moves: list[tuple[str, date, date]]) -> None:
        """Store dragged dates; if refused, put the bars back where they were."""
        if len(moves) == 1:
            step_id, start, end = moves[0]
            done = self.session.perform(lambda c: c.move_step(step_id, start, end)) is not None
        else:
            title = tr("Move {count} steps").format(count=len(moves))
            commands = [lambda c, m=m: c.move_step(*m) for m in moves]
            done = self.session.perform_all(title, commands) is not None
        if not done:
            for step_id, _start, _end in moves:
                place = self.places.get(step_id)
                if place is not None and place.item is not None:
                    place.item.show_dates(place.step.start, place.step.end)

    def add_dependency(self, from_id: str, to_id: str) -> None:
        self.session.perform(lambda c: c.add_dependency(from_id, to_id))

    def _on_edit_requested(self, step_id: str) -> None:
        self.session.select(EntityKind.STEP, step_id)
        self.edit_requested.emit(step_id)

    # -- selection ------------------------------------------------------------------------

    def selected_step_ids(self) -> list[str]:
        return [i.step.id for i in self.scene.selectedItems() if isinstance(i, StepGraphic)]

    def _on_scene_selection(self) -> None:
        if self._syncing:
            return
        ids = self.selected_step_ids()
        self._syncing = True
        try:
            if len(ids) == 1:
                self.session.select(EntityKind.STEP, ids[0])
            self.session.steps_selected.emit(frozenset(ids))
        finally:
            self._syncing = False
        # Arrows of selected steps are drawn highlighted: repaint those that change.
        lit = {arrow for item_id in ids for arrow in self.places[item_id].arrows}
        for arrow in lit ^ self._lit:
            arrow.update()
        self._lit = lit

    def _on_session_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if selection is not None and selection[0] is EntityKind.STEP:
                item = self.items.get(selection[1])
                if item is not None and not (
                    item.isSelected() and len(self.scene.selectedItems()) == 1
                ):
                    self.scene.clearSelection()
                    item.setSelected(True)
                    self.view.ensureVisible(item, 40, 20)
        finally:
            self._syncing = False

    # -- display options -------------------------------------------------------------------

    def set_color_mode(self, mode: str) -> None:
        self.canvas_style.color_mode = mode
        self.view.viewport().update()

    def set_time_unit(self, unit: str) -> None:
        """Snap and label by `unit`; '' follows the roadmap's own unit."""
        self.view.unit = unit or self.session.info.time_unit.value
        self.view.viewport().update()
        self.axis.update()

    def _on_zoom(self, px_per_day: float) -> None:
        style = self.canvas_style
        style.px_per_day = px_per_day
        if style.diamond_scale <= px_per_day <= style.diamond_scale * 8:
            return
        # Milestone labels keep their pixel size, so their extent in days follows the zoom:
        # re-index them for a zoom range around this one (rarely: zoom steps are small).
        for item in self.items.made():
            if isinstance(item, StepDiamond):
                item.prepareGeometryChange()
        style.diamond_scale = px_per_day / 2

    def set_schedule(self, schedule: Schedule | None) -> None:
        """Take the newest schedule: which steps and links are critical, how much slack each
        step has (drawn only while the schedule is shown)."""
        style = self.canvas_style
        tails: dict[str, tuple[float, float]] = {}
        if schedule is not None:
            for timing in schedule.timings.values():
                if timing.slack_days > 0 and timing.duration_days > 0:
                    # Finish dates are inclusive: the bar's right edge is the day after.
                    tails[timing.step_id] = (
                        day_x(timing.earliest_finish) + 1,
                        day_x(timing.latest_finish) + 1,
                    )
        old_tails = style.slack_tails
        if style.show_schedule:  # before the change: the scene re-indexes from the old extent
            self._geometry_changed(
                {k for k in old_tails.keys() | tails.keys() if old_tails.get(k) != tails.get(k)}
            )
        style.critical_steps = (
            frozenset(s for s, t in schedule.timings.items() if t.critical)
            if schedule is not None
            else frozenset()
        )
        style.critical_dependencies = (
            schedule.critical_dependencies if schedule is not None else frozenset()
        )
        style.slack_tails = tails
        self.view.viewport().update()

    def set_show_schedule(self, on: bool) -> None:
        """Highlight the critical path and show slack tails, or not."""
        style = self.canvas_style
        if style.show_schedule == on:
            return
        self._geometry_changed(set(style.slack_tails))
        style.show_schedule = on
        self.view.viewport().update()

    def _geometry_changed(self, step_ids: set[str]) -> None:
        for step_id in step_ids:
            place = self.places.get(step_id)
            item = place.item if place is not None else None
            if isinstance(item, StepBar):
                item.prepareGeometryChange()

    def set_link_mode(self, on: bool) -> None:
        self.view.link_mode = on
        self.view.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor
        )

    def zoom_in(self) -> None:
        self.view.zoom_by(1.5)

    def zoom_out(self) -> None:
        self.view.zoom_by(1 / 1.5)

    def fit(self) -> None:
        """Fit the roadmap's horizon into the window's width (once it has one)."""
        if not self.view.viewport().isVisible():
            self._fit_pending = True
            return
        info = self.session.info
        self.view.fit_days(info.horizon_start, info.horizon_end)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            QTimer.singleShot(0, self.fit)

    def show_today(self) -> None:
        self.view.scroll_to_day(date.today())
