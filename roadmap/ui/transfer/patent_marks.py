"""Patents on the timeline: tells the canvas which steps have patents linked (it draws a small
marker on them and lists the patents in their tooltip), and keeps that current as patents
are added, linked, renamed or deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from roadmap.domain.entities import EntityKind, Patent
from roadmap.services.changes import Edit

if TYPE_CHECKING:
    from roadmap.ui.timeline.canvas import TimelineCanvas


class PatentMarks(QObject):
    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.refresh()
        canvas.session.edited.connect(self._on_edited)

    def refresh(self) -> None:
        """Read which steps have patents, and redraw the canvas with the markers."""
        titles: dict[str, list[str]] = {}
        for patent in self.canvas.session.queries.all(Patent):
            for step_id in patent.step_ids:
                titles.setdefault(step_id, []).append(patent.title)
        self.canvas.canvas_style.patents = {step: tuple(t) for step, t in titles.items()}
        self.canvas.view.viewport().update()

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(EntityKind.PATENT):
            self.refresh()
