"""What a facilitator does to many steps at once, from the keyboard: copy, cut, paste and
duplicate steps (with the dependencies among them, through the system clipboard, so another
window can paste them), paste a typed or spreadsheet list onto a pathway, and nudge bars by a
time unit or a day. Each is one service command: one transaction, one step to undo.

Where new steps go when nothing says: the pathway (and lane) of the selection, else the
pathway last worked on, else the first one (`target`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication

from roadmap.domain.entities import Dependency, EntityKind, Step
from roadmap.domain.errors import RoadmapError
from roadmap.services.capture import CaptureTarget, steps_from_text
from roadmap.services.clipboard import MIME_TYPE, pasted_steps, steps_json, steps_text
from roadmap.ui.labels import tr
from roadmap.ui.message_text import message_text
from roadmap.ui.timeline.layout import pathway_order

if TYPE_CHECKING:
    from roadmap.ui.session import RoadmapSession
    from roadmap.ui.window_view import WindowView

_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Authoring(QObject):
    def __init__(self, window: WindowView) -> None:
        super().__init__(window.qt_window())
        self.window = window

    @property
    def session(self) -> RoadmapSession | None:
        return self.window.session

    # -- where new steps go ----------------------------------------------------------------

    def target(self) -> tuple[str | None, str | None]:
        """The (pathway, lane) new steps go to: the selection's, else the pathway last
        worked on, else the first pathway; the lane only when the selection names one."""
        session = self.session
        if session is None:
            return None, None
        if session.selection is not None:
            kind, entity_id = session.selection
            step = session.steps.get(entity_id) if kind is EntityKind.STEP else None
            if step is not None:
                return step.pathway_id, step.lane_id
            if kind is EntityKind.PATHWAY and entity_id in session.pathways:
                return entity_id, None
        if session.last_pathway_id in session.pathways:
            return session.last_pathway_id, None
        order = pathway_order(session.problems.values(), session.pathways.values())
        return (order[0] if order else None), None

    def capture_target(self) -> CaptureTarget | None:
        session = self.session
        if session is None:
            return None
        pathway_id, lane_id = self.target()
        return CaptureTarget(
            session.lanes,
            session.pathways,
            session.steps.values(),
            pathway_id,
            lane_id,
            session.info.time_unit,
            date.today(),
            session.info.horizon_start,
        )

    def steps_for(self, text: str) -> list[Step]:
        """The steps `text` describes (capture lines or spreadsheet rows), not yet added;
        raises `RoadmapError` saying what is wrong with the text."""
        target = self.capture_target()
        if target is None:
            return []
        return steps_from_text(text, target)

    def add_text(self, text: str) -> list[str] | None:
        """Add the steps `text` describes as one edit; their IDs, or None if refused (the
        reason goes to the status bar)."""
        session = self.session
        if session is None:
            return None
        try:
            steps = self.steps_for(text)
        except RoadmapError as error:
            session.refused.emit(message_text(error))
            return None
        return self.add(steps, [])

    def add(self, steps: list[Step], dependencies: list[Dependency]) -> list[str] | None:
        """Add `steps` and links among them as one edit, and select them."""
        session = self.session
        if session is None or not steps:
            return None
        name = steps[0].name if len(steps) == 1 else tr("{count} steps").format(count=len(steps))
        if session.perform(lambda c: c.add_steps(steps, dependencies, name)) is None:
            return None
        session.last_pathway_id = steps[-1].pathway_id
        self._select([step.id for step in steps])
        return [step.id for step in steps]

    def _select(self, step_ids: list[str]) -> None:
        canvas = self.window.canvas
        if canvas is not None:
            canvas.select_steps(step_ids)

    # -- the clipboard ---------------------------------------------------------------------

    def selected_steps(self) -> list[str]:
        """The steps selected on the timeline, else the one selected anywhere."""
        session, canvas = self.session, self.window.canvas
        if session is None:
            return []
        ids = canvas.selected_step_ids() if canvas is not None else []
        if not ids and session.selection is not None and session.selection[0] is EntityKind.STEP:
            ids = [session.selection[1]]
        return [step_id for step_id in ids if step_id in session.steps]

    def copy(self) -> bool:
        session = self.session
        ids = self.selected_steps()
        if session is None or not ids:
            if session is not None:
                session.refused.emit(tr("Select the steps to copy first."))
            return False
        steps = [session.steps[step_id] for step_id in ids]
        data = QMimeData()
        payload = steps_json(steps, session.dependencies.values(), session.lanes, session.pathways)
        data.setData(MIME_TYPE, payload.encode("utf-8"))
        data.setText(steps_text(steps, session.lanes, session.pathways))
        QApplication.clipboard().setMimeData(data)
        self.window.show_status(tr("Copied {count} steps").format(count=len(steps)), 5000)
        return True

    @staticmethod
    def let_go_of_clipboard() -> None:
        """Empty the clipboard if it holds steps copied here: PySide6 and Qt would both free
        the copied data when the application ends, and the program would crash on the way
        out. Called when the window closes."""
        clipboard = QApplication.clipboard()
        data = clipboard.mimeData()
        if data is not None and data.hasFormat(MIME_TYPE):
            clipboard.clear()

    def cut(self) -> None:
        session = self.session
        ids = self.selected_steps()
        if session is not None and ids and self.copy():
            name = session.steps[ids[0]].name if len(ids) == 1 else None
            name = name or tr("{count} steps").format(count=len(ids))
            session.perform(lambda c: c.delete_steps(ids, name))

    def paste(self) -> None:
        """Paste copied steps onto the target pathway, or a list of text as new steps."""
        session = self.session
        if session is None:
            return
        data = QApplication.clipboard().mimeData()
        if data is not None and data.hasFormat(MIME_TYPE):
            # Onto the selected pathway; with nothing selected, where the steps came from.
            target = self.target()[0]
            chosen = target if session.selection is not None else None
            payload = bytes(data.data(MIME_TYPE).data()).decode("utf-8", "replace")
            try:
                steps, links = pasted_steps(
                    payload, session.lanes, session.pathways, chosen, target
                )
            except RoadmapError as error:
                session.refused.emit(message_text(error))
                return
            self.add(steps, links)
        elif data is not None and data.hasText() and data.text().strip():
            self.add_text(data.text())
        else:
            session.refused.emit(tr("The clipboard holds no steps and no text to paste."))

    def duplicate(self) -> None:
        session = self.session
        ids = self.selected_steps()
        if session is None or not ids:
            return
        name = session.steps[ids[0]].name if len(ids) == 1 else None
        name = name or tr("{count} steps").format(count=len(ids))
        before = set(session.steps)
        if session.perform(lambda c: c.duplicate_steps(ids, name)) is not None:
            self._select([step_id for step_id in session.steps if step_id not in before])

    # -- nudging ---------------------------------------------------------------------------

    def nudge(self, direction: int, by_day: bool = False) -> None:
        """Move the selected steps one time unit (or one day) later or earlier: one edit."""
        session, canvas = self.session, self.window.canvas
        ids = self.selected_steps()
        if session is None or not ids:
            return
        unit = canvas.view.unit if canvas is not None else session.info.time_unit.value
        moves = []
        for step_id in ids:
            step = session.steps[step_id]
            if by_day:
                shift = timedelta(days=direction)
            else:
                shift = add_months(step.start, direction * _UNIT_MONTHS.get(unit, 1)) - step.start
            moves.append((step_id, step.start + shift, step.end + shift))
        name = session.steps[ids[0]].name if len(ids) == 1 else None
        name = name or tr("{count} steps").format(count=len(ids))
        session.perform(lambda c: c.move_steps(moves, name))
