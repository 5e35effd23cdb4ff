"""The inspector's lines on the chosen baseline: what it had planned for the selected step
(dates, status, progress, TRL) and how far the step has moved since."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from roadmap.domain.entities import EntityKind
from roadmap.services.changes import Edit
from roadmap.ui.labels import tr, value_label

if TYPE_CHECKING:
    from roadmap.ui.session import RoadmapSession


def _trl(value: int | None) -> str:
    return "–" if value is None else str(value)


class BaselineNote(QLabel):
    def __init__(self, session: RoadmapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWordWrap(True)
        self.setObjectName("baseline_note")
        session.selection_changed.connect(self.refresh)
        session.edited.connect(self._on_edited)
        session.baselines.changed.connect(self.refresh)
        self.refresh()

    def _on_edited(self, _edit: Edit) -> None:
        self.refresh()

    def refresh(self, *_args: object) -> None:
        selection = self.session.selection
        choice = self.session.baselines
        step = None
        if selection is not None and selection[0] is EntityKind.STEP:
            step = self.session.steps.get(selection[1])
        if step is None or choice.baseline is None:
            self.setText("")
            self.hide()
            return
        planned = choice.planned(step.id)
        if planned is None:
            text = tr("Not in baseline “{name}”: added since.").format(name=choice.name)
        else:
            start, finish = (step.start - planned.start).days, (step.end - planned.end).days
            text = tr(
                "Baseline “{name}”: {start} – {end}, {status}, {progress}%, TRL {trl_start}→"
                "{trl_target}. Since then: start {start_days:+d} d, finish {finish_days:+d} d."
            ).format(
                name=choice.name,
                start=planned.start.isoformat(),
                end=planned.end.isoformat(),
                status=value_label(planned.status),
                progress=planned.progress,
                trl_start=_trl(planned.trl_start),
                trl_target=_trl(planned.trl_target),
                start_days=start,
                finish_days=finish,
            )
        self.setText(text)
        self.show()
