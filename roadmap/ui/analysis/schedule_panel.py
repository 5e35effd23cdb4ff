"""The schedule tab: project start and finish, the critical path, and the steps planned to
start before their dependencies allow (click one to select it on the timeline)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roadmap.domain.entities import EntityKind
from roadmap.domain.schedule import Conflict, Schedule
from roadmap.ui.labels import tr
from roadmap.ui.session import RoadmapSession
from roadmap.ui.tables import Index, RowsModel, result_view


class ConflictModel(RowsModel):
    """One row per conflict: the step, its planned and earliest start, how late, waiting on."""

    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        headings = [
            tr("Step"),
            tr("Planned start"),
            tr("Earliest start"),
            tr("Days late"),
            tr("Waits on"),
        ]
        super().__init__(headings, parent)
        self.session = session
        self.rows: Sequence[Conflict] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return conflict.step_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return conflict.name
        if column == 1:
            return conflict.planned_start.isoformat()
        if column == 2:
            return conflict.earliest_start.isoformat()
        if column == 3:
            return conflict.days_late
        steps = self.session.steps
        return ", ".join(steps[s].name if s in steps else s for s in conflict.waits_on)


class SchedulePanel(QWidget):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel(tr("Working out the schedule…"), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ConflictModel(session, self)
        self.table = result_view(self.model, {0: 260, 1: 110, 2: 110, 3: 80}, self)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.clicked.connect(self._on_row)
        # Said in words when there is nothing to list: an empty table with headings read as
        # "still working" or "broken" in the workshop walk.
        self.no_conflicts = QLabel(
            tr("No step is planned to start before its dependencies allow."), self
        )
        self.no_conflicts.setWordWrap(True)
        self.no_conflicts.hide()
        self.extra = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addLayout(self.extra)
        layout.addLayout(top)
        layout.addWidget(self.no_conflicts)
        layout.addWidget(self.table, 1)

    def show_schedule(self, schedule: Schedule) -> None:
        if schedule.start is None or schedule.finish is None:
            self.summary.setText(tr("No steps to schedule yet."))
        else:
            # Pathways are alternatives: each (with those linked to it) has its own path.
            # One group (one pathway, or all linked, as on the benchmark roadmap) read
            # "1 pathways or linked groups, each with its own critical path".
            text = (
                tr(
                    "{start} – {finish} · one pathway or linked group, with one critical "
                    "path ({critical} critical steps) · conflicts: {conflicts}"
                )
                if len(schedule.groups) == 1
                else tr(
                    "{start} – {finish} · {groups} pathways or linked groups, each with its "
                    "own critical path ({critical} critical steps) · conflicts: {conflicts}"
                )
            )
            self.summary.setText(
                text.format(
                    start=schedule.start.isoformat(),
                    finish=schedule.finish.isoformat(),
                    groups=len(schedule.groups),
                    critical=len(schedule.critical_path),
                    conflicts=len(schedule.conflicts),
                )
            )
        self._show_rows(schedule.conflicts, scheduled=schedule.start is not None)

    def _show_rows(self, conflicts: Sequence[Conflict], *, scheduled: bool) -> None:
        self.model.set_rows(conflicts)
        self.table.setVisible(bool(conflicts))
        self.no_conflicts.setVisible(scheduled and not conflicts)

    def show_error(self, message: str) -> None:
        self.summary.setText(
            tr("The schedule cannot be worked out: {reason}").format(reason=message)
        )
        self._show_rows((), scheduled=False)

    def _on_row(self, index: QModelIndex) -> None:
        if index.isValid():
            step_id = self.model.data(index, Qt.ItemDataRole.UserRole)
            if step_id in self.session.steps:
                self.session.select(EntityKind.STEP, step_id)
