"""What the timeline draws: a `StepPlace` for every step, a scene item for the steps near the
view, an arrow for every dependency, and the rows they are laid out in; built from the session
and kept in step with every edit (only the changed bars and arrows are touched).

Every step has a place from the start; its scene item is made when its row comes within a
screen's height of the view, or when asked for through `items` (see `places`), so a roadmap of
10,000 steps opens with a few hundred items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.services.changes import Edit
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.arrows import ArrowLayer
from roadmap.ui.timeline.items import StepBar, StepDiamond, StepItems
from roadmap.ui.timeline.layout import (
    ROW_HEIGHT,
    TimelineLayout,
    lay_out,
    pathway_order,
    repack,
)
from roadmap.ui.timeline.places import (
    DIAMOND,
    Arrow,
    RowIndex,
    StepGraphic,
    StepPlace,
    step_ends,
)
from roadmap.ui.timeline.scale import ORIGIN, day_x
from roadmap.ui.timeline.style import CanvasStyle

if TYPE_CHECKING:
    from roadmap.ui.timeline.headers import LaneHeader
    from roadmap.ui.timeline.view import TimelineView

_REBUILD_KINDS = {EntityKind.ROADMAP, EntityKind.LANE, EntityKind.PROBLEM, EntityKind.PATHWAY}
# Up to this many steps, rows make room for the names written beside short bars (and are laid
# out again when the zoom changes). Beyond, names are shortened instead: at 10,000 steps that
# room would multiply the rows and re-lay them all at every zoom step.
LABEL_ROOM_LIMIT = 3000


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
        self.rows = RowIndex()
        self.items = StepItems(self.places, self._make_item)
        self.arrows: dict[str, Arrow] = {}
        self._lit: set[Arrow] = set()
        self.arrow_layer = ArrowLayer(canvas_style)
        scene.addItem(self.arrow_layer)
        self.layout_info: TimelineLayout | None = None
        self._below: tuple[float, date | None, date | None] = (0.0, None, None)
        self._order: list[str] = []  # pathway IDs, as the lanes list them
        self._name_px: dict[tuple[str, float], float] = {}  # (name, font size) -> its width
        self._laid_at = (0.0, 0.0)  # the zoom and type size the rows were laid out for

    # -- building ------------------------------------------------------------------------

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
        layout = lay_out(
            session.lanes.values(), self._order, session.steps.values(), self._label_room()
        )
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
        self.make_near_view()

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

    def make_near_view(self) -> None:
        """Make the items of the rows in view and a screen's height above and below it, so
        scrolling and rubber-band selection find them made."""
        if self.layout_info is None:
            return
        top = self.view.mapToScene(0, 0).y()
        height = self.view.viewport().height() / self.view.row_scale
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
        if isinstance(item, (StepDiamond, StepBar)) and self.layout_info is not None:
            following = self.layout_info.next_start.get(item.step.id)
            room = None if following is None else following - ORIGIN
            if room != item.room_until:
                item.geometry_changed()
                item.room_until = room

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
        if self.layout_info is not None:
            # Forgotten by the layout too: a step that comes back (Undo) is placed as new.
            for table in (
                self.layout_info.row_top,
                self.layout_info.row_of,
                self.layout_info.next_start,
            ):
                table.pop(step_id, None)

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

    def set_below(self, height: float, first: date | None, last: date | None) -> None:
        """Room under the lanes for what another layer draws there (the compared plan's
        steps that have no row here), reaching from `first` to `last`."""
        self._below = (height, first, last)
        self._update_scene_rect()

    def _update_scene_rect(self) -> None:
        info = self.session.info
        first, last = info.horizon_start, info.horizon_end
        if self.session.steps:
            first = min(first, min(s.start for s in self.session.steps.values()))
            last = max(last, max(s.end for s in self.session.steps.values()))
            label_days = self._label_room()
            if label_days is not None:  # the names beside the last bars can be scrolled to
                last = max(
                    last,
                    max(s.end + timedelta(days=label_days(s)) for s in self.session.steps.values())
                    - timedelta(days=200),
                )
        below, below_first, below_last = self._below
        first = min(first, below_first or first)
        last = max(last, below_last or last)
        height = (self.layout_info.height if self.layout_info else 0) + below + 40
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
            moved = repack(self.layout_info, members, self._label_room())
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
                self.make_near_view()
                self.lane_header.update()  # a lane may have grown a row
                self.view.viewport().update()
                return
        layout = lay_out(
            self.session.lanes.values(),
            self._order,
            self.session.steps.values(),
            self._label_room(),
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
        self.make_near_view()
        self.lane_header.update()
        self.view.viewport().update()

    # -- room for names -------------------------------------------------------------------

    def _label_room(self) -> Callable[[Step], int] | None:
        """How many days right of a step its name takes at this zoom (0 when it fits inside
        its bar), for the rows to keep free; None for a roadmap too big for it."""
        px_per_day = self.view.px_per_day
        self._laid_at = (px_per_day, self.canvas_style.font.pointSizeF())
        if len(self.session.steps) > LABEL_ROOM_LIMIT:
            return None
        style = self.canvas_style
        size = style.font.pointSizeF()
        widths = self._name_px

        def label_days(step: Step) -> int:
            key = (step.name, size)
            advance = widths.get(key)
            if advance is None:
                advance = widths[key] = style.metrics.horizontalAdvance(step.name)
            if step.step_kind.is_point:
                # Drawn from the diamond's right edge (see StepDiamond.paint).
                return ceil((advance + 6 + DIAMOND + 12) / px_per_day)
            name_px = advance + 12  # as StepBar.name_px
            if name_px - 2 <= ((step.end - step.start).days + 1) * px_per_day:
                return 0  # written inside the bar
            return ceil((name_px + 8) / px_per_day)  # NameBeside: 4 px gap, 6 px margin

        return label_days

    def zoomed(self) -> None:
        """The zoom (or the type size) changed: names need other room beside their bars, so
        rows are laid out again (for a roadmap that gets that room at all)."""
        now = (self.view.px_per_day, self.canvas_style.font.pointSizeF())
        if now != self._laid_at and len(self.session.steps) <= LABEL_ROOM_LIMIT:
            self._relayout()

    # -- following edits -----------------------------------------------------------------

    def follow(self, edit: Edit) -> None:
        """Touch only what `edit` changed (everything, if lanes, pathways or the roadmap did)."""
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
        # Only the (lane, pathway) groups a changed step left or joined need packing again
        # (a new group lays everything out again: see `repack`).
        groups: set[tuple[str, str]] | None = set()
        rewire: set[str] = set()  # arrows to draw again: new, changed, or their step was remade
        for kind, entity_id in changes.removed:
            if kind is EntityKind.DEPENDENCY:
                self._remove_arrow(entity_id)
            elif kind is EntityKind.STEP:
                gone = self.places.get(entity_id)
                if gone is not None and groups is not None:
                    groups.add((gone.step.lane_id, gone.step.pathway_id))
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

    # -- selected steps --------------------------------------------------------------------

    def light_arrows_of(self, step_ids: list[str]) -> None:
        """Arrows of selected steps are drawn highlighted: repaint those that change."""
        lit = {arrow for step_id in step_ids for arrow in self.places[step_id].arrows}
        for arrow in lit ^ self._lit:
            arrow.update()
        self._lit = lit
