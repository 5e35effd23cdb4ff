"""The timeline canvas: the view with its fixed headers, what it draws (`TimelineDrawing`: the
bars, milestones and arrows, kept in step with every edit), the selection shared with the other
views (`TimelineSelection`), the edits asked for by dragging and linking, and the display options (colors, time unit,
zoom, the critical path). Draw things on a step through `bar_rect`, which works whether or not
the step's scene item exists yet."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QGraphicsScene, QGridLayout, QWidget

from roadmap.domain.entities import EntityKind, Step, new_id
from roadmap.domain.schedule import Schedule
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.drawing import TimelineDrawing
from roadmap.ui.timeline.headers import LaneHeader, TimeAxis
from roadmap.ui.timeline.items import StepBar
from roadmap.ui.timeline.layout import row_at
from roadmap.ui.timeline.legend import Legend
from roadmap.ui.timeline.scale import day_x, next_period, period_start, x_day
from roadmap.ui.timeline.selection import TimelineSelection
from roadmap.ui.timeline.style import CanvasStyle
from roadmap.ui.timeline.view import TimelineView


class TimelineCanvas(QWidget):
    edit_requested = Signal(str)  # step id to edit (double-click)
    notice = Signal(str)  # something the planner should know about an edit that was stored

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
        self.drawing = TimelineDrawing(
            session, self.scene, self.view, self.lane_header, self.canvas_style, self.pathway_names
        )
        # The drawing's, for whoever draws on a step or looks one up (see `drawing`).
        self.places = self.drawing.places
        self.items = self.drawing.items
        self.arrows = self.drawing.arrows
        self.arrow_layer = self.drawing.arrow_layer
        self._fit_pending = False
        self.apply_palette()
        self.drawing.rebuild()
        self.selection = TimelineSelection(
            session, self.scene, self.view, self.drawing, self.canvas_style, self
        )
        self.legend = Legend(session, self.canvas_style, self)
        grid.addWidget(self.legend, 2, 0, 1, 2)  # its own strip: it covers no row
        # Through the canvas, so that the connection goes when the canvas does (the scene's
        # too: it is destroyed before the selection, and says so when its items go).
        session.edited.connect(self._on_edited)
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.view.moves_requested.connect(self.commit_moves)
        self.view.link_requested.connect(self.add_dependency)
        self.view.edit_requested.connect(self._on_edit_requested)
        self.view.add_requested.connect(self.add_step_at)
        self.view.idea_dropped.connect(self._on_idea_dropped)
        self.view.zoom_changed.connect(self._on_zoom)
        # Through the canvas too: the view outlives the scene while the canvas is destroyed.
        self.view.area_changed.connect(self._make_near_view)

    # -- drawing ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        self.scene.setBackgroundBrush(base)
        self.view.band_color = QColor(255, 255, 255, 14) if dark else QColor(0, 0, 0, 9)
        self.view.grid_color = QColor(255, 255, 255, 40) if dark else QColor(0, 0, 0, 26)
        self.canvas_style.arrow = QColor("#9aa4b0") if dark else QColor("#5b6470")

    def _make_near_view(self) -> None:
        self.drawing.make_near_view()

    def bar_rect(self, step_id: str) -> QRectF | None:
        """Where a step is drawn, in scene coordinates (days across, pixels down), whether or
        not its item has been made; for a milestone, the day it falls on. None if not drawn."""
        return self.drawing.bar_rect(step_id)

    def _on_edited(self, edit: Edit) -> None:
        self.drawing.follow(edit)

    def _on_scene_selection(self) -> None:
        self.selection.scene_selection_changed()

    # -- edits the view asks for --------------------------------------------------------

    def commit_moves(self, moves: list[tuple[str, date, date]]) -> None:
        """Store dragged dates; if refused, put the bars back where they were."""
        if len(moves) == 1:
            step_id, start, end = moves[0]
            done = self.session.perform(lambda c: c.move_step(step_id, start, end)) is not None
        else:
            name = tr("{count} steps").format(count=len(moves))
            done = self.session.perform(lambda c: c.move_steps(moves, name)) is not None
        if done:
            self._warn_outside_horizon([step_id for step_id, _s, _e in moves])
        else:
            for step_id, _start, _end in moves:
                place = self.places.get(step_id)
                if place is not None and place.item is not None:
                    place.item.show_dates(place.step.start, place.step.end)

    def _warn_outside_horizon(self, step_ids: list[str]) -> None:
        info = self.session.info
        outside = [
            step
            for step_id in step_ids
            if (step := self.session.steps.get(step_id)) is not None
            and (step.start < info.horizon_start or step.end > info.horizon_end)
        ]
        if outside:
            self.notice.emit(
                tr(
                    '"{name}" is now outside the roadmap\'s horizon ({start} – {end}); Undo '
                    "moves it back, or widen the horizon in the roadmap's inspector."
                ).format(
                    name=outside[0].name,
                    start=info.horizon_start.isoformat(),
                    end=info.horizon_end.isoformat(),
                )
            )

    def add_dependency(self, from_id: str, to_id: str) -> None:
        self.session.perform(lambda c: c.add_dependency(from_id, to_id))

    def add_step_at(self, point: QPointF) -> str | None:
        """Add a step where the user double-clicked: that date (snapped to the time unit),
        that lane, the pathway of that row (else the one new steps go to)."""
        session = self.session
        found = row_at(self.drawing.layout_info, point.y())
        if found is None:
            return None
        lane_id, pathway_id = found
        if pathway_id is None:
            pathway_id = session.last_pathway_id
            if pathway_id not in session.pathways:
                pathway_id = next(iter(session.pathways), None)
        if pathway_id is None:
            session.refused.emit(tr("Add a pathway first: every step belongs to one."))
            return None
        unit = self.view.unit
        start = period_start(x_day(point.x()), unit)  # the period clicked in
        end = next_period(start, unit) - timedelta(days=1)
        step = Step(new_id(), pathway_id, lane_id, tr("New step"), start, end)
        if session.perform(lambda c: c.add(step)) is None:
            return None
        session.last_pathway_id = pathway_id
        self.select_steps([step.id])
        self.edit_requested.emit(step.id)
        return step.id

    def _on_idea_dropped(self, idea_id: str, point: QPointF) -> None:
        """A parking-lot idea dropped on a row: a step there (that period, that lane, the
        row's pathway, else the idea's or the one new steps go to), the idea gone."""
        from roadmap.services.workshop import idea_to_step

        session = self.session
        found = row_at(self.drawing.layout_info, point.y())
        if found is None:
            return
        lane_id, pathway_id = found
        pathway_id = pathway_id or session.last_pathway_id
        if pathway_id not in session.pathways:
            pathway_id = next(iter(session.pathways), None)
        if pathway_id is None:
            session.refused.emit(tr("Add a pathway first: every step belongs to one."))
            return
        unit = self.view.unit
        start = period_start(x_day(point.x()), unit)
        end = next_period(start, unit) - timedelta(days=1)
        session.perform(
            lambda _c: idea_to_step(
                session.workspace,
                idea_id,
                pathway_id=pathway_id,
                lane_id=lane_id,
                start=start,
                end=end,
            )
        )

    def _on_edit_requested(self, step_id: str) -> None:
        self.session.select(EntityKind.STEP, step_id)
        self.edit_requested.emit(step_id)

    # -- selection (see `selection`) ----------------------------------------------------------

    def select_steps(self, step_ids: list[str]) -> None:
        """Select these steps on the timeline (the first everywhere) and show the first."""
        self.selection.select_steps(step_ids)

    def find_steps(self, text: str) -> list[str]:
        """Light up the steps whose name holds `text` (ignoring case; '' clears); their IDs
        top to bottom, then left to right."""
        return self.selection.find_steps(text)

    def selected_step_ids(self) -> list[str]:
        return self.selection.selected_step_ids()

    def arrow_at(self, point: QPointF) -> str | None:
        """The dependency whose arrow is drawn at scene `point`, if any."""
        return self.selection.arrow_at(point)

    # -- display options -------------------------------------------------------------------

    def set_color_mode(self, mode: str) -> None:
        self.canvas_style.color_mode = mode
        self.legend.refresh()
        self.view.viewport().update()

    def set_time_unit(self, unit: str) -> None:
        """Snap and label by `unit`; '' follows the roadmap's own unit."""
        self.view.unit = unit or self.session.info.time_unit.value
        self.view.viewport().update()
        self.axis.update()

    def _on_zoom(self, px_per_day: float) -> None:
        style = self.canvas_style
        style.px_per_day = px_per_day
        self.drawing.zoomed()
        if style.diamond_scale <= px_per_day <= style.diamond_scale * 8:
            return
        # Milestone labels keep their pixel size, so their extent in days follows the zoom:
        # re-index them for a zoom range around this one (rarely: zoom steps are small).
        scale = px_per_day / 2
        for item in self.items.made():  # bars too: the names beside them
            item.scale_changing(scale)
        style.diamond_scale = scale

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

    def set_presenting(self, on: bool, scale: float, bar_scale: float) -> None:
        """The presenter view: read-only (a click moves nothing) and larger type, `scale`
        times on the headers and `bar_scale` times on the bars."""
        self.view.read_only = on
        self.canvas_style.set_scale(bar_scale)
        self.drawing.zoomed()  # larger names need more room beside their bars
        for widget in (self.axis, self.lane_header):
            font = widget.font()
            font.setPointSizeF(self.font().pointSizeF() * scale)
            widget.setFont(font)
        self.scene.update()
        self.axis.update()
        self.lane_header.update()

    def set_focus_pathways(self, pathways: frozenset[str] | None) -> None:
        """Highlight these pathways' steps and dim the others (None: nothing dimmed)."""
        self.canvas_style.focus_pathways = pathways
        self.scene.update()
        if pathways:
            rects = [
                rect
                for step in self.session.steps.values()
                if step.pathway_id in pathways and (rect := self.bar_rect(step.id)) is not None
            ]
            if rects:
                box = rects[0]
                for rect in rects[1:]:
                    box = box.united(rect)
                self.view.ensureVisible(box, 40, 40)

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
