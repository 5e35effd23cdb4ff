"""The timeline's side of the one selection: the bars selected in the scene, the session's
selected record, the steps selected in the Steps table, the arrow clicked, and the steps Find
lit up, kept the same both ways without echoing back (`_syncing`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF
from PySide6.QtWidgets import QGraphicsScene

from roadmap.domain.entities import EntityKind
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.drawing import TimelineDrawing
from roadmap.ui.timeline.places import StepGraphic
from roadmap.ui.timeline.style import CanvasStyle
from roadmap.ui.timeline.view import TimelineView


class TimelineSelection(QObject):
    """Connects the scene's selection with the session's (see the module's docstring). A child
    of the canvas, so that its connections to the session go when the canvas does."""

    def __init__(
        self,
        session: RoadmapSession,
        scene: QGraphicsScene,
        view: TimelineView,
        drawing: TimelineDrawing,
        canvas_style: CanvasStyle,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.scene = scene
        self.view = view
        self.drawing = drawing
        self.canvas_style = canvas_style
        self.places = drawing.places
        self.items = drawing.items
        self.arrows = drawing.arrows
        self.arrow_layer = drawing.arrow_layer
        self._syncing = False
        session.selection_changed.connect(self._on_session_selection)
        session.steps_selected.connect(self._on_steps_selected)
        view.arrow_clicked.connect(self._on_arrow_clicked)

    def arrow_at(self, point: QPointF) -> str | None:
        """The dependency whose arrow is drawn at scene `point`, if any."""
        arrow = self.arrow_layer.arrow_at(point, self.view.px_per_day)
        return arrow.dependency.id if arrow is not None else None

    def _on_arrow_clicked(self, point: QPointF) -> None:
        dependency_id = self.arrow_at(point)
        if dependency_id is not None:
            self.session.select(EntityKind.DEPENDENCY, dependency_id)
        elif self.canvas_style.selected_dependency is not None:
            self.session.select(None)  # a click beside the arrow lets go of it

    def _show_selected_arrow(self, dependency_id: str | None) -> None:
        style = self.canvas_style
        if style.selected_dependency == dependency_id:
            return
        for shown in (style.selected_dependency, dependency_id):
            arrow = self.arrows.get(shown) if shown else None
            style.selected_dependency = dependency_id
            if arrow is not None:
                arrow.update()

    def select_steps(self, step_ids: list[str]) -> None:
        """Select these steps on the timeline (the first everywhere) and show the first. The
        other views hear of the new selection once (not of the empty one in between)."""
        self._syncing = True
        try:
            self.scene.clearSelection()
            shown = [self.items[step_id] for step_id in step_ids if step_id in self.items]
            for item in shown:
                item.setSelected(True)
        finally:
            self._syncing = False
        ids = [item.step.id for item in shown]
        self._tell_session(ids, ids[0] if ids else None)
        if shown:
            self.view.ensureVisible(shown[0], 40, 20)

    def find_steps(self, text: str) -> list[str]:
        """Light up the steps whose name holds `text` (ignoring case; '' clears); their IDs
        top to bottom, then left to right."""
        wanted = text.strip().casefold()
        found = [
            place
            for place in self.places.values()
            if wanted and wanted in place.step.name.casefold()
        ]
        found.sort(key=lambda place: (place.top, place.step.start))
        old = self.canvas_style.found
        self.canvas_style.found = frozenset(place.step.id for place in found)
        for step_id in old ^ self.canvas_style.found:
            place = self.places.get(step_id)
            if place is not None and place.item is not None:
                place.item.update()
        return [place.step.id for place in found]

    def selected_step_ids(self) -> list[str]:
        return [i.step.id for i in self.scene.selectedItems() if isinstance(i, StepGraphic)]

    def scene_selection_changed(self) -> None:
        """The scene's selected items changed (the canvas passes this on)."""
        if self._syncing:
            return
        ids = self.selected_step_ids()
        self._tell_session(ids, ids[0] if len(ids) == 1 else None)

    def _tell_session(self, ids: list[str], current: str | None) -> None:
        """The scene selects `ids`: `current` becomes the session's selection (none when no
        step is selected; the one before stays when several are)."""
        self._syncing = True
        try:
            if current is not None:
                self.session.select(EntityKind.STEP, current)
            elif (
                not ids and self.session.selection and self.session.selection[0] is EntityKind.STEP
            ):
                self.session.select(None)  # a click on empty space selects nothing
            self.session.steps_selected.emit(frozenset(ids))
        finally:
            self._syncing = False
        self.drawing.light_arrows_of(ids)

    def _on_steps_selected(self, step_ids: frozenset[str]) -> None:
        """Several steps selected elsewhere (the Steps table): the same bars here."""
        if self._syncing or set(self.selected_step_ids()) == step_ids:
            return
        self._syncing = True
        try:
            self.scene.clearSelection()
            for step_id in step_ids:
                if step_id in self.places:
                    self.items[step_id].setSelected(True)
        finally:
            self._syncing = False
        self.drawing.light_arrows_of([s for s in step_ids if s in self.places])

    def _on_session_selection(self, selection: tuple[EntityKind, str] | None) -> None:
        picked = selection is not None and selection[0] is EntityKind.DEPENDENCY
        self._show_selected_arrow(selection[1] if selection is not None and picked else None)
        if picked:
            self.scene.clearSelection()  # an arrow alone is selected: Delete removes it
        if self._syncing:
            return
        if not picked and (selection is None or selection[0] is not EntityKind.STEP):
            self._let_go()
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

    def _let_go(self) -> None:
        """Something other than steps is selected now (a pathway in the navigator, say), or
        nothing: no bar stays selected, or Delete and Copy would act on bars the user no
        longer sees as chosen."""
        if not self.scene.selectedItems():
            return
        self._syncing = True
        try:
            self.scene.clearSelection()
            self.session.steps_selected.emit(frozenset())
        finally:
            self._syncing = False
        self.drawing.light_arrows_of([])
