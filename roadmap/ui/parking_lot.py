"""The parking lot: ideas the room raises that are not steps yet. Type one and press Enter to
park it; select one and press Enter (or Make step) to turn it into a step of its pathway (or
of the pathway selected) in its lane, in the period of today; Delete removes it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.domain.entities import EntityKind, Idea
from roadmap.domain.enums import TimeUnit
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.timeline.scale import next_period, period_start
from roadmap.ui.timeline.view import IDEA_MIME


def period_of(day: date, unit: TimeUnit) -> tuple[date, date]:
    """The month, quarter or year holding `day`: where a new step from an idea goes."""
    start = period_start(day, unit.value)
    return start, next_period(start, unit.value) - timedelta(days=1)


class IdeaList(QListWidget):
    """The ideas; Enter makes the current one a step, Delete removes it."""

    def __init__(self, lot: ParkingLot) -> None:
        super().__init__(lot)
        self.lot = lot
        self.setDragEnabled(True)  # onto the timeline: a step where it is dropped

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            idea_id = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(IDEA_MIME, idea_id.encode())
            data.setText(items[0].text())
        return data

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def event(self, event: QEvent) -> bool:
        # The window's Delete (and any Enter) shortcuts would take these keys first: while the
        # list has the focus, they are the list's.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.lot.make_step()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.lot.remove()
        else:
            super().keyPressEvent(event)


class ParkingLot(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(tr("Park an idea and press Enter"))
        self.entry.returnPressed.connect(self.park)
        self.ideas = IdeaList(self)
        self.make_button = QPushButton(tr("Make step"), self)
        self.make_button.clicked.connect(self.make_step)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.entry)
        layout.addWidget(self.ideas, 1)
        layout.addLayout(buttons)
        session.edited.connect(self._on_edited)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.ideas.clear()
        ideas = sorted(self.session.queries.all(Idea), key=lambda i: i.position)
        for idea in ideas:
            pathway = self.session.pathways.get(idea.pathway_id or "")
            text = idea.text if pathway is None else f"{idea.text}  ·  {pathway.name}"
            entry = QListWidgetItem(text, self.ideas)
            entry.setData(Qt.ItemDataRole.UserRole, idea.id)
            if idea.id == current:
                self.ideas.setCurrentItem(entry)
        has = bool(ideas)
        self.make_button.setEnabled(has and not self.session.readonly)
        self.remove_button.setEnabled(has and not self.session.readonly)

    def _on_edited(self, edit: Edit) -> None:
        if edit.changes.touches(EntityKind.IDEA, EntityKind.PATHWAY):
            self.refresh()

    def current_id(self) -> str | None:
        item = self.ideas.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def park(self) -> None:
        from roadmap.services.workshop import park_idea

        text = self.entry.text().strip()
        if not text:
            return
        selected = self.session.selection
        pathway_id = selected[1] if selected and selected[0] is EntityKind.PATHWAY else None
        if self.session.perform(lambda _c: park_idea(self.session.workspace, text, pathway_id)):
            self.entry.clear()

    def remove(self) -> None:
        idea_id = self.current_id()
        if idea_id is not None:
            self.session.perform(lambda c: c.delete(EntityKind.IDEA, idea_id))

    def make_step(self) -> None:
        """The current idea as a step: its pathway (or the one selected, or the first), its
        lane (or the last, where research starts), today's period within the horizon."""
        from roadmap.services.workshop import idea_to_step

        idea_id = self.current_id()
        session = self.session
        idea = session.queries.get(Idea, idea_id) if idea_id else None
        if idea is None:
            return
        selected = session.selection
        pathway_id = idea.pathway_id or (
            selected[1] if selected and selected[0] is EntityKind.PATHWAY else None
        )
        if pathway_id is None and selected and selected[0] is EntityKind.STEP:
            step = session.steps.get(selected[1])
            pathway_id = step.pathway_id if step else None
        pathway_id = pathway_id or next(iter(session.pathways), None)
        lane_id = idea.lane_id or next(reversed(session.lanes), None)
        if pathway_id is None or lane_id is None:
            session.refused.emit(tr("Add a pathway first: an idea becomes a step of a pathway."))
            return
        info = session.info
        today = min(max(date.today(), info.horizon_start), info.horizon_end)
        start, end = period_of(today, info.time_unit)
        session.perform(
            lambda _c: idea_to_step(
                session.workspace,
                idea.id,
                pathway_id=pathway_id,
                lane_id=lane_id,
                start=start,
                end=end,
            )
        )
