"""What the timeline draws: a `StepPlace` for every step, a scene item for the steps near the
view, an arrow for every dependency, and the rows they are laid out in; built from the session
and kept in step with every edit (only the changed bars and arrows are touched).

Every step has a place from the start; its scene item is made when its row comes within a
screen's height of the view, or when asked for through `items` (see `places`), so a roadmap of
10,000 steps opens with a few hundred items."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.services.changes import Edit
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.arrows import ArrowLayer
from roadmap.ui.timeline.items import StepBar, StepDiamond
from roadmap.ui.timeline.label_room import LabelRoom, SceneReach
from roadmap.ui.timeline.layout import (
    LabelDays,
    TimelineLayout,
    lay_out,
    members_now,
    pathway_order,
    repack,
)
from roadmap.ui.timeline.places import (
    DIAMOND,
    Arrow,
    StepGraphic,
    StepItems,
    StepPlace,
)
from roadmap.ui.timeline.placing import Placed, place_all, place_in_worker
from roadmap.ui.timeline.scale import ORIGIN
from roadmap.ui.timeline.style import CanvasStyle

if TYPE_CHECKING:
    from roadmap.ui.timeline.headers import LaneHeader
    from roadmap.ui.timeline.view import TimelineView

_REBUILD_KINDS = frozenset(
    {EntityKind.ROADMAP, EntityKind.LANE, EntityKind.PROBLEM, EntityKind.PATHWAY}
)
# Fields of those records whose change moves nothing on the timeline: a renamed or recolored
# lane or pathway is drawn again where it is (`restyle`), not laid out again — a rebuild of L
# took ~0.4 s of the window's thread for a pathway's new name.
_DRAWN_ONLY = frozenset({"name", "title", "description", "color", "status"})
# Kinds whose records coming, going or changing otherwise lay the whole timeline out anew.
_LAID_OUT_KINDS = frozenset({EntityKind.LANE, EntityKind.ROADMAP})
# Items made beyond this many, the unselected ones far from the view are let go of again.
MADE_LIMIT = 1500


class TimelineDrawing:
    def __init__(
        self,
        session: RoadmapSession,
        scene: QGraphicsScene,
        view: TimelineView,
        lane_header: LaneHeader,
        canvas_style: CanvasStyle,
        pathway_names: dict[str, str],
    ) -> None:
        """Draws into `scene` with `canvas_style`, and keeps `pathway_names` (the lane
        header's) current."""
        self.session = session
        self.scene = scene
        self.view = view
        self.lane_header = lane_header
        self.canvas_style = canvas_style
        self.pathway_names = pathway_names
        self.places: dict[str, StepPlace] = {}
        self.items = StepItems(self.places, self._make_item)
        self.arrows: dict[str, Arrow] = {}
        self._lit: set[Arrow] = set()
        self.arrow_layer = ArrowLayer(canvas_style, self.places_between)
        scene.addItem(self.arrow_layer)
        self.layout_info: TimelineLayout | None = None
        self._order: list[str] = []  # pathway IDs, as the lanes list them
        self.label_room = LabelRoom(canvas_style)
        self.reach = SceneReach()
        self._behind: set[str] = set()  # steps whose made item may be off its row: see _rows_moved
        session.prepare_with("timeline", partial(place_in_worker, self.arrow_layer))

    # -- building ------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Draw everything again from the session (after lanes, pathways or the roadmap change)."""
        session = self.session
        self.scene.clearSelection()
        self.arrow_layer.clear()
        self._lit = set()
        for item in self.items.made():
            self.scene.removeItem(item)
        self.items.forget_all()
        self._behind.clear()
        self.places.clear()
        self.arrows.clear()
        self._read_styles()
        self.label_room.mark_laid(self.view.px_per_day)
        # Worked out by the worker that wrote a big import or merge, or here (see placing.py).
        placed: Placed | None = session.prepared("timeline")
        if placed is None:
            placed = place_all(
                session.lanes,
                session.problems,
                session.pathways,
                session.steps,
                session.dependencies,
                self._label_room(),
                self.arrow_layer,
            )
        self._order = placed.order
        self.layout_info = self.view.layout_info = placed.layout
        self.places.update(placed.places)  # the same dict `items` holds
        self.arrows.update(placed.arrows)
        self.reach.span = None
        self.arrow_layer.forget_found()
        self._update_scene_rect()
        self.lane_header.update()
        self.make_near_view()

    def _read_styles(self) -> None:
        """The colors and names of lanes and pathways, as the session has them."""
        session = self.session
        style = self.canvas_style
        style.lane_colors = {lane.id: QColor(lane.color) for lane in session.lanes.values()}
        style.pathway_colors = {p.id: QColor(p.color) for p in session.pathways.values()}
        self.pathway_names.clear()
        self.pathway_names.update({p.id: p.name for p in session.pathways.values()})

    def restyle(self) -> None:
        """Names and colors of lanes and pathways again from the session, drawn where they
        are (see `_DRAWN_ONLY`)."""
        self._read_styles()
        session = self.session
        if self.layout_info is not None:
            for band in self.layout_info.bands:
                band.lane = session.lanes.get(band.lane.id, band.lane)
        self.lane_header.update()
        self.view.viewport().update()

    def _make_item(self, place: StepPlace) -> StepGraphic:
        """The step's scene item, made now (see `roadmap.ui.timeline.places`)."""
        step = place.step
        item: StepGraphic = (
            StepDiamond(step, self.canvas_style, place)
            if step.step_kind.is_point
            else StepBar(step, self.canvas_style, place)
        )
        item.set_step(step)
        self._set_label_room(item)
        self.scene.addItem(item)
        return item

    def places_between(self, top: float, bottom: float) -> list[StepPlace]:
        """The places whose group has a row between scene heights `top` and `bottom`."""
        if self.layout_info is None:
            return []
        places = self.places
        return [
            place
            for group in self.layout_info.groups_between(top, bottom)
            for step_id in group.members
            if (place := places.get(step_id)) is not None
        ]

    def make_near_view(self) -> None:
        """Make the items of the rows in view and a screen's height above and below it, so
        scrolling and rubber-band selection find them made; let go of unselected items far
        from the view once there are many (so what moves with a row added is bounded)."""
        if self.layout_info is None:
            return
        near = self._near_view()
        items, behind = self.items, self._behind
        for place in near:
            if place.item is None:
                items.make(place)
            elif behind and place.step.id in behind:
                place.item.follow_row()
                behind.discard(place.step.id)
        if len(items.made()) > MADE_LIMIT:
            keep = {id(place) for place in near}
            for item in items.made():
                if id(item.place) not in keep and not item.isSelected():
                    self._drop_item(item.place)

    def _near_view(self) -> list[StepPlace]:
        """The places in the rows in view and a screen's height above and below it."""
        top = self.view.mapToScene(0, 0).y()
        height = self.view.viewport().height() / self.view.row_scale
        return self.places_between(top - height, top + 2 * height)

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
        if isinstance(item, (StepDiamond, StepBar)) and self.layout_info is not None:
            following = self.layout_info.next_start.get(item.step.id)
            room = None if following is None else following - ORIGIN
            if room != item.room_until:
                item.geometry_changed()
                item.room_until = room

    def _drop_item(self, place: StepPlace) -> None:
        if place.item is not None:
            self.scene.removeItem(place.item)
            self.items.forget(place.step.id)
            self._behind.discard(place.step.id)
            place.item = None

    def _remove_step(self, step_id: str) -> None:
        place = self.places.pop(step_id, None)
        if place is not None:
            for arrow in list(place.arrows):
                self._remove_arrow(arrow.dependency.id)
            self._drop_item(place)
        if self.layout_info is not None:
            # Forgotten by the layout too: a step that comes back (Undo) is placed as new.
            for table in (
                self.layout_info.group_of,
                self.layout_info.row_of,
                self.layout_info.next_start,
            ):
                table.pop(step_id, None)

    def set_below(self, height: float, first: date | None, last: date | None) -> None:
        """Room under the lanes for what another layer draws there (the compared plan's
        steps that have no row here), reaching from `first` to `last`."""
        self.reach.below = (height, first, last)
        self._update_scene_rect()

    def _update_scene_rect(self, changed: Iterable[Step] = ()) -> None:
        """Reach the first and last step (and their names) and the last row; `changed`: the
        steps added or moved since."""
        height = self.layout_info.height if self.layout_info else 0.0
        rect = self.reach.rect(
            self.session.info, self.session.steps.values(), changed, self._label_room(), height
        )
        self.scene.setSceneRect(rect)
        self.arrow_layer.set_extent(rect)

    def _relayout(
        self, groups: set[tuple[str, str]] | None = None, changed: list[Step] | None = None
    ) -> None:
        """Place steps in rows again: only `groups` (lane, pathway), which hold the steps they
        held before and perhaps some of the `changed` ones, unless a group is new or emptied."""
        layout, places = self.layout_info, self.places
        if groups is not None and changed is not None and layout is not None:
            members = members_now(layout, groups, changed, self.session.steps)
            rows_before = {key: layout.group_rows.get(key) for key in groups}
            moved = repack(layout, members, self._label_room())
            if moved is not None:
                for step_id in moved:
                    place = places.get(step_id)
                    if place is not None:
                        place.place_in(layout.group_of[step_id], layout.row_of[step_id])
                grown = [key for key in groups if layout.group_rows.get(key) != rows_before[key]]
                if grown:
                    self._rows_moved()  # the groups below moved: so do their items
                else:
                    for step_id in moved:
                        item = places[step_id].item if step_id in places else None
                        if item is not None:
                            item.follow_row()
                for key in groups:
                    for step in members[key]:
                        item = places[step.id].item if step.id in places else None
                        if item is not None:
                            self._set_label_room(item)
                self._update_scene_rect(changed)
                self.make_near_view()
                if grown:  # from the first group that grew down, everything moved
                    where = layout.where[min(grown, key=layout.where.__getitem__)]
                    self._repaint_below(layout.bands[where[0]].groups[where[1]].top)
                return
        self.label_room.mark_laid(self.view.px_per_day)
        layout = lay_out(
            self.session.lanes.values(),
            self._order,
            self.session.steps.values(),
            self._label_room(),
        )
        self.layout_info = self.view.layout_info = layout
        for step_id, place in places.items():
            group = layout.group_of.get(step_id)
            if group is not None:
                place.group, place.row = group, layout.row_of[step_id]
        self._rows_moved()
        self.arrow_layer.update()
        for item in self.items.made():
            self._set_label_room(item)
        self._update_scene_rect(changed or ())
        self.make_near_view()
        self.lane_header.update()
        self.view.viewport().update()

    def _repaint_below(self, top: float) -> None:
        """Paint again what is shown from scene height `top` down, and the lane header."""
        view = self.view
        viewport = view.viewport()
        y = max(0, view.mapFromScene(0.0, top).y())
        if y < viewport.height():
            viewport.update(0, y, viewport.width(), viewport.height() - y)
            self.lane_header.update()

    def _rows_moved(self) -> None:
        """Rows moved: the items near the view (and the selected ones) follow theirs now, the
        others when they come near or are asked for (each `setPos` re-indexes one of up to
        1,500 items). Places follow their groups' tops; arrows are painted where they are."""
        followed: set[str] = set()
        for place in self._near_view():
            item = place.item
            if item is not None:
                item.follow_row()
                followed.add(place.step.id)
        for selected in self.scene.selectedItems():
            if isinstance(selected, StepGraphic):
                selected.follow_row()
                followed.add(selected.step.id)
        # Set arithmetic, not a Python loop over every item made (up to 1,500).
        self._behind |= self.items.made_ids() - followed
        self.arrow_layer.forget_found()

    # -- room for names -------------------------------------------------------------------

    def _label_room(self) -> LabelDays | None:
        """How many days right of a step its name takes now (see `label_room`)."""
        return self.label_room.days(self.view.px_per_day, len(self.session.steps))

    def zoomed(self) -> None:
        """The zoom (or the type size) changed: names need other room beside their bars, so
        rows are laid out again (for a roadmap that gets that room at all)."""
        if self.label_room.stale(self.view.px_per_day, len(self.session.steps)):
            self._relayout()

    # -- following edits -----------------------------------------------------------------

    def follow(self, edit: Edit) -> None:
        """Touch only what `edit` changed (everything, if lanes, pathways or the roadmap did)."""
        with self.arrow_layer.batch():  # arrows of steps that moved are indexed once, at the end
            self._follow(edit)

    def _follow(self, edit: Edit) -> None:
        changes = edit.changes
        reordered = False
        if changes.touches(*_REBUILD_KINDS):
            # A worker that wrote a big edit (an import, its undo) also placed everything:
            # taking that is cheaper than laying the rows out here (~0.1 s on L).
            if self.session.prepared("timeline") is not None or self._needs_rebuild(edit):
                self.rebuild()
                return
            self.restyle()
            # A pathway or problem added, removed or moved: the rows' order may be another
            # (not for a new pathway without steps yet: it has no rows).
            order = pathway_order(self.session.problems.values(), self.session.pathways.values())
            drawn = (
                {pathway_id for _lane, pathway_id in self.layout_info.where}
                if self.layout_info
                else set()
            )
            reordered = [p for p in order if p in drawn] != [p for p in self._order if p in drawn]
            self._order = order
        if not changes.touches(EntityKind.STEP, EntityKind.DEPENDENCY):
            if reordered:
                self._relayout()
            return
        steps, deps = self.session.steps, self.session.dependencies
        # Only the (lane, pathway) groups a changed step left or joined need packing again
        # (a new group lays everything out again: see `repack`).
        groups: set[tuple[str, str]] = set()
        changed: list[Step] = []  # steps added or changed
        rewire: set[str] = set()  # arrows to draw again: new, changed, or their step was remade
        for kind, entity_id in changes.removed:
            if kind is EntityKind.DEPENDENCY:
                self._remove_arrow(entity_id)
            elif kind is EntityKind.STEP:
                gone = self.places.get(entity_id)
                if gone is not None:
                    groups.add((gone.step.lane_id, gone.step.pathway_id))
                    self.reach.left(gone.step)  # it may have been the first or the last
                self._remove_step(entity_id)
        for kind, entity_id in changes.added | changes.updated:
            if kind is EntityKind.DEPENDENCY:
                rewire.add(entity_id)
            if kind is not EntityKind.STEP or entity_id not in steps:
                continue
            step = steps[entity_id]
            changed.append(step)
            place = self.places.get(entity_id)
            groups.add((step.lane_id, step.pathway_id))
            if place is None:
                # Placed in its row by the layout below; its item is made if that is in view.
                self.places[entity_id] = StepPlace(step)
                continue
            groups.add((place.step.lane_id, place.step.pathway_id))
            self.reach.left(place.step)  # it may have been the first or the last
            if place.step.step_kind.is_point != step.step_kind.is_point:
                # A bar became a milestone (or back): a different kind of item draws it, made
                # again below if it is in view; its arrows attach differently.
                rewire.update(arrow.dependency.id for arrow in place.arrows)
                self._drop_item(place)
                place.step = step
                place.pad_px = DIAMOND if step.step_kind.is_point else 0.0
                place.show(step.start, step.end)
            elif place.item is not None:
                place.item.set_step(step)
            else:
                place.step = step
                place.show(step.start, step.end)
        for dep_id in rewire:
            self._remove_arrow(dep_id)
            if dep_id in deps:
                self._add_arrow(deps[dep_id])
        if reordered:
            self._relayout(changed=changed)
        else:
            self._relayout(groups, changed)

    @staticmethod
    def _needs_rebuild(edit: Edit) -> bool:
        """Whether `edit` lays the whole timeline out anew: a lane came, went or moved (the
        bands), or the roadmap's horizon or unit changed. A pathway or problem added, removed
        or moved only reorders rows (`_follow`); names and colors are redrawn in place. On L
        adding a pathway rebuilt for ~250 ms, deleting one ~200."""
        fields = edit.fields_changed(_LAID_OUT_KINDS)
        return fields is None or not fields <= _DRAWN_ONLY

    # -- selected steps --------------------------------------------------------------------

    def light_arrows_of(self, step_ids: list[str]) -> None:
        """Arrows of selected steps are drawn highlighted: repaint those that change."""
        lit = {arrow for step_id in step_ids for arrow in self.places[step_id].arrows}
        for arrow in lit ^ self._lit:
            arrow.update()
        self._lit = lit
