"""Which baseline the views compare the plan with (none until the user picks one).

The timeline's ghost bars, the steps table's variance columns and the inspector read it; it
follows baseline edits (a renamed baseline stays chosen, a deleted one is let go).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal, SignalInstance

from roadmap.domain.baseline import Baseline, BaselineInfo, Plan, StepPlan
from roadmap.domain.entities import EntityKind, Step
from roadmap.services.changes import Edit
from roadmap.services.workspace import Workspace


class BaselineChoice(QObject):
    changed = Signal()  # another baseline (or none) is shown

    def __init__(self, workspace: Workspace, edited: SignalInstance, parent: QObject) -> None:
        """`edited` carries each `Edit` applied, undone or redone (the session's signal)."""
        super().__init__(parent)
        self.workspace = workspace
        self.baseline: Baseline | None = None
        self.scenario = False  # the plan shown is another roadmap's, not a baseline
        self.steps: dict[str, StepPlan] = {}
        edited.connect(self._on_edited)

    def choose(self, name: str | None) -> None:
        """Show the baseline called `name` (None: no baseline)."""
        from roadmap.services.baselines import get_baseline

        baseline = None if name is None else get_baseline(self.workspace, name)
        self.scenario = False
        self._set(baseline)

    def show_scenario(self, name: str, plan: Plan) -> None:
        """Show another roadmap's plan (a scenario copy) where a baseline would be."""
        info = BaselineInfo("", name, datetime.now().astimezone(), "", "")
        self.scenario = True
        self._set(Baseline(info, plan))

    def _set(self, baseline: Baseline | None) -> None:
        self.baseline = baseline
        self.steps = {} if baseline is None else {s.id: s for s in baseline.plan.steps}
        self.changed.emit()

    @property
    def name(self) -> str | None:
        return None if self.baseline is None else self.baseline.name

    def planned(self, step_id: str) -> StepPlan | None:
        """The step as the chosen baseline has it (None: no baseline, or added since)."""
        return self.steps.get(step_id)

    def variance(self, step: Step) -> tuple[int, int] | None:
        """(start, finish) variance in days of `step` against the chosen baseline."""
        planned = self.steps.get(step.id)
        if planned is None:
            return None
        return (step.start - planned.start).days, (step.end - planned.end).days

    def _on_edited(self, edit: Edit) -> None:
        if self.baseline is None or self.scenario or not edit.changes.touches(EntityKind.BASELINE):
            return
        from roadmap.services.baselines import list_baselines

        chosen = self.baseline.info.id
        for label in list_baselines(self.workspace):
            if label.id == chosen:
                if label.name != self.baseline.name:
                    self.choose(label.name)
                return
        self._set(None)
